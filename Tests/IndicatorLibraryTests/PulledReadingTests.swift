import Testing
@testable import IndicatorLibrary
import LibraryFixtures

/// A file is read from libyaml's events as the readers pull them (`YAMLEvents`): a country file's
/// findings and recommendations one at a time, never the whole file as a tree, an alias replayed from
/// the events under its anchor.
struct PulledReadingTests {
    /// The events of a text, written as a reader sees them: `scalar`, `{`, `[`, `}` for an end.
    private func events(_ text: String) throws(YAMLEvents.Failure) -> [String] {
        let events = try YAMLEvents(Array(text.utf8))
        var seen: [String] = []
        while true {
            switch try events.next() {
            case let .scalar(scalar): seen.append("\(scalar.string)@\(scalar.mark.line):\(scalar.mark.column)")
            case .mappingStart: seen.append("{")
            case .sequenceStart: seen.append("[")
            case .end: seen.append("}")
            case .documentEnd: return seen
            }
        }
    }

    @Test func eventsComeInFileOrderWithTheirMarks() throws {
        #expect(try events("country: KZ\nfindings:\n  - id: kz-a\n") == [
            "{", "country@1:1", "KZ@1:10", "findings@2:1", "[", "{", "id@3:5", "kz-a@3:9", "}", "}", "}",
        ])
    }

    /// What an alias names is given again, event by event, with the marks where it was written.
    @Test func anAliasIsReplayedFromTheRecordedEvents() throws {
        #expect(try events("a: &s [x, {y: z}]\nb: *s\n") == [
            "{", "a@1:1", "[", "x@1:8", "{", "y@1:12", "z@1:15", "}", "}",
            "b@2:1", "[", "x@1:8", "{", "y@1:12", "z@1:15", "}", "}", "}",
        ])
        #expect(try events("a: &s one\nb: [*s, *s]\n") == ["{", "a@1:1", "one@1:4", "b@2:1", "[", "one@1:4", "one@1:4", "}", "}"])
    }

    /// An anchor inside an anchored collection is recorded in both, and a nested alias is replayed
    /// inside the alias that holds it.
    @Test func nestedAnchorsAndAliasesReplayWhole() throws {
        let x = "x@1:12", y = "y@1:22"
        #expect(try events("a: &outer [&inner x, y]\nb: &more [*inner, *outer]\nc: *more\n") == [
            "{", "a@1:1", "[", x, y, "}",
            "b@2:1", "[", x, "[", x, y, "}", "}",
            "c@3:1", "[", x, "[", x, y, "}", "}", "}",
        ])
    }

    /// Every finding is read when its events have come, and the model keeps the file's order; the
    /// file's country is known to each, whether written before its findings or after them.
    @Test(arguments: [true, false])
    func findingsAreReadInFileOrderWithTheirCountry(countryFirst: Bool) throws {
        let finding = { (id: String, sources: String) in
            """
              - id: \(id)
                kind: violation
                indicators: [foa.registration]
                summary: Finding \(id).
                status: ongoing
                sources: \(sources)
            """
        }
        let body = ["findings:", finding("kz-a", "&shared [{title: Final Document 2021}]"),
                    finding("kz-b", "*shared"), finding("kz-c", "[{title: Monitor's note}]"),
                    "recommendations:", "  - id: kz-reregister-union", "    text: Re-register the union.",
                    "    findings: [kz-a]"]
        let head = ["country: KZ", "situation: Activists remain under pressure."]
        let kazakhstan = (countryFirst ? head + body : body + head).joined(separator: "\n")
        let check = Fixture.check(["2021/KZ.yaml": kazakhstan])
        #expect(Fixture.messages(check) == [])
        let country = try #require(check.library?.editions.first?.countries.first)
        #expect(country.findings.map(\.id.value) == ["kz-a", "kz-b", "kz-c"])
        #expect(country.findings.allSatisfy { $0.country == "KZ" })
        #expect(country.findings[1].sources.map(\.title?.value.text) == ["Final Document 2021"])
        #expect(country.recommendations.map(\.country) == ["KZ"])
    }

    /// A country code that is not one is reported once, and the findings under it are not read.
    @Test func aBadCountryReadsNoFinding() {
        let check = Fixture.check(["2021/KZ.yaml": """
            country: kz
            findings:
              - id: kz-a
                colour: red
            """])
        let messages = Fixture.messages(check).filter { $0.hasPrefix("Indicators/2021/KZ.yaml") }
        #expect(messages == ["Indicators/2021/KZ.yaml:1:10: error: country 'kz' must be an ISO 3166-1 alpha-2 code: "
                             + "two upper-case letters such as KZ"])
    }

    /// A file that does not parse to its end reports that, and nothing about the findings read before
    /// the error.
    @Test func aSyntaxErrorAfterTheFirstFindingsIsReportedAlone() {
        let check = Fixture.check(["2021/KZ.yaml": """
            country: KZ
            findings:
              - id: kz-union-deregistered
                kind: violation
                colour: red
                indicators: [foa.registration]
                summary: The authorities de-registered the union.
                status: ongoing
              - id: [kz-unclosed
            """])
        let messages = Fixture.messages(check).filter { $0.hasPrefix("Indicators/2021/KZ.yaml") }
        #expect(messages.count == 1)
        #expect(messages.first?.contains("colour") == false)
    }

    /// A list where a mapping's list is expected is still reported by the reading of the fields.
    @Test func findingsThatAreNotAListAreReported() {
        let check = Fixture.check(["2021/KZ.yaml": "country: KZ\nfindings: none\n"])
        #expect(Fixture.messages(check).contains(
            "Indicators/2021/KZ.yaml:2:11: error: findings must be a list, found the value 'none'"))
    }
}
