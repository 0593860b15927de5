import ArgumentParser
import ChangesReport
import Foundation

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
        let job = DiffJob(from: from, to: to, dataFolder: data, format: format, country: country,
                          audience: `internal` ? .internal : .public, outputFolder: out, color: color)
        let outcome: DiffJob.Outcome
        do {
            outcome = try job.run()
        } catch {
            throw ExitStatus.failing(error)
        }
        for warning in outcome.warnings { printToStandardError(warning.description) }
        print(outcome.output, terminator: "")
        if exitCode && outcome.changed { throw ExitStatus.editionsDiffer }
    }
}

extension ChangesFormat: ExpressibleByArgument {}
