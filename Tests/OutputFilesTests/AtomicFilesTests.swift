import Foundation
import Testing
import OutputFiles

/// Outputs are replaced whole or not at all.
@Suite struct AtomicFilesTests {
    static func folder() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("atomic-\(UUID().uuidString)")
    }

    static func contents(of folder: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }

    @Test func writesEveryFileAndLeavesNoTemporaryFileBehind() throws {
        let folder = Self.folder().appendingPathComponent("Reports/2021")
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        try AtomicFiles.write([
            .init(url: folder.appendingPathComponent("a.md"), contents: Data("first".utf8)),
            .init(url: folder.appendingPathComponent("a.html"), contents: Data("<p>first</p>".utf8)),
        ])
        #expect(Self.contents(of: folder) == ["a.html", "a.md"])
        #expect(try String(contentsOf: folder.appendingPathComponent("a.md"), encoding: .utf8) == "first")
    }

    /// A run killed before its renames leaves `.NAME.tmp-PID-*` behind; the next run writing NAME
    /// removes it once that process is gone, and leaves a running one's alone, and another file's
    /// (the folder may be anyone's, the system's temporary folder).
    @Test func theNextRunRemovesWhatAKilledRunLeft() throws {
        let folder = Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let finished = Process()
        finished.executableURL = URL(fileURLWithPath: "/bin/sh")
        finished.arguments = ["-c", "exit 0"]
        try finished.run()
        finished.waitUntilExit()
        let abandoned = ".report.md.tmp-\(finished.processIdentifier)-17"
        let running = ".report.md.tmp-\(getppid())-18"
        let otherFile = ".notes.md.tmp-\(finished.processIdentifier)-19"
        for name in [abandoned, running, otherFile] {
            try Data("half a docu".utf8).write(to: folder.appendingPathComponent(name))
        }
        try AtomicFiles.write(Data("whole".utf8), to: folder.appendingPathComponent("report.md"))
        #expect(Self.contents(of: folder) == [otherFile, running, "report.md"])
        #expect(Leftovers.find(in: folder.path) == [folder.appendingPathComponent(otherFile).path])
    }

    @Test func aTemporaryOfATemporaryIsNamedForTheRealTarget() {
        let target = URL(fileURLWithPath: "/reports/indicators-2021.xlsx")
        let staged = AtomicFiles.temporaryPath(beside: target)
        let nested = AtomicFiles.temporaryPath(beside: URL(fileURLWithPath: staged))
        #expect(staged.hasPrefix("/reports/.indicators-2021.xlsx.tmp-\(getpid())-"))
        #expect(nested.hasPrefix("/reports/.indicators-2021.xlsx.tmp-\(getpid())-"))
        #expect(nested != staged)
    }

    @Test func replacesAnExistingFile() throws {
        let folder = Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("report.md")
        try AtomicFiles.write(Data("old".utf8), to: file)
        try AtomicFiles.write(Data("new".utf8), to: file)
        #expect(try String(contentsOf: file, encoding: .utf8) == "new")
        #expect(Self.contents(of: folder) == ["report.md"])
    }

    /// The second file cannot be written (its folder is a file): the first target keeps its old
    /// contents, and no temporary file is left.
    @Test func aFailureReplacesNothing() throws {
        let folder = Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = folder.appendingPathComponent("report.md")
        try AtomicFiles.write(Data("old".utf8), to: first)
        try Data("a file, not a folder".utf8).write(to: folder.appendingPathComponent("blocked"))
        #expect(throws: OutputError.self) {
            try AtomicFiles.write([
                .init(url: first, contents: Data("new".utf8)),
                .init(url: folder.appendingPathComponent("blocked/report.html"), contents: Data("new".utf8)),
            ])
        }
        #expect(try String(contentsOf: first, encoding: .utf8) == "old")
        #expect(Self.contents(of: folder) == ["blocked", "report.md"])
    }

    @Test func theErrorSaysWhichFileAndWhy() throws {
        let folder = Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data().write(to: folder.appendingPathComponent("blocked"))
        do {
            try AtomicFiles.write(Data("x".utf8), to: folder.appendingPathComponent("blocked/report.md"))
            Issue.record("writing under a file should fail")
        } catch {
            #expect(error.description.hasPrefix("\(folder.path)/blocked: error: cannot write the file: cannot create the folder"))
        }
    }
}
