import ArgumentParser
import ChangesReport
import IndicatorLibrary
import Foundation
import Pipeline

struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Show what changed between two editions: findings, recommendations, ratifications, values.",
        discussion: """
            Findings and recommendations are matched by id, ratifications by country and instrument (their \
            status in each edition's year), values by indicator and country. Text goes to the terminal \
            (coloured when it is one); markdown is written to Reports/TO/changes-FROM-TO.md; json follows the \
            schema in docs/changes-json.md. Exit status 0 when the comparison ran, whether or not anything \
            changed; with --exit-code, 2 when something changed (1 stays for errors in the library). Confidential findings are left out unless \
            --internal.
            """
    )

    @Argument(help: "The earlier edition's year.")
    var from: Int

    @Argument(help: "The later edition's year.")
    var to: Int

    @Option(name: .long, help: ArgumentHelp("text, markdown or json.", valueName: "format"))
    var format: ChangesFormat = .text

    @Option(name: .long, help: ArgumentHelp("Only this country's changes (regional findings left out).",
                                            valueName: "CC"))
    var country: String?

    @Option(name: .long, help: ArgumentHelp("The library folder.", valueName: "dir"))
    var data = "Indicators"

    @Option(name: .long, help: ArgumentHelp("Where markdown is written (default: Reports/TO).", valueName: "dir"))
    var out: String?

    @Flag(name: .long, help: "Plain text even on a terminal.")
    var noColor = false

    @Flag(name: .long, help: "Exit with 2 when the editions differ (1 means errors in the library).")
    var exitCode = false

    @Flag(name: .long, help: "Include confidential findings.")
    var `internal` = false

    func run() throws {
        let color = !noColor && isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
        let audience: Audience = `internal` ? .internal : .public
        let printed: String
        let changed: Bool
        do {
            if format == .markdown {
                let document = Publication(year: to, dataFolder: data, outputFolder: out, audience: audience,
                                           products: [.changes(from: from, country: country)])
                let outcome = try document.run()
                for warning in outcome.warnings { printToStandardError(warning.description) }
                printed = outcome.written.map { "wrote \($0)\n" }.joined()
                changed = outcome.changed
            } else {
                let comparison = Comparison(from: from, to: to, dataFolder: data, format: format, country: country,
                                            audience: audience, color: color)
                let outcome = try comparison.run()
                for warning in outcome.warnings { printToStandardError(warning.description) }
                printed = outcome.output
                changed = outcome.changed
            }
        } catch {
            throw ExitStatus.failing(error)
        }
        print(printed, terminator: "")
        if exitCode && changed { throw ExitStatus.editionsDiffer }
    }
}

extension ChangesFormat: ExpressibleByArgument {}
