import ArgumentParser
import Foundation
import IndicatorLibrary
import Pipeline

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the indicator library, summarise each edition and say whether it is ready to publish.",
        discussion: """
            Reports every mistake in the library as `path:line:col: error: message`, sorted by file and line, \
            and exits 1. On a clean library prints a summary per edition, then a line per edition saying \
            whether it is ready to publish, and exits 0. --todo YEAR lists what is left to do before that \
            edition is ready, each item at its `path:line:col`. Warnings do not fail the run unless --strict. \
            What an interrupted run left behind (hidden .NAME.tmp-… files or folders in the library or in \
            Reports/) is reported as a warning until the next run removes it.
            """
    )

    @OptionGroup var library: LibraryOptions

    @Flag(name: .long, help: "Fail on warnings too.")
    var strict = false

    @Option(name: .long, help: ArgumentHelp("List what is left to do before this edition can be published.",
                                            valueName: "year"))
    var todo: Int?

    func run() throws {
        let console = Console()
        let check = LibraryCheck.run(at: library.data)
        let leftovers = Pipeline.leftovers(data: library.data)
        for diagnostic in Diagnostic.sorted(check.diagnostics + leftovers) {
            printToStandardError(diagnostic.description)
        }
        let warnings = check.warnings.count + leftovers.count
        guard check.passes(), !(strict && warnings > 0), let loaded = check.library else {
            printToStandardError("\(check.errors.count) error(s), \(warnings) warning(s)")
            throw ExitStatus.inputErrors
        }
        if let todo {
            let edition: Edition
            do {
                edition = try loaded.edition(todo, in: library.data)
            } catch {
                printToStandardError(error.description)
                throw ExitStatus.inputErrors
            }
            let readiness = EditionReadiness(edition)
            for item in readiness.items { console.line(item.description) }
            console.line(readiness.summary)
        } else {
            console.output.write(SummaryText.render(LibrarySummary(loaded)))
            console.line("")
            for edition in loaded.editions { console.line(EditionReadiness(edition).summary) }
            if warnings > 0 { printToStandardError("\(warnings) warning(s)") }
        }
        try console.finish()
    }
}
