/// A country file's findings, each read into the model as soon as the parser has its events, so that
/// the file's node tree never holds them all at once: at 50,000 findings a file that tree was the
/// largest thing a loading thread held (`YAMLParser.ItemStream` says when an item is handed over).
///
/// Their diagnostics wait in a bag of their own until the file has parsed to its end: a file with a
/// syntax error after its first findings reports that error alone, as when the findings were read from
/// the finished tree.
final class StreamedFindings {
    private(set) var findings: [Finding] = []
    let bag = DiagnosticBag()
    private let loader: EditionLoader
    private let reader: NodeReader
    private let file: String
    /// The file's country once read: nil before, and the stream stops if it is not a valid code.
    private var country: String?

    init(year: Int, names: CatalogNames, file: String) {
        self.file = file
        loader = EditionLoader(bag: bag, year: year, names: names)
        reader = NodeReader(file: file, bag: bag)
    }

    /// What the parser is given for a country file.
    var itemStream: YAMLParser.ItemStream {
        YAMLParser.ItemStream(key: "findings", after: "country") { [self] item, country in
            read(item, country: country)
        }
    }

    private func read(_ item: Node, country node: Node) -> Bool {
        if country == nil {
            // Checked quietly: the country file's own reading reports a bad code, and then reads no finding.
            country = NodeReader(file: file, bag: DiagnosticBag()).countryCode(node, what: "country")?.value
        }
        guard let country else { return false }
        if let finding = loader.finding(item, country: country, reader: reader) {
            findings.append(finding)
        }
        return true
    }
}
