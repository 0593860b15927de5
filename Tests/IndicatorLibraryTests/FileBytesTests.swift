import Foundation
import Testing
@testable import IndicatorLibrary

/// A library file is read once, into the buffer the parser reads: whatever its size said when it was
/// looked at, all of it is read, and never more than the limit.
@Suite struct FileBytesTests {
    private static func file(_ text: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("file-bytes-\(UUID().uuidString).yaml").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func readsTheWholeFile() throws {
        let path = try Self.file("country: KZ\n")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let bytes = try FileBytes(readingFileAt: path, expectedSize: 12, limit: 64)
        #expect(String(decoding: bytes.bytes, as: UTF8.self) == "country: KZ\n")
        #expect(bytes.count == 12)
    }

    /// A file that grew after its size was taken is read to its end.
    @Test func readsPastTheSizeExpected() throws {
        let path = try Self.file("country: KZ\nsituation: grew\n")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let bytes = try FileBytes(readingFileAt: path, expectedSize: 2, limit: 64)
        #expect(String(decoding: bytes.bytes, as: UTF8.self) == "country: KZ\nsituation: grew\n")
    }

    @Test func refusesMoreThanTheLimit() throws {
        let path = try Self.file(String(repeating: "a", count: 65))
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(throws: FileBytes.Failure.tooLarge) {
            try FileBytes(readingFileAt: path, expectedSize: 10, limit: 64)
        }
        #expect(try FileBytes(readingFileAt: path, expectedSize: 10, limit: 65).count == 65)
    }

    @Test func aMissingFileIsUnreadable() {
        #expect(throws: FileBytes.Failure.unreadable) {
            try FileBytes(readingFileAt: "/nonexistent/KZ.yaml", expectedSize: 0, limit: 64)
        }
    }
}
