import Foundation
import Testing

/// One meaning per exit status, as the README's table says: 1 the input has errors, 2 the editions
/// differ (`diff --exit-code`), 3 an output could not be written, 64 the command line is wrong.
@Suite struct ExitStatusTests {
    @Test func aBrokenLibraryIsOne() throws {
        let workspace = try CLI.workspace()
        defer { try? FileManager.default.removeItem(at: workspace) }
        try CLI.edit(workspace.appendingPathComponent("Indicators/2021/KZ.yaml"), replacing: "kind: violation",
                     with: "kind: violaton")
        for command in [["check"], ["report", "2021"], ["workbook", "2021"], ["diff", "2019", "2021"],
                        ["build", "2021"], ["carry-forward", "2021", "2022"]] {
            #expect(try CLI.run(command, in: workspace).status == 1, "\(command[0])")
        }
    }

    @Test func aMissingEditionIsOne() throws {
        #expect(try CLI.run(["report", "2020"]).status == 1)
        #expect(try CLI.run(["diff", "2020", "2021"]).status == 1)
    }

    @Test func editionsThatDifferAreTwoOnlyWithExitCode() throws {
        #expect(try CLI.run(["diff", "2019", "2021", "--exit-code"]).status == 2)
        #expect(try CLI.run(["diff", "2021", "2021", "--exit-code"]).status == 0)
        #expect(try CLI.run(["diff", "2019", "2021"]).status == 0)
    }

    /// The output folder cannot be made (a file stands where it would go): the library was fine, the
    /// place was not. The earlier outputs stay as they were.
    @Test func anOutputThatCannotBeWrittenIsThree() throws {
        let workspace = try CLI.workspace()
        defer { try? FileManager.default.removeItem(at: workspace) }
        let blocker = workspace.appendingPathComponent("Reports")
        try Data("not a folder".utf8).write(to: blocker)
        for command in [["report", "2021"], ["workbook", "2021"], ["diff", "2019", "2021", "--format", "markdown"],
                        ["build", "2021"]] {
            let run = try CLI.run(command + ["--out", "Reports/2021"], in: workspace)
            #expect(run.status == 3, "\(command[0]) exited \(run.status): \(run.errors)")
            #expect(run.errors.contains("Reports/2021"), "\(command[0]) does not say where: \(run.errors)")
        }
        #expect(try String(contentsOf: blocker, encoding: .utf8) == "not a folder")
    }

    @Test func aWrongCommandLineIsSixtyFour() throws {
        #expect(try CLI.run(["report"]).status == 64)
        #expect(try CLI.run(["check", "--colour"]).status == 64)
        #expect(try CLI.run(["diff", "2019", "2021", "--format", "pdf"]).status == 64)
    }
}
