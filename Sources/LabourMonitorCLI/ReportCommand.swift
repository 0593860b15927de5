import ArgumentParser
import FinalDocument
import Pipeline

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Generate an edition's Final Document (Markdown and HTML) from the library and the templates.",
        discussion: """
            Checks the library first: with any error nothing is written. The layout comes from the templates \
            folder (final-document.md.mustache, final-document.html.mustache), read at every run. Confidential \
            findings and people are left out unless --internal, which marks every page \
            "INTERNAL — NOT FOR PUBLICATION".
            """
    )

    @Argument(help: "The edition: the year of the meeting, as its folder in the library is named.")
    var year: Int

    @Option(name: .long, help: ArgumentHelp("The library folder.", valueName: "dir"))
    var data = "Indicators"

    @Option(name: .long, help: ArgumentHelp("The templates folder.", valueName: "dir"))
    var templates = "Templates"

    @Option(name: .long, help: ArgumentHelp("Where to write (default: Reports/YEAR).", valueName: "dir"))
    var out: String?

    @Option(name: .long, help: ArgumentHelp("Formats to write, comma-separated.", valueName: "md,html"))
    var format = FormatList(formats: DocumentFormat.allCases)

    @Flag(name: .long, help: "Include confidential findings and people; every page is marked internal.")
    var `internal` = false

    func run() throws {
        let job = Publication(year: year, dataFolder: data, templatesFolder: templates, outputFolder: out,
                              audience: `internal` ? .internal : .public, products: [.document(format.formats)])
        do {
            let outcome = try job.run()
            for warning in outcome.warnings { printToStandardError(warning.description) }
            for file in outcome.written { print("wrote \(file)") }
        } catch {
            throw ExitStatus.failing(error)
        }
    }
}

/// `--format md,html`: the formats in the order given, each once.
struct FormatList: ExpressibleByArgument {
    let formats: [DocumentFormat]

    init(formats: [DocumentFormat]) {
        self.formats = formats
    }

    init?(argument: String) {
        var formats: [DocumentFormat] = []
        for name in argument.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) {
            guard let format = DocumentFormat(rawValue: name == "markdown" ? "md" : name) else { return nil }
            if !formats.contains(format) { formats.append(format) }
        }
        guard !formats.isEmpty else { return nil }
        self.formats = formats
    }

    var defaultValueDescription: String { formats.map(\.rawValue).joined(separator: ",") }
}
