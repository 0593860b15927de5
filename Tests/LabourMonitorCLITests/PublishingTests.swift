import Foundation
import Testing

/// Publishing as a user meets it, and as faults meet it: a blocked target, a kill at each step, a
/// full device, an interrupted carry-forward, an internal build beside the public one.
@Suite struct PublishingTests {
    static let outputs = ["changes-2019-2021.md", "final-document.html", "final-document.md", "indicators-2021.xlsx"]

    /// The outputs in `folder` by name (nil when absent).
    static func read(_ folder: URL) -> [String: Data?] {
        Dictionary(uniqueKeysWithValues: outputs.map { ($0, FileManager.default.contents(atPath: folder.appendingPathComponent($0).path)) })
    }

    /// The old set (the bundled data) and the new one (after an edit every output shows), both built
    /// whole into `Out`; the workspace is left with the edit and the old set in `Out`.
    static func oldAndNew() throws -> (workspace: URL, old: [String: Data?], new: [String: Data?]) {
        let workspace = try CLI.workspace()
        let out = workspace.appendingPathComponent("Out")
        #expect(try CLI.run(["build", "2021", "--out", "Out"], in: workspace).status == 0)
        let old = read(out)
        try CLI.edit(workspace.appendingPathComponent("Indicators/2021/KZ.yaml"),
                     replacing: "Overturn without delay all sentences", with: "Overturn at once all sentences")
        #expect(try CLI.run(["build", "2021", "--out", "Out"], in: workspace).status == 0)
        let new = read(out)
        for name in outputs { #expect(old[name] != new[name], "\(name) must change with the edit") }
        // Back to the old set, with a file of the user's beside it.
        try FileManager.default.removeItem(at: out)
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        for (name, data) in old { try #require(data).write(to: out.appendingPathComponent(name)) }
        try Data("notes".utf8).write(to: out.appendingPathComponent("notes.txt"))
        return (workspace, old, new)
    }

    /// A folder where the workbook goes: the build fails, says so, and the old set stays whole
    /// (before, the Final Document had been replaced already, and the message said nothing was).
    @Test func aBlockedTargetLeavesTheOldSetWhole() throws {
        let (workspace, old, _) = try Self.oldAndNew()
        defer { try? FileManager.default.removeItem(at: workspace) }
        let out = workspace.appendingPathComponent("Out")
        try FileManager.default.removeItem(at: out.appendingPathComponent("indicators-2021.xlsx"))
        try FileManager.default.createDirectory(at: out.appendingPathComponent("indicators-2021.xlsx"),
                                                withIntermediateDirectories: false)
        let run = try CLI.run(["build", "2021", "--out", "Out"], in: workspace)
        #expect(run.status == 3)
        #expect(run.errors == "Out/indicators-2021.xlsx: error: cannot write the file: something that is not a file "
            + "(a folder?) stands where this output goes; move it away, then run again\n"
            + "nothing was written: Out holds its old files, as they were\n")
        #expect(run.output == "")
        var expected = old
        expected["indicators-2021.xlsx"] = .some(nil)
        #expect(Self.read(out) == expected)
        #expect(try FileManager.default.contentsOfDirectory(atPath: workspace.path).filter { $0.hasPrefix(".") } == [])
    }

    /// SIGKILL at each step of placing, from outside (`LABOUR_MONITOR_KILL_AT_STEP`): one whole set
    /// every time, what is left reported by `check`, and removed by the next run.
    @Test func aKillAtAnyStepLeavesOneWholeSet() throws {
        let (workspace, old, new) = try Self.oldAndNew()
        defer { try? FileManager.default.removeItem(at: workspace) }
        let out = workspace.appendingPathComponent("Out")
        var seen: Set<String> = []
        for step in 1...20 {
            for (name, data) in old { try #require(data).write(to: out.appendingPathComponent(name)) }
            let run = try CLI.run(["build", "2021", "--out", "Out"], in: workspace,
                                  environment: ["LABOUR_MONITOR_KILL_AT_STEP": "\(step)"])
            if !run.crashed {
                #expect(run.status == 0, "\(run.errors)")
                #expect(step > 5, "the placing has more steps than that")
                break
            }
            #expect(run.errors.contains("killed at step \(step)"))
            let state = Self.read(out)
            let which = state == old ? "old" : state == new ? "new" : "mixed"
            #expect(which != "mixed", "killed at step \(step): some files old and some new")
            seen.insert(which)
            #expect(FileManager.default.contents(atPath: out.appendingPathComponent("notes.txt").path) == Data("notes".utf8))
            let check = try CLI.run(["check"], in: workspace)
            let left = try FileManager.default.contentsOfDirectory(atPath: workspace.path).filter { $0.hasPrefix(".Out.tmp-") }
            #expect(left.count == 1, "killed at step \(step): the staging folder stays until the next run")
            #expect(check.status == 0)
            let again = try CLI.run(["build", "2021", "--out", "Out"], in: workspace)
            #expect(again.status == 0)
            #expect(Self.read(out) == new)
            #expect(try FileManager.default.contentsOfDirectory(atPath: workspace.path).filter { $0.hasPrefix(".") } == [],
                    "the next run removed what the killed one left")
        }
        #expect(seen == ["old", "new"], "kills landed before and after the exchange: \(seen)")
    }

    /// What a killed run leaves under Reports/ or in the library is a warning of `check` until the
    /// next run removes it: an interrupted carry-forward's half-written edition included.
    @Test func whatAKilledRunLeftIsReportedUntilTheNextRunRemovesIt() throws {
        let workspace = try CLI.workspace()
        defer { try? FileManager.default.removeItem(at: workspace) }
        let finished = Process()
        finished.executableURL = URL(fileURLWithPath: "/bin/sh")
        finished.arguments = ["-c", "exit 0"]
        try finished.run()
        finished.waitUntilExit()
        let dead = finished.processIdentifier
        let staging = workspace.appendingPathComponent("Indicators/.2022.tmp-\(dead)-7")
        try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
        try Data("edition: 6\nevent: Coordin".utf8).write(to: staging.appendingPathComponent("meeting.yaml"))
        let reports = workspace.appendingPathComponent("Reports/.2021.tmp-\(dead)-8")
        try FileManager.default.createDirectory(at: reports, withIntermediateDirectories: true)

        let check = try CLI.run(["check"], in: workspace)
        #expect(check.status == 0)
        #expect(check.errors.contains("Indicators/.2022.tmp-\(dead)-7: warning: left by an interrupted run of "
            + "labour-monitor; the next run that writes here removes it (or delete it), and it must not be committed\n"))
        #expect(check.errors.contains("Reports/.2021.tmp-\(dead)-8: warning: left by an interrupted run"))
        #expect(try CLI.run(["check", "--strict"], in: workspace).status == 1)

