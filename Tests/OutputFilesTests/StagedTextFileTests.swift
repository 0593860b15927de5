import Foundation
import Testing
import OutputFiles

/// A large document is written to its file as it is made, and still appears whole or not at all.
@Suite struct StagedTextFileTests {
    /// Small pieces gathered in the buffer, and a piece larger than the buffer written straight
    /// through, come out in order; the target appears only when placed.
    @Test func theTextReachesItsTargetOnlyWhenPlaced() throws {
        let folder = AtomicFilesTests.folder().appendingPathComponent("Reports/2025")
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        let target = folder.appendingPathComponent("changes-2024-2025.md")
        let long = String(repeating: "Профсоюз «Жанарту» ликвидирован. ", count: 3_000)
        let pieces = (0..<5_000).map { "- item \($0)\n" } + [long] + ["*end*\n"]

        let file = try StagedTextFile(url: target)
        for piece in pieces { file.write(piece) }
        let staged = try file.finish()
        #expect(!FileManager.default.fileExists(atPath: target.path))
        #expect(AtomicFilesTests.contents(of: folder).count == 1, "only the hidden temporary file")

        try AtomicFiles.write([], staged: [staged])
        #expect(AtomicFilesTests.contents(of: folder) == ["changes-2024-2025.md"])
        #expect(try Data(contentsOf: target) == Data(pieces.joined().utf8))
    }

    /// A failure before it is finished (the comparison threw, the command stopped): the writer is
    /// dropped and its temporary file goes with it.
    @Test func aFileNeverFinishedLeavesNothing() throws {
        let folder = AtomicFilesTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        do {
            let file = try StagedTextFile(url: folder.appendingPathComponent("changes.md"))
            file.write("# Changes from 2024 to 2025\n")
        }
        #expect(AtomicFilesTests.contents(of: folder) == [])
    }

    @Test func aFolderThatCannotBeMadeIsNamed() throws {
        let folder = AtomicFilesTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("a file, not a folder".utf8).write(to: folder.appendingPathComponent("Reports"))
        let error = #expect(throws: OutputError.self) {
            _ = try StagedTextFile(url: folder.appendingPathComponent("Reports/changes.md"))
        }
        #expect(error?.path == folder.appendingPathComponent("Reports").path)
        #expect(AtomicFilesTests.contents(of: folder) == ["Reports"])
    }
}
