import ArgumentParser
import IndicatorLibrary

@main
struct LabourMonitor: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "labour-monitor",
        abstract: "Keeps a labour-rights monitoring mission's findings and generates its yearly outputs.",
        discussion: """
            The findings live as YAML in an indicator library (./Indicators by default). Run `check` before \
            every commit and before generating anything. Exit status: 0 done, 1 errors in the input (the \
            library, the templates, an edition not ready), 2 `diff --exit-code` found changes, 3 an output \
            could not be written, 64 a wrong command line.
            """,
        version: labourMonitorVersion,
        subcommands: [
            CheckCommand.self, ReportCommand.self, WorkbookCommand.self, DiffCommand.self, BuildCommand.self,
            SiteCommand.self, ImportCommand.self, ExportCommand.self, MergeCommand.self, CarryForwardCommand.self, SampleCommand.self,
        ]
    )

    /// ArgumentParser answers a misspelt command with "Unexpected argument"; the nearest command is
    /// suggested first, with the same usage status.
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        let names = configuration.subcommands.compactMap { $0.configuration.commandName } + ["help"]
        if let first = arguments.first, !first.hasPrefix("-"), !names.contains(first) {
            printToStandardError("error: '\(first)' is not a labour-monitor command"
                                 + Suggestion.hint(for: first, among: names.dropLast())
                                 + "\nUsage: labour-monitor <subcommand>\n  See 'labour-monitor --help' for the commands.")
            Self.exit(withError: ExitCode(ExitCode.validationFailure.rawValue))
        }
        main(arguments)
    }
}
