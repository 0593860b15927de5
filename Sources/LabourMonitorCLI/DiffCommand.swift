import ArgumentParser
import ChangesReport
import Foundation
import IndicatorLibrary
import Pipeline

struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Show what changed between two editions: findings, recommendations, ratifications, values.",
        discussion: """
            Findings and recommendations are matched by id, ratifications by country and instrument (their \
            status in each edition's year), values by indicator and country. Text goes to the terminal \
            (coloured when it is one) and json to standard output, following the schema in \
            docs/changes-json.md; markdown (or md) is written to Reports/TO/changes-FROM-TO.md. With --out DIR \
            any format is written to DIR/changes-FROM-TO.{txt,md,json} instead. Exit status 0 when the \
            comparison ran, whether or not anything changed; with --exit-code, 2 when something changed (1 \
            stays for errors in the library, 3 for output that could not be written). Confidential findings are \
            left out unless --internal.
            """
    )

    @Argument(help: "The earlier edition's year.")
    var from: Int

    @Argument(help: "The later edition's year.")
    var to: Int

    @Option(name: .long, help: ArgumentHelp("text, markdown (md) or json.", valueName: "format"))
    var format: ChangesFormat = .text

    @Option(name: .long, help: ArgumentHelp("Only this country's changes (regional findings left out); any case.",
                                            valueName: "CC"))
    var country: String?

    @OptionGroup var library: LibraryOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var language: LanguageOption

    @Flag(name: .long, help: "Plain text even on a terminal.")
    var noColor = false

    @Flag(name: .long, help: "Exit with 2 when the editions differ (1 means errors in the library).")
    var exitCode = false

    func run() throws {
        let console = Console()
        let changed: Bool
        do {
            if format == .markdown || output.out != nil {
                let document = Publication(year: to, dataFolder: library.data, outputFolder: output.out,
                                           audience: output.audience, languages: language.languages,
                                           products: [.changes(from: from, country: country, format: format)])
                let outcome = try document.run()
                for warning in outcome.warnings { printToStandardError(warning.description) }
                for file in outcome.written { console.line("wrote \(file)") }
                changed = outcome.changed
            } else {
                let color = !noColor && isatty(STDOUT_FILENO) == 1
                    && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
                let comparison = Comparison(from: from, to: to, dataFolder: library.data, format: format,
                                            country: country, audience: output.audience, color: color,
                                            language: language.language)
                let outcome = try comparison.run(printingTo: console.output)
                for warning in outcome.warnings { printToStandardError(warning.description) }
                changed = outcome.changed
            }
        } catch {
            throw ExitStatus.failing(error)
        }
        try console.finish()
        if exitCode && changed { throw ExitStatus.editionsDiffer }
    }
}

extension ChangesFormat: ExpressibleByArgument {
    /// `md` is markdown, as `report --format md` has it.
    public init?(argument: String) {
        self.init(rawValue: argument == "md" ? "markdown" : argument)
    }
}
