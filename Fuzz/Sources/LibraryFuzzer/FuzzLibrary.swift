import Foundation
import IndicatorLibrary

/// The library each input is tried in: the repository's bundled library (`Indicators/`, the one the
/// seed corpus is taken from), copied once to a scratch folder. An input replaces one of its files,
/// and the original is put back before the next.
final class FuzzLibrary {
    /// The files an input may replace, chosen by its first byte: one of each kind the format has, in
    /// the order of `Fuzz/seed-corpus`.
    static let files = [
        "catalog/countries.yaml", "catalog/instruments.yaml", "catalog/indicators.yaml",
        "ratifications.yaml", "2021/meeting.yaml", "2021/KZ.yaml",
    ]

    /// The bundled library, found from this file's place in the repository (Fuzz/Sources/LibraryFuzzer/).
    static let bundled = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Indicators")

    nonisolated(unsafe) static let shared = FuzzLibrary()

    private let folder: URL
    private let originals: [String: Data]

    /// Without its library the fuzzer has nothing to try inputs in: it stops at once, saying why.
    private init() {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("labour-monitor-fuzz-\(getpid())")
        do {
            if FileManager.default.fileExists(atPath: folder.path) {
                try FileManager.default.removeItem(at: folder)
            }
            try FileManager.default.copyItem(at: Self.bundled, to: folder)
            var originals: [String: Data] = [:]
            for file in Self.files {
                originals[file] = try Data(contentsOf: folder.appendingPathComponent(file))
            }
            self.folder = folder
            self.originals = originals
        } catch {
            Self.stop("cannot copy \(Self.bundled.path) to \(folder.path): \(error)")
        }
    }

    /// A fuzzer that cannot set up or restore its files would try inputs in the wrong library: it stops.
    private static func stop(_ reason: String) -> Never {
        FileHandle.standardError.write(Data("LibraryFuzzer: \(reason)\n".utf8))
        exit(70)
    }

    /// Loads and checks the library with `file` holding `content`, then restores the file.
    func check(replacing file: String, with content: Data) -> LibraryCheck {
        let target = folder.appendingPathComponent(file)
        guard let original = originals[file] else { Self.stop("\(file) is not one of the files an input may replace") }
        do { try content.write(to: target) } catch { Self.stop("cannot write \(target.path): \(error)") }
        let check = LibraryCheck.run(at: folder.path, shownAs: "Indicators")
        do { try original.write(to: target) } catch { Self.stop("cannot restore \(target.path): \(error)") }
        return check
    }
}
