import Exports
import Foundation
import IndicatorLibrary
import LibraryEditing
import LibraryFixtures
import Testing

/// `merge`: a partner's exchange file read into the library. What is new is added where its editors
/// would write it, under a comment naming the sender; what clashes stops the merge, at both places;
/// nothing is written unless the merged library passes check.
@Suite struct MergeTests {
    /// The fixture's 2021 edition exported by a partner, with `edit` applied to the JSON text.
    private func exchange(_ files: [String: String?] = [:], audience: Audience = .public,
                          edit: (String) -> String = { $0 }) throws -> String {
        let check = Fixture.check(Fixture.ready(files))
        try #require(check.passes(), "\(check.diagnostics)")
        let library = try #require(check.library)
        let edition = try #require(RedactedLibrary.redact(library, for: audience).edition(2021))
        let text = String(decoding: ExchangeDocument.render(edition, organisation: "Kazakhstan Monitors"), as: UTF8.self)
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("partner-\(UUID().uuidString).json").path
        try Data(edit(text).utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// A library folder with `files`; every merge below runs in one of its own.
    private func library(_ files: [String: String?] = [:]) -> URL {
        Fixture.write(Fixture.ready(files))
    }

    private func snapshot(_ folder: URL) -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        while let path = enumerator?.nextObject() as? String {
            if let data = FileManager.default.contents(atPath: folder.appendingPathComponent(path).path) { files[path] = data }
        }
        return files
    }

    private func failure(_ job: MergeJob) -> String {
        do {
            _ = try job.run()
            return "merged"
        } catch {
            return error.description
        }
    }

    static let newFinding = """
              {
                "id": "kz-strike-ban",
                "kind": "violation",
                "indicators": ["foa.registration"],
                "summary": "A strike ban was adopted in the oil sector.",
                "status": "ongoing"
              },
              {
                "id": "kz-union-deregistered",
        """

    @Test func aNewFindingIsAddedUnderItsSender() throws {
        let file = try exchange { $0.replacingOccurrences(of: "{\n          \"id\": \"kz-union-deregistered\",", with: Self.newFinding) }
        let folder = library()
        defer { try? FileManager.default.removeItem(at: folder) }
        let outcome = try MergeJob(file: file, dataFolder: folder.path).run()
        #expect((outcome.findingsAdded, outcome.recommendationsAdded, outcome.alreadyHeld) == (1, 0, 2))
        #expect(outcome.written == ["\(folder.path)/2021/KZ.yaml"])
        let merged = try String(contentsOf: folder.appendingPathComponent("2021/KZ.yaml"), encoding: .utf8)
        let name = (file as NSString).lastPathComponent
        #expect(merged == Fixture.kazakhstan.replacingOccurrences(of: "recommendations:", with: """

              # Merged from \(name), sent by Kazakhstan Monitors.
              - id: kz-strike-ban
                kind: violation
                indicators: [foa.registration]
                summary: A strike ban was adopted in the oil sector.
                status: ongoing
            recommendations:
            """) + "\n")
        #expect(LibraryCheck.run(at: folder.path).passes())
    }

    @Test func mergingTwiceAddsNothing() throws {
        let folder = library()
        defer { try? FileManager.default.removeItem(at: folder) }
        let before = snapshot(folder)
        let outcome = try MergeJob(file: try exchange(), dataFolder: folder.path).run()
        #expect((outcome.findingsAdded, outcome.alreadyHeld, outcome.written) == (0, 2, []))
        #expect(snapshot(folder) == before)
    }

    @Test func aConflictNamesBothPlacesAndWritesNothing() throws {
        let file = try exchange { $0.replacingOccurrences(of: "The authorities de-registered the union.",
                                                          with: "The authorities dissolved the union.") }
        let folder = library()
        defer { try? FileManager.default.removeItem(at: folder) }
        let before = snapshot(folder)
        let message = failure(MergeJob(file: file, dataFolder: folder.path))
        #expect(message.contains("""
            \(file):34:9: error: finding 'kz-union-deregistered' is in the library with other content ('summary'): \
            a conflict; nothing is merged until the two agree, or one takes another id
            \(folder.path)/2021/KZ.yaml:4:9: note: the library's finding 'kz-union-deregistered'
            """), "\(message)")
        #expect(snapshot(folder) == before)
    }

    @Test func anEditionTheLibraryLacksIsWrittenWhole() throws {
        let folder = library(["2021/meeting.yaml": nil, "2021/KZ.yaml": nil])
        defer { try? FileManager.default.removeItem(at: folder) }
        let outcome = try MergeJob(file: try exchange(), dataFolder: folder.path).run()
        #expect(outcome.written.sorted() == ["\(folder.path)/2021/KZ.yaml", "\(folder.path)/2021/meeting.yaml"])
        let country = try String(contentsOf: folder.appendingPathComponent("2021/KZ.yaml"), encoding: .utf8)
        #expect(country.hasSuffix("""

            country: KZ
            situation: In **Kazakhstan**, activists remain under pressure.

            findings:
              - id: kz-union-deregistered
                kind: violation
                indicators: [foa.registration]
                summary: The authorities de-registered the union.
                status: ongoing
                sources:
                  - title: Final Document 2021

            recommendations:
              - id: kz-reregister-union
                text: Re-register the union.
                findings: [kz-union-deregistered]

            """))
        #expect(LibraryCheck.run(at: folder.path).passes())
    }

    /// Texts YAML could read as something else (a number, a boolean, a comment, a key) come back as
    /// written: the merged edition exports to the same file.
    @Test func awkwardTextsComeBackAsWritten() throws {
        let texts = ["yes", "5", "2021-12-07", "Text: with a colon", "A # not a comment", "'quoted'", "\"double\"",
                     "Tabs\tinside", "Two  spaces", "Lines\n\nwith a blank one\n", "No final break\nat all",
                     "Ends with two breaks\n\n", " leading space", "Казахстан, «Справедливость»",
                     String(repeating: "A long sentence that folds. ", count: 8).trimmingCharacters(in: .whitespaces),
                     String(repeating: "Длинное  предложение с двумя пробелами. ", count: 6).trimmingCharacters(in: .whitespaces),
                     "Short " + String(repeating: "x", count: 150) + " then words " + String(repeating: "y", count: 130),
                     String(repeating: "word ", count: 60) + "end: with # and ' and \" inside"]
        let findings = texts.enumerated().map { offset, text in
            """
              - id: kz-awkward-\(offset)
                kind: concern
                indicators: [foa.registration]
                summary: \(Self.quoted(text))
                status: ongoing
            """
        }.joined(separator: "\n")
        let source = ["2021/KZ.yaml": Fixture.kazakhstan.replacingOccurrences(of: "findings:\n", with: "findings:\n" + findings + "\n")]
        let first = try exchange(source)
        let folder = library(["2021/meeting.yaml": nil, "2021/KZ.yaml": nil])
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try MergeJob(file: first, dataFolder: folder.path).run()
        let library = try #require(LibraryCheck.run(at: folder.path).library)
        let edition = try #require(RedactedLibrary.redact(library, for: .public).edition(2021))
        let again = String(decoding: ExchangeDocument.render(edition, organisation: "Kazakhstan Monitors"), as: UTF8.self)
        #expect(again == (try String(contentsOfFile: first, encoding: .utf8)))
    }

    /// The text as a YAML double-quoted scalar: JSON's form of a string, which YAML reads the same.
    private static func quoted(_ text: String) -> String {
        String(JSONValue.string(text).rendered().dropLast())
    }

    @Test func anInternalFileIsRefusedUnlessInternal() throws {
        let file = try exchange(["2021/KZ.yaml": Fixture.kazakhstanWithSecrets], audience: .internal)
        let folder = library(["2021/meeting.yaml": nil, "2021/KZ.yaml": nil])
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(failure(MergeJob(file: file, dataFolder: folder.path)) == """
            \(file):4:15: error: the file is internal: it holds confidential findings or names; a public merge \
            refuses it. Ask the partner for a public export, or merge with --internal into a library kept internal
            nothing was merged
            """)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("2021").path))
        let outcome = try MergeJob(file: file, dataFolder: folder.path, acceptsInternal: true).run()
        #expect(outcome.findingsAdded == 2)
    }

    @Test(arguments: [
        (Data(), "1:1: error: the file is empty; an exchange file is the JSON that 'labour-monitor export YEAR --format json' writes"),
        (Data("{\"a\":\n \"\u{C0}\"}".utf8).prefix(8) + Data([0xFF]), "2:3: error: the file is not UTF-8 text (byte 9 cannot be read); an exchange file is JSON in UTF-8"),
        (Data("{\"format\": \"labour-monitor-exchange\",}".utf8), "1:38: error: not JSON: expected a member name in double quotes"),
        (Data("[]".utf8), "1:1: error: an exchange file is one JSON object, found a list"),
        (Data(#"{"format": "frictionless"}"#.utf8), "1:12: error: this is not an exchange file of labour-monitor: its format is 'frictionless', not 'labour-monitor-exchange'"),
        (Data(#"{"format": "labour-monitor-exchange", "version": 2}"#.utf8), "1:50: error: the file is of exchange format version 2, made by a newer labour-monitor; this one reads version 1: update labour-monitor to merge it"),
    ])
    func aFileThatIsNoExchangeFileIsRefused(bytes: Data, expected: String) throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("bad-\(UUID().uuidString).json").path
        try bytes.write(to: URL(fileURLWithPath: path))
        let folder = library()
        defer { try? FileManager.default.removeItem(at: folder) }
        let before = snapshot(folder)
        #expect(failure(MergeJob(file: path, dataFolder: folder.path)) == "\(path):\(expected)\nnothing was merged")
        #expect(snapshot(folder) == before)
    }

    @Test func aCatalogEntryTheLibraryLacksStopsTheMerge() throws {
        let file = try exchange { $0.replacingOccurrences(of: "\"foa.registration\"", with: "\"foa.recognition\"") }
        let folder = library()
        defer { try? FileManager.default.removeItem(at: folder) }
        let message = failure(MergeJob(file: file, dataFolder: folder.path))
        #expect(message.contains("error: the library's catalog has no indicator 'foa.recognition', which the file's findings use; "
                                 + "add it to \(folder.path)/catalog/indicators.yaml first (the file's entry is here)"), "\(message)")
    }

    @Test func aDifferentRatificationFactIsReportedNotTaken() throws {
        let file = try exchange { $0.replacingOccurrences(of: "\"date\": \"2000\"", with: "\"date\": \"2001\"") }
        let folder = library()
        defer { try? FileManager.default.removeItem(at: folder) }
        let before = snapshot(folder)
        let outcome = try MergeJob(file: file, dataFolder: folder.path).run()
        #expect(outcome.warnings.map(\.description).contains { $0.hasPrefix("""
            \(file):84:5: warning: the file's ratification fact of KZ and C087 differs from the library's ('date'); \
            the library's is kept: if the file's is newer, edit \(folder.path)/ratifications.yaml
            \(folder.path)/ratifications.yaml:1:3: note: the library's fact
            """) }, "\(outcome.warnings)")
        #expect(snapshot(folder) == before)
    }

    /// The check of what the merge would write points at the partner's file, where the fault is.
    @Test func anErrorInWhatWouldBeWrittenPointsAtTheExchangeFile() throws {
        let faulty = Self.newFinding.replacingOccurrences(of: "\"kind\": \"violation\"", with: "\"kind\": \"abuse\"")
        let file = try exchange { $0.replacingOccurrences(of: "{\n          \"id\": \"kz-union-deregistered\",", with: faulty) }
        let folder = library()
        defer { try? FileManager.default.removeItem(at: folder) }
        let before = snapshot(folder)
        let message = failure(MergeJob(file: file, dataFolder: folder.path))
        #expect(message.hasPrefix("\(file):36:17: error: kind 'abuse' is not one of: violation, progress, concern\n"),
                "\(message)")
        #expect(message.contains("note: in what would be written"), "\(message)")
        #expect(message.hasSuffix("the library would not pass check with the file merged; nothing was merged"))
        #expect(snapshot(folder) == before)
    }
}
