import Foundation
import IndicatorLibrary
import LibraryFixtures

/// The library each input is tried in: the tests' small library (`Fixture`), written once to a
/// scratch folder, small so that libFuzzer tries thousands of inputs a minute. An input replaces one
/// of its files, and the original is put back before the next.
final class FuzzLibrary {
    /// The files an input may replace, chosen by its first byte: one of each kind the format has.
    static let files = [
        "catalog/countries.yaml", "catalog/instruments.yaml", "catalog/indicators.yaml",
        "ratifications.yaml", "2021/meeting.yaml", "2021/KZ.yaml",
    ]

    nonisolated(unsafe) static let shared = FuzzLibrary()

    private let folder = Fixture.write()
    private let originals: [String: Data]

    private init() {
        originals = Fixture.files.mapValues { Data(($0 + "\n").utf8) }
    }

    /// Loads and checks the library with `file` holding `content`, then restores the file.
    func check(replacing file: String, with content: Data) -> LibraryCheck {
        let target = folder.appendingPathComponent(file)
        try? content.write(to: target)
        defer { try? originals[file]?.write(to: target) }
        return LibraryCheck.run(at: folder.path, shownAs: "Indicators")
    }
}
