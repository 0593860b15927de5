import ArgumentParser

@main
struct LabourMonitor: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "labour-monitor",
        abstract: "Keeps a labour-rights monitoring mission's findings and generates its yearly outputs.",
        discussion: """
            The findings live as YAML in an indicator library (./Indicators by default). Run `check` before \
            every commit and before generating anything.
            """,
        subcommands: [
            CheckCommand.self, ReportCommand.self, WorkbookCommand.self, DiffCommand.self, BuildCommand.self,
            CarryForwardCommand.self, SampleCommand.self,
        ]
    )
}