        let carried = try CLI.run(["carry-forward", "2021", "2022"], in: workspace)
        #expect(carried.status == 0, "\(carried.errors)")
        let built = try CLI.run(["build", "2021"], in: workspace)
        #expect(built.status == 0, "\(built.errors)")
        #expect(!FileManager.default.fileExists(atPath: staging.path))
        #expect(!FileManager.default.fileExists(atPath: reports.path))
        let after = try CLI.run(["check"], in: workspace)
        #expect(!after.errors.contains("interrupted run"), "\(after.errors)")
    }

    /// An internal build goes to internal/, which git ignores by its own file, and replaces no
    /// public file; a public build after it keeps the internal folder.
    @Test func anInternalBuildReplacesNoPublicFile() throws {
        let workspace = try CLI.workspace()
        defer { try? FileManager.default.removeItem(at: workspace) }
        #expect(try CLI.run(["build", "2021"], in: workspace).status == 0)
        let reports = workspace.appendingPathComponent("Reports/2021")
        let before = Self.read(reports)
        let run = try CLI.run(["build", "2021", "--internal"], in: workspace)
        #expect(run.status == 0, "\(run.errors)")
        let written: [String] = ["final-document.md", "final-document.html", "final-document.docx", "final-document.ru.md",
                                 "final-document.ru.html", "final-document.ru.docx", "final-document.pdf", "final-document.ru.pdf",
                                 "indicators-2021.xlsx", "indicators-2021.ru.xlsx", "changes-2019-2021.md",
                                 "changes-2019-2021.ru.md"]
        #expect(run.output == written.map { "wrote Reports/2021/internal/\($0)\n" }.joined())
        #expect(Self.read(reports) == before, "no public file replaced")
        let internalFolder = reports.appendingPathComponent("internal")
        #expect(FileManager.default.contents(atPath: internalFolder.appendingPathComponent(".gitignore").path)
            == Data("# Internal outputs: never committed.\n*\n".utf8))
        let text = try String(contentsOf: internalFolder.appendingPathComponent("final-document.md"), encoding: .utf8)
        #expect(text.hasPrefix("**INTERNAL — NOT FOR PUBLICATION**"))

        #expect(try CLI.run(["build", "2021"], in: workspace).status == 0)
        #expect(Self.read(internalFolder).values.allSatisfy { $0 != nil }, "the public build kept the internal folder")
    }

    /// A write to a full device or a closed standard output is an error (3), not a truncated file
    /// and status 0.
    @Test func aFailedWriteToStandardOutputIsThree() throws {
        let tool = CLI.executable.path
        for (what, redirect) in [("a full device", "> /dev/full"), ("a closed output", ">&-")] {
            let run = try CLI.run(["-c", "'\(tool)' diff 2019 2021 --format json \(redirect)"], shell: true)
            #expect(run.status == 3, "\(what): \(run.errors)")
            #expect(run.errors.hasPrefix("standard output: error: cannot write: "), "\(what): \(run.errors)")
            #expect(run.errors.hasSuffix("the output is incomplete\n"))
        }
        let full = try CLI.run(["-c", "'\(tool)' check > /dev/full"], shell: true)
        #expect(full.status == 3)
    }

    /// The templates are in the binary: the tool runs from any folder, given where the library is.
    @Test func theToolRunsFromAnyFolder() throws {
        let elsewhere = FileManager.default.temporaryDirectory.appendingPathComponent("elsewhere-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: elsewhere) }
        let library = CLI.packageRoot.appendingPathComponent("Indicators").path
        let run = try CLI.run(["report", "2021", "--data", library], in: elsewhere)
        #expect(run.status == 0, "\(run.errors)")
        let made = try Data(contentsOf: elsewhere.appendingPathComponent("Reports/2021/final-document.md"))
        let committed = try Data(contentsOf: CLI.packageRoot.appendingPathComponent("Reports/2021/final-document.md"))
        #expect(made == committed, "the built-in templates make the committed document")
    }

    @Test func usageErrorsAreSixtyFourWithTheFix() throws {
        let sample = try CLI.run(["sample", "--countries", "0", "--years", "1", "--findings", "1", "--out", "/tmp/x"])
        #expect(sample.status == 64)
        #expect(sample.errors.hasPrefix("Error: --countries must be from 1 to 676 (two-letter codes), not 0\n"))
        let backwards = try CLI.run(["carry-forward", "2021", "2019"])
        #expect(backwards.status == 64)
        let edition = try CLI.run(["check", "--data", "Indicators/2021"])
        #expect(edition.status == 64)
        #expect(edition.errors.hasPrefix("Error: --data names the library, not an edition: 'Indicators/2021' is the "
            + "folder of one edition (it holds meeting.yaml); give its parent, --data Indicators, and the year as an "
            + "argument\n"))
        let typo = try CLI.run(["chek"])
        #expect(typo.status == 64)
        #expect(typo.errors.hasPrefix("error: 'chek' is not a labour-monitor command (did you mean 'check'?)\n"))
        let version = try CLI.run(["--version"])
        #expect(version.status == 0)
        #expect(version.output.split(separator: ".").count == 3, "a version: \(version.output)")
        let markdown = try CLI.run(["diff", "2019", "2021", "--format", "md", "--out", "/dev/null/never"])
        #expect(markdown.status == 3, "md is markdown, written to --out: \(markdown.errors)")
    }

    /// `diff --out` writes the comparison to a file in any format, the bytes it prints.
    @Test func diffOutIsHonoured() throws {
        let workspace = try CLI.workspace()
        defer { try? FileManager.default.removeItem(at: workspace) }
        let run = try CLI.run(["diff", "2019", "2021", "--format", "json", "--out", "Diffs"], in: workspace)
        #expect(run.status == 0)
        #expect(run.output == "wrote Diffs/changes-2019-2021.json\nwrote Diffs/changes-2019-2021.ru.json\n")
        let printed = try CLI.run(["diff", "2019", "2021", "--format", "json"], in: workspace)
        #expect(try Data(contentsOf: workspace.appendingPathComponent("Diffs/changes-2019-2021.json"))
            == Data(printed.output.utf8))
    }
}
