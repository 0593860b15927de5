import Foundation
import Testing

/// A copy of the bundled library broken in exactly one way, and the error that must name it.
struct MalformedLibrary: Sendable, CustomTestStringConvertible {
    enum Edit: Sendable {
        /// Replaces the first occurrence of a text in a file.
        case replace(String, String, with: String)
        case write(String, String)
        case bytes(String, [UInt8])
        case append(String, String)
        case remove(String)
        case rename(String, to: String)
        /// A file of this many bytes, written sparse so that the test costs no disk.
        case sized(String, Int)
        /// The file replaced by a symbolic link to `destination`.
        case link(String, to: String)
    }

    let name: String
    let edits: [Edit]
    /// The file the error is in (under `Indicators/`), and what it says.
    let file: String
    let message: String
    /// The problem is a file or folder as a whole (missing, misnamed), so its error may name the path
    /// without a line; every other error must carry `line:col`.
    var wholeFile = false

    var testDescription: String { name }

    init(_ name: String, _ edits: [Edit], error file: String, _ message: String, wholeFile: Bool = false) {
        self.name = name
        self.edits = edits
        self.file = file
        self.message = message
        self.wholeFile = wholeFile
    }

    init(_ name: String, _ edit: Edit, error file: String, _ message: String, wholeFile: Bool = false) {
        self.init(name, [edit], error: file, message, wholeFile: wholeFile)
    }

    /// Applies the edits to the library in `library`.
    func apply(to library: URL) throws {
        let files = FileManager.default
        for edit in edits {
            switch edit {
            case let .replace(path, old, new):
                let url = library.appendingPathComponent(path)
                let text = try String(contentsOf: url, encoding: .utf8)
                guard let range = text.range(of: old) else {
                    throw FixtureError(message: "\(name): '\(old)' is not in \(path)")
                }
                try text.replacingCharacters(in: range, with: new).write(to: url, atomically: false, encoding: .utf8)
            case let .write(path, text):
                try Data(text.utf8).write(to: library.appendingPathComponent(path))
            case let .bytes(path, bytes):
                try Data(bytes).write(to: library.appendingPathComponent(path))
            case let .append(path, text):
                let url = library.appendingPathComponent(path)
                try (String(contentsOf: url, encoding: .utf8) + text).write(to: url, atomically: false, encoding: .utf8)
            case let .remove(path):
                try files.removeItem(at: library.appendingPathComponent(path))
            case let .rename(path, new):
                try files.moveItem(at: library.appendingPathComponent(path), to: library.appendingPathComponent(new))
            case let .link(path, destination):
                let url = library.appendingPathComponent(path)
                try files.removeItem(at: url)
                try files.createSymbolicLink(atPath: url.path, withDestinationPath: destination)
            case let .sized(path, size):
                let url = library.appendingPathComponent(path)
                try Data().write(to: url)
                let handle = try FileHandle(forWritingTo: url)
                try handle.truncate(atOffset: UInt64(size))
                try handle.close()
            }
        }
    }

    struct FixtureError: Error, CustomStringConvertible {
        let message: String
        var description: String { message }
    }
}

extension MalformedLibrary {
    static let kz = "2021/KZ.yaml"
    static let meeting = "2021/meeting.yaml"
    static let countries = "catalog/countries.yaml"
    static let instruments = "catalog/instruments.yaml"
    static let indicators = "catalog/indicators.yaml"
    static let ratifications = "ratifications.yaml"

