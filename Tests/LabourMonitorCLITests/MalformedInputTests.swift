import Foundation
import Testing

/// Every command meets a broken library as a compiler meets a broken program: it exits 1 (no crash,
/// no hang), names every error at its file, line and column, and writes nothing at all.
@Suite struct MalformedInputTests {
    /// The commands that read the library, each told to write into `Out/` where it writes at all.
    static let commands: [[String]] = [
        ["check", "--data", "Indicators"],
        ["report", "2021", "--data", "Indicators", "--templates", "Templates", "--out", "Out"],
        ["workbook", "2021", "--data", "Indicators", "--out", "Out"],
        ["diff", "2019", "2021", "--format", "markdown", "--data", "Indicators", "--out", "Out"],
        ["build", "2021", "--data", "Indicators", "--templates", "Templates", "--out", "Out"],
    ]

    /// Whether a line has the form every error takes: `path:line:col: error: `.
    static func isLocated(_ line: String) -> Bool {
        line.prefixMatch(of: #/[^:\s][^:]*:[0-9]+:[0-9]+: error: /#) != nil
    }

    @Test func theSuiteIsLargeEnough() {
        #expect(MalformedLibrary.all.count >= 30)
        #expect(Set(MalformedLibrary.all.map(\.name)).count == MalformedLibrary.all.count)
    }

    @Test(arguments: MalformedLibrary.all)
    func everyCommandRefusesIt(_ library: MalformedLibrary) throws {
        let workspace = try CLI.workspace()
        defer { try? FileManager.default.removeItem(at: workspace) }
        try library.apply(to: workspace.appendingPathComponent("Indicators"))
        let out = workspace.appendingPathComponent("Out")

        for command in Self.commands {
            let run = try CLI.run(command, in: workspace, timeout: 60)
            let name = command[0]
            #expect(!run.timedOut, "\(name) hung")
            #expect(!run.crashed, "\(name) crashed (signal \(run.status)):\n\(run.errors)")
            #expect(run.status == 1, "\(name) exited \(run.status)")

            let errors = run.errors.split(separator: "\n").map(String.init).filter { $0.contains(": error: ") }
            let expected = "Indicators/\(library.file)"
            #expect(errors.contains { $0.hasPrefix(expected + ":") && $0.contains(library.message) },
                    "\(name) did not report \(expected): …\(library.message)…; it said:\n\(run.errors)")
            for error in errors where !Self.isLocated(error) {
                let pathOnly = library.wholeFile && error.hasPrefix(expected + ": error: ")
                #expect(pathOnly, "\(name) printed an error without line and column: \(error)")
            }
            #expect(!run.output.contains("wrote"), "\(name) says it wrote: \(run.output)")
            let written = (try? FileManager.default.contentsOfDirectory(atPath: out.path)) ?? []
            #expect(written.isEmpty, "\(name) wrote \(written) into the output folder")
        }
    }
}
