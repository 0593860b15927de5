import ArgumentParser
import FinalDocument
import Pipeline

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Generate an edition's Final Document (Markdown, HTML, Word and PDF) from the library.",
        discussion: """
            Checks the library first, and the edition's readiness (`check --todo YEAR`): with any error, or an \
            edition not ready, nothing is written. The layout is the templates built into the tool, or those of \
            --templates DIR (final-document.md.mustache, final-document.html.mustache, and reference.docx, whose \
            styles the Word document takes), read at every run. The PDF is the Word document laid out by \
            LibreOffice (Debian: libreoffice-writer-nogui, which `make deps` installs). \
            Confidential findings and people are left out unless --internal, which marks every page \
            "INTERNAL — NOT FOR PUBLICATION" and writes into the internal/ folder. An edition published in \
            several languages (`languages: [en, ru]` in its meeting.yaml) gets a document per language: \
            final-document.md in the first, final-document.ru.md in Russian; --language ru writes one.
            """
    )

    @Argument(help: "The edition: the year of the meeting, as its folder in the library is named.")
    var year: Int

    @OptionGroup var library: LibraryOptions
    @OptionGroup var templates: TemplateOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var draft: DraftOption
    @OptionGroup var language: LanguageOption

    @OptionGroup var country: CountryOption

    @Option(name: .long, help: ArgumentHelp("Formats to write, comma-separated.", valueName: "md,html,docx,pdf"))
    var format = FormatList(formats: DocumentFormat.allCases)

    func run() throws {
        try Publish.run(Publication(year: year, dataFolder: library.data, templatesFolder: templates.templates,
                                    outputFolder: output.out, audience: output.audience, draft: draft.draft,
                                    languages: language.languages, country: country.country,
                                    products: [.document(format.formats)]))
    }
}

/// `--format md,html,docx,pdf`: the formats in the order given, each once.
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
