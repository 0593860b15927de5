/// The paragraph styles a reference document defines, by the name Word shows and by their id: the
/// document names styles as users see them ("List Number"), the XML refers to them by id
/// ("ListNumber"), and the two differ between Word, LibreOffice and languages.
struct StyleTable: Sendable {
    /// Lowercased name to id, paragraph styles only.
    private let ids: [String: String]

    init(xml: String) {
        var ids: [String: String] = [:]
        for style in XMLScan.elements("w:style", in: xml[...]) where style.attributes["w:type"] == "paragraph" {
            guard let id = style.attributes["w:styleId"] else { continue }
            let name = XMLScan.elements("w:name", in: style.inner).first?.attributes["w:val"] ?? id
            ids[name.lowercased()] = ids[name.lowercased()] ?? id
            ids[id.lowercased()] = ids[id.lowercased()] ?? id
        }
        self.ids = ids
    }

    /// The id of the paragraph style named `name` (or with that id), in any case.
    func id(of name: String) -> String? { ids[name.lowercased()] }
}
