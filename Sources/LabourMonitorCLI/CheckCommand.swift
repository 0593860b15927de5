import ArgumentParser
import Foundation
import IndicatorLibrary

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the indicator library and summarise each edition.",
        discussion: """
            Reports every mistake in the library as `path:line:col: error: message`, sorted by file and line, \
            and exits 1. On a clean library prints a summary per edition and exits 0. Warnings do not fail \
            the run unless --strict.
            """
    )

    @Option(name: .long, help: ArgumentHelp("The library folder.", valueName: "dir"))
    var data = "Indicators"

    @Flag(name: .long, help: "Fail on warnings too.")
    var strict = false

    func run() throws {
        let check = LibraryCheck.run(at: data)
        for diagnostic in check.diagnostics {
            printToStandardError(diagnostic.description)
        }
        if check.passes(strict: strict), let library = check.library {
            print(LibrarySummary(library).render(), terminator: "")
            if !check.warnings.isEmpty { printToStandardError("\(check.warnings.count) warning(s)") }
            return
        }
        printToStandardError(check.tally)
        throw ExitStatus.inputErrors
    }
}

func printToStandardError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}
