import Foundation
import Testing
@testable import IndicatorLibrary
import LibraryFixtures

/// Files that are not YAML of the format at all: each gets one located error, and the rest of the
/// library is still checked.
@Suite struct FileProblemTests {
    @Test func emptyFile() {
        let check = Fixture.check(["2021/KZ.yaml": ""])
        #expect(Fixture.messages(check).contains("Indicators/2021/KZ.yaml:1:1: error: the file is empty; expected YAML content"))
    }

    @Test func onlyComments() {
        let check = Fixture.check(["catalog/countries.yaml": "# countries will come here\n"])
        #expect(Fixture.messages(check).contains(
            "Indicators/catalog/countries.yaml:1:1: error: the file holds no YAML document (only blank lines or comments)"))
    }

    @Test func binaryFile() {
        let check = Fixture.check(bytes: ["2021/KZ.yaml": Data([0x63, 0x6F, 0x0A, 0x50, 0x4B, 0x03, 0x04, 0x00, 0x01])])
        #expect(Fixture.messages(check).contains(
            "Indicators/2021/KZ.yaml:2:5: error: the file holds a NUL byte: it looks binary, not a YAML text file"))
    }

    @Test func invalidUTF8() {
        var bytes = Data("country: KZ\nsituation: Қазақстан ".utf8)
        bytes.append(contentsOf: [0xC0, 0xAF])
        let check = Fixture.check(bytes: ["2021/KZ.yaml": bytes])
        #expect(Fixture.messages(check).contains(
            "Indicators/2021/KZ.yaml:2:22: error: the file is not valid UTF-8 (byte 0xC0); save it as UTF-8"))
    }

    @Test func tabIndentation() {
        let check = Fixture.check(["2021/KZ.yaml": "country: KZ\nfindings:\n\t- id: kz-x\n"])
        #expect(Fixture.messages(check).contains(
            "Indicators/2021/KZ.yaml:3:1: error: invalid YAML: a tab character; YAML indents with spaces only"))
    }

    @Test func syntaxErrorNamesTheLine() {
        let check = Fixture.check(["2021/meeting.yaml": "edition: 5\nevent: [Coordination Meeting\nplace: Bishkek\n"])
        #expect(Fixture.messages(check).contains(
            "Indicators/2021/meeting.yaml:3:6: error: invalid YAML: did not find expected ',' or ']'\n"
            + "Indicators/2021/meeting.yaml:2:8: note: while parsing a flow sequence"))
    }

    @Test func duplicateKey() {
        let check = Fixture.check(["2021/meeting.yaml": Fixture.meeting + "\nplace: Almaty"])
        #expect(Fixture.messages(check).contains(
            "Indicators/2021/meeting.yaml:10:1: error: the key 'place' appears more than once in this mapping; keep one\n"
            + "Indicators/2021/meeting.yaml:4:1: note: first written here"))
    }

    /// The parser keeps a short mapping's keys in a list and a long one's in a dictionary: a duplicate
    /// is found either way, and the note points at the first.
    @Test(arguments: [3, 16, 17, 40])
    func duplicateKeyInAMappingOfAnySize(keys: Int) {
        let text = ((1...keys).map { "k\($0): v" } + ["k2: again"]).joined(separator: "\n")
        let duplicate = Self.duplicateKey(in: text)
        #expect(duplicate?.key == "k2")
        #expect(duplicate?.line == keys + 1 && duplicate?.firstLine == 2)
    }

    /// Keys are compared within one mapping: the same key in a nested one is no duplicate.
    @Test func aKeyOfANestedMappingIsNoDuplicate() {
        let duplicate = Self.duplicateKey(in: "a: 1\nb: {a: 1, c: 2}\na: 3\n")
        #expect(duplicate?.key == "a")
        #expect(duplicate?.line == 3 && duplicate?.firstLine == 1)
    }

    /// The keys of every open mapping share one stack: a nested mapping's keys, before and after its
    /// parent grows past the list into a dictionary, are neither taken for the parent's nor lost from it.
    @Test func nestedMappingsAroundALargeMappingsGrowth() {
        var lines = (1...20).map { "k\($0): v" }
        lines.insert("early: {k1: 1, k2: {k1: 2}}", at: 4)
        lines.insert("late: {k1: 1, k3: [{k1: 3}]}", at: 19)
        let duplicate = Self.duplicateKey(in: (lines + ["k7: again"]).joined(separator: "\n"))
        #expect(duplicate?.key == "k7")
        #expect(duplicate?.line == 23 && duplicate?.firstLine == 8)
    }

    /// The duplicate key `YAMLEvents` refuses in `text`, with its line and the first one's; nil
    /// (recorded as an issue) when it refuses nothing or something else.
    private static func duplicateKey(in text: String) -> (key: String, line: Int, firstLine: Int)? {
        do {
            let events = try YAMLEvents(Array(text.utf8))
            try events.finish()
            Issue.record("no error for a duplicate key")
        } catch {
            guard case let .duplicateKey(key, at: mark, first: first) = error else {
                Issue.record("unexpected \(error)")
                return nil
            }
            return (key, mark.line, first.line)
        }
        return nil
    }

    @Test func aliasBombIsRefusedQuickly() {
        var lines = ["a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
        for level in 1...9 {
            let previous = Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ")
            lines.append("a\(level): &a\(level) [\(previous)]")
        }
        let clock = ContinuousClock()
        let started = clock.now
        let check = Fixture.check(["catalog/indicators.yaml": lines.joined(separator: "\n")])
        #expect(clock.now - started < .seconds(30))
        #expect(Fixture.messages(check).contains {
            $0.hasPrefix("Indicators/catalog/indicators.yaml:10:10: error: aliases expand this document to more than")
                && $0.hasSuffix("(anchor '&a8' alone expands to 1111111111); refusing it as an alias bomb. "
                                + "Write the values out instead of nesting aliases")
        })
    }

    @Test func aliasBombAsAKeyIsRefusedBeforeExpanding() {
        var lines = ["a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
        for level in 1...9 {
            let previous = Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ")
            lines.append("a\(level): &a\(level) [\(previous)]")
        }
        lines.append("*a9 : x")
        let check = Fixture.check(["catalog/indicators.yaml": lines.joined(separator: "\n")])
        #expect(Fixture.messages(check).contains(
            "Indicators/catalog/indicators.yaml:11:1: error: an alias (*name) is used as a mapping key; keys in the "
            + "library are plain words (put text that starts with * or ? in quotes)"))
    }

    @Test func complexKeyIsRefused() {
        let check = Fixture.check(["2021/meeting.yaml": Fixture.meeting + "\n? [a, b]\n: c"])
        #expect(Fixture.messages(check).contains(
            "Indicators/2021/meeting.yaml:10:3: error: a mapping key is not a plain value; keys in the library are "
            + "plain words (put text that starts with * or ? in quotes)"))
    }

    @Test func markdownThatLooksLikeKeysInTextsIsFine() {
        let check = Fixture.check(["2021/KZ.yaml": Fixture.kazakhstan.replacingOccurrences(
            of: "situation: In **Kazakhstan**, activists remain under pressure.",
            with: """
                situation: |
                  **Kazakhstan**: activists remain under pressure.
                  ? Is this a question: yes
                  *Law on Trade Unions*: unamended.
                """)
            .replacingOccurrences(of: "text: Re-register the union.", with: "text: \"*Re-register*: the union.\"")])
        #expect(Fixture.messages(check) == [])
        #expect(check.library?.edition(2021)?.country("KZ")?.situation?.value.text
                == "**Kazakhstan**: activists remain under pressure.\n? Is this a question: yes\n"
                + "*Law on Trade Unions*: unamended.\n")
    }

    @Test func modestAliasesAreFine() {
        let check = Fixture.check(["2021/KZ.yaml": """
            country: KZ
            situation: In **Kazakhstan**, activists remain under pressure.
            findings:
              - id: kz-union-deregistered
                kind: violation
                indicators: [foa.registration]
                summary: The authorities de-registered the union.
                status: ongoing
                sources: &final-document
                  - title: Final Document 2021
              - id: kz-union-dissolved
                kind: violation
                indicators: [foa.registration]
                summary: The confederation was dissolved.
                status: ongoing
                sources: *final-document
            recommendations:
              - id: kz-reregister-union
                text: Re-register the union.
                findings: [kz-union-deregistered, kz-union-dissolved]
            """])
        #expect(Fixture.messages(check) == [])
        #expect(check.library?.edition(2021)?.findings.map(\.sources.count) == [1, 1])
    }

    @Test func deepNestingIsAnErrorNotACrash() {
        let depth = 5_000
        let text = "themes: " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        let check = Fixture.check(["catalog/indicators.yaml": text])
        #expect(Fixture.messages(check).contains { message in
            message.hasPrefix("Indicators/catalog/indicators.yaml:1:")
                && message.contains("error: the YAML nests deeper than libyaml's limit of 1000 levels")
        })
    }

    @Test func aMalformedCatalogCodeIsOneErrorNotOnePerFileNamingIt() {
        let countries = Fixture.countries.replacingOccurrences(of: "- code: KZ", with: "- code: ../KZ")
        let check = Fixture.check(["catalog/countries.yaml": countries])
        #expect(Fixture.messages(check) == [
            "Indicators/catalog/countries.yaml:1:9: error: code '../KZ' must be an ISO 3166-1 alpha-2 code: "
                + "two upper-case letters such as KZ",
        ])
    }

    @Test func missingCatalogFile() {
        let check = Fixture.check(["catalog/instruments.yaml": nil])
        #expect(Fixture.messages(check) == [
            "Indicators/catalog/instruments.yaml: error: missing file: the library needs catalog/instruments.yaml",
        ])
    }

    @Test func editionWithoutMeeting() {
        let check = Fixture.check(["2021/meeting.yaml": nil])
        #expect(Fixture.messages(check) == ["Indicators/2021: error: edition 2021 has no meeting.yaml"])
    }

    @Test func folderThatIsNotAnEdition() {
        let check = Fixture.check(["21/meeting.yaml": Fixture.meeting])
        #expect(Fixture.messages(check) == [
            "Indicators/21: error: '21' is not an edition: edition folders are named by the meeting's year, such as 2021",
        ])
    }

    @Test func strayFileIsAWarning() {
        let check = Fixture.check(["2021/notes.txt": "call the union on Monday"])
        #expect(Fixture.messages(check) == [
            "Indicators/2021/notes.txt: warning: 'notes.txt' is not part of the edition and is ignored",
        ])
        #expect(check.passes())
        #expect(!check.passes(strict: true))
    }

    @Test func ymlExtension() {
        let check = Fixture.check(["2021/KG.yml": "country: KG\n"])
        #expect(Fixture.messages(check) == [
            "Indicators/2021/KG.yml: error: 'KG.yml' is not a file of the format: expected KG.yaml",
        ])
    }

    @Test func noLibraryFolder() {
        let check = LibraryCheck.run(at: "/nonexistent/labour-monitor-library", shownAs: "Indicators")
        #expect(Fixture.messages(check) == [
            "Indicators: error: no library folder here; give the folder that holds catalog/ and the editions",
        ])
        #expect(check.library == nil)
    }
}
