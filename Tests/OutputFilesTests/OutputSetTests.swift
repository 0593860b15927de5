import Foundation
import Testing
import OutputFiles

/// A folder's set of outputs changes whole or not at all: a reader sees the old set or the new one,
/// whatever stops the run and wherever.
@Suite struct OutputSetTests {
    static let old = ["a.md": "old a", "b.html": "old b", "c.xlsx": "old c"]
    static let new = ["a.md": "new a", "b.html": "new b", "c.xlsx": "new c"]

    /// A scratch parent with `Reports/2021` holding the old set, a file of the user's and a folder
    /// of internal outputs, none of which the tool makes at this level.
    static func workspace() throws -> (parent: URL, folder: URL) {
        let parent = FileManager.default.temporaryDirectory.appendingPathComponent("output-set-\(UUID().uuidString)")
        let folder = parent.appendingPathComponent("Reports/2021")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("internal"),
                                                withIntermediateDirectories: true)
        for (name, text) in old { try Data(text.utf8).write(to: folder.appendingPathComponent(name)) }
        try Data("my notes".utf8).write(to: folder.appendingPathComponent("notes.txt"))
        try Data("*\n".utf8).write(to: folder.appendingPathComponent("internal/.gitignore"))
        try Data("internal a".utf8).write(to: folder.appendingPathComponent("internal/a.md"))
        return (parent, folder)
    }

    /// Places `new` over the folder's set, stopping as if killed at `step` when given.
    static func place(in folder: URL, stoppingAt step: Int? = nil) throws(OutputError) {
        let set = try OutputSet(replacing: folder, shownAs: "Reports/2021")
        let outputs = new.sorted { $0.key < $1.key }.map {
            AtomicFiles.Output(url: set.staging.appendingPathComponent($0.key), contents: Data($0.value.utf8))
        }
        try set.place(outputs, staged: [], made: Set(new.keys),
                      faults: step.map { FaultInjection.interrupt(atStep: $0) } ?? .none)
    }

    /// The outputs in the folder, by name, and whether the user's files are all there as they were.
    static func state(of folder: URL) -> (outputs: [String: String], kept: Bool) {
        var outputs: [String: String] = [:]
        for name in new.keys {
            if let data = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path) {
                outputs[name] = String(decoding: data, as: UTF8.self)
            }
        }
        let read = { (path: String) in
            FileManager.default.contents(atPath: folder.appendingPathComponent(path).path)
                .map { String(decoding: $0, as: UTF8.self) }
        }
        let kept = read("notes.txt") == "my notes" && read("internal/a.md") == "internal a"
            && read("internal/.gitignore") == "*\n"
        return (outputs, kept)
    }

    @Test func theNewSetReplacesTheOldAndEverythingElseIsKept() throws {
        let (parent, folder) = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: parent) }
        try Self.place(in: folder)
        let state = Self.state(of: folder)
        #expect(state.outputs == Self.new)
        #expect(state.kept, "the user's file and the internal folder are kept")
        #expect(Leftovers.temporaries(in: folder.deletingLastPathComponent().path).isEmpty)
        #expect(Leftovers.temporaries(in: folder.path).isEmpty)
    }

    /// The site's set has folders of its own (`countries/`): a file the new set makes there replaces
    /// the old one, one it does not make is kept beside it.
    @Test func aSetWithFoldersKeepsWhatItDoesNotMakeInThem() throws {
        let parent = FileManager.default.temporaryDirectory.appendingPathComponent("output-set-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: parent) }
        let folder = parent.appendingPathComponent("Reports/site")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("countries"), withIntermediateDirectories: true)
        try Data("old KZ".utf8).write(to: folder.appendingPathComponent("countries/KZ.html"))
        try Data("my notes".utf8).write(to: folder.appendingPathComponent("countries/notes.txt"))
        let set = try OutputSet(replacing: folder, shownAs: "Reports/site")
        try set.place([AtomicFiles.Output(url: set.staging.appendingPathComponent("countries/KZ.html"), contents: Data("new KZ".utf8)),
                       AtomicFiles.Output(url: set.staging.appendingPathComponent("index.html"), contents: Data("index".utf8))],
                      staged: [], made: ["countries/KZ.html", "index.html"])
        #expect(try String(contentsOf: folder.appendingPathComponent("countries/KZ.html"), encoding: .utf8) == "new KZ")
        #expect(try String(contentsOf: folder.appendingPathComponent("countries/notes.txt"), encoding: .utf8) == "my notes")
        #expect(try String(contentsOf: folder.appendingPathComponent("index.html"), encoding: .utf8) == "index")
    }

    @Test func aSetIntoAFolderThatIsNotThereCreatesIt() throws {
        let parent = FileManager.default.temporaryDirectory.appendingPathComponent("output-set-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: parent) }
        let folder = parent.appendingPathComponent("Reports/2021")
        try Self.place(in: folder)
        #expect(Self.state(of: folder).outputs == Self.new)
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.appendingPathComponent("Reports").path)
            == ["2021"])
    }

    /// A folder standing where an output goes would be lost with the old set: refused, and the old
    /// set stays whole, as the message says.
    @Test func aFolderWhereAnOutputGoesLeavesTheOldSetWhole() throws {
        let (parent, folder) = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: parent) }
        try FileManager.default.removeItem(at: folder.appendingPathComponent("c.xlsx"))
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("c.xlsx"), withIntermediateDirectories: false)
        #expect {
            try Self.place(in: folder)
        } throws: { error in
            "\(error)" == "Reports/2021/c.xlsx: error: cannot write the file: something that is not a file (a folder?) "
                + "stands where this output goes; move it away, then run again"
        }
        let state = Self.state(of: folder)
        #expect(state.outputs == Self.old.filter { $0.key != "c.xlsx" })
        #expect(state.kept)
        #expect(Leftovers.temporaries(in: folder.deletingLastPathComponent().path).isEmpty, "nothing left behind")
    }

    /// The folder is replaced as a whole: the folder the user works in, or a repository, is refused.
    @Test func theCurrentFolderOrARepositoryIsNotAnOutputFolder() throws {
        let (parent, folder) = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: parent) }
        let current = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        #expect {
            _ = try OutputSet(replacing: current, shownAs: ".")
        } throws: { error in
            "\(error)".hasSuffix("the output folder is replaced as a whole, and this one holds the current folder; "
                + "give the outputs a folder of their own, such as Reports/2021")
        }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent(".git"), withIntermediateDirectories: false)
        #expect(throws: OutputError.self) { _ = try OutputSet(replacing: folder) }
        #expect(Leftovers.temporaries(in: parent.appendingPathComponent("Reports").path).isEmpty)
    }

    /// A kill at each step of placing (every rename, link, the exchange, the removal of the old set):
    /// the folder holds the whole old set or the whole new one, the user's files with either, and
    /// what the run leaves is only hidden temporaries.
    @Test func aKillAtEveryStepLeavesOneWholeSet() throws {
        var seen: [String: Int] = [:]
        var step = 1
        while true {
            let (parent, folder) = try Self.workspace()
            defer { try? FileManager.default.removeItem(at: parent) }
            var interrupted = false
            do {
                try Self.place(in: folder, stoppingAt: step)
            } catch {
                #expect(error.wasInterrupted, "step \(step): \(error)")
                interrupted = true
            }
            if interrupted {
                let state = Self.state(of: folder)
                let which = state.outputs == Self.old ? "old" : state.outputs == Self.new ? "new" : "mixed"
                #expect(which != "mixed", "step \(step): \(state.outputs)")
                #expect(state.kept, "step \(step): the user's files")
                let visible = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { !$0.hasPrefix(".") }
                #expect(Set(visible) == Set(Self.new.keys).union(["notes.txt", "internal"]), "step \(step): \(visible)")
                seen[which, default: 0] += 1
                step += 1
                continue
            }
            #expect(Self.state(of: folder).outputs == Self.new, "a run past its last step finishes")
            break
        }
        #expect(seen["old", default: 0] >= 3 && seen["new", default: 0] >= 1, "every kind of step was reached: \(seen)")
    }
}