    /// An alias bomb: ten levels of ten aliases each, a billion "lol"s once expanded.
    static var aliasBomb: String {
        var lines = ["country: KZ", "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
        for level in 1...9 {
            lines.append("a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Every way the suite breaks the library: syntax, types, keys, references, dates, names, bytes.
    static let all: [MalformedLibrary] = [
        // YAML itself
        .init("a flow sequence left open", .replace(meeting, "  en: Bishkek", with: "  en: [Bishkek"),
              error: meeting, "invalid YAML"),
        .init("a tab indenting a finding", .replace(kz, "  - id: kz-activists-under-pressure", with: "\t- id: kz-activists-under-pressure"),
              error: kz, "a tab character; YAML indents with spaces only"),
        .init("a key twice in one mapping", .append(meeting, "place: Almaty\n"),
              error: meeting, "the key 'place' appears more than once"),
        .init("two YAML documents in one file", .append(kz, "---\ncountry: KZ\n"),
              error: kz, "a second YAML document starts here"),
        .init("an alias bomb", .write(kz, aliasBomb), error: kz, "refusing it as an alias bomb"),
        .init("nesting ten thousand levels deep",
              .write(kz, "country: KZ\nfindings: " + String(repeating: "[", count: 10_000) + "\n"),
              error: kz, "nests deeper than"),
        .init("an alias used as a key", .append(meeting, "*anchor : value\n"),
              error: meeting, "an alias (*name) is used as a mapping key"),
        // Bytes that are not a YAML text
        .init("an empty file", .write(kz, ""), error: kz, "the file is empty"),
        .init("a file of comments only", .write(meeting, "# the meeting will be written here\n"),
              error: meeting, "the file holds no YAML document"),
        .init("a binary file", .bytes(kz, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00]),
              error: kz, "it looks binary"),
        .init("text that is not UTF-8", .bytes(kz, Array("country: KZ\nsituation: Kazakhstan ".utf8) + [0xC0, 0xAF, 0x0A]),
              error: kz, "not valid UTF-8"),
        .init("a file of 100 MB", .sized(kz, 100 << 20), error: kz, "a library file may be at most"),
        .init("a link to an endless device", .link(kz, to: "/dev/zero"), error: kz, "not a regular file",
              wholeFile: true),
        // Shapes and types
        .init("a list where the catalog wants a mapping", .write(indicators, "- foa\n- strike\n"),
              error: indicators, "must be a mapping"),
        .init("a mapping where the countries should be a list", .write(countries, "KZ: Kazakhstan\n"),
              error: countries, "must be a list"),
        .init("a list where a status should be", .replace(kz, "status: ongoing", with: "status: [ongoing]"),
              error: kz, "status"),
        .init("a word where a number should be", .replace(meeting, "edition: 5", with: "edition: five"),
              error: meeting, "edition"),
        .init("a value outside its list of words", .replace(kz, "kind: violation", with: "kind: violaton"),
              error: kz, "violation"),
        .init("an empty summary", .replace(kz, "      en: Overt repressions against union activists have ceased.", with: "      en:"),
              error: kz, "summary"),
        // Keys
        .init("a finding without its summary", .replace(kz, "    summary:\n      en: Overt repressions against union activists have ceased.\n      ru: Открытые репрессии против профсоюзных активистов прекратились.\n", with: ""),
              error: kz, "summary"),
        .init("a misspelt key", .replace(kz, "    summary:\n      en: Overt repressions", with: "    summry:\n      en: Overt repressions"),
              error: kz, "summry"),
        .init("a meeting without its date", .replace(meeting, "date: 2021-12-07\n", with: ""),
              error: meeting, "date"),
        // Identifiers and references
        .init("a finding id used twice", .replace(kz, "id: kz-activists-under-pressure", with: "id: kz-overt-repression-ceased"),
              error: kz, "kz-overt-repression-ceased"),
        .init("a recommendation pointing at no finding",
              .replace(kz, "findings: [kz-peaceful-action-convictions]", with: "findings: [kz-peacefull-action-convictions]"),
              error: kz, "kz-peacefull-action-convictions"),
        .init("an unknown indicator", .replace(kz, "indicators: [repression.harassment]", with: "indicators: [repression.harasment]"),
              error: kz, "repression.harasment"),
        .init("a ratification of an unknown instrument", .replace(ratifications, "instrument: C087", with: "instrument: C0087"),
              error: ratifications, "C0087"),
        .init("an appeal to a country the catalog lacks", .replace(meeting, "appeals: [KZ,", with: "appeals: [KX,"),
              error: meeting, "KX"),
        // Dates
        .init("the 30th of February", .replace(meeting, "date: 2021-12-07", with: "date: 2021-02-30"),
              error: meeting, "2021-02-30"),
        .init("a ratification in the thirteenth month", .replace(ratifications, "date: 2000", with: "date: 2000-13-01"),
              error: ratifications, "2000-13-01"),
        .init("a meeting dated outside its edition's year", .replace(meeting, "date: 2021-12-07", with: "date: 2020-12-07"),
              error: meeting, "2020"),
        // Names of files and countries
        .init("a country file whose name and country disagree", .replace(kz, "country: KZ", with: "country: KG"),
              error: kz, "the file name and 'country:' must agree"),
        .init("a country code that is a path", .replace(kz, "country: KZ", with: "country: ../x"),
              error: kz, "../x"),
        .init("a catalog country code that is a path", .replace(countries, "- code: TM", with: "- code: ../TM"),
              error: countries, "../TM"),
        .init("a country file named in lower case", .rename(kz, to: "2021/kz.yaml"),
              error: "2021/kz.yaml", "named by the upper-case code", wholeFile: true),
        .init("a missing catalog file", .remove(instruments), error: instruments, "missing file", wholeFile: true),
        .init("an edition without its meeting", .remove(meeting), error: "2021", "has no meeting.yaml", wholeFile: true),
        // A catalog that contradicts itself
        .init("a country listed twice", .append(countries, "- code: KZ\n  name: Kazakhstan\n"),
              error: countries, "KZ"),
        .init("an instrument listed twice", .append(instruments, "- code: C087\n  title: Freedom of Association\n  adopted: 1948\n  body: ILO\n  category: fundamental\n"),
              error: instruments, "C087"),
        .init("an indicator under a theme that does not exist", .replace(indicators, "theme: foa", with: "theme: fao"),
              error: indicators, "fao"),
        .init("a ratification contradicting another", .append(ratifications, "- country: KZ\n  instrument: C087\n  status: not-ratified\n  as_of: 2021\n  source: https://example.org\n"),
              error: ratifications, "C087"),
        // Confidentiality
        .init("a confidential name in a public text",
              .replace(kz, "      - name: Erlan Baltabai\n        confidential: false", with: "      - name: Erlan Baltabai\n        confidential: true"),
              error: kz, "who is marked confidential"),
    ]
}
