import Testing
@testable import IndicatorLibrary
import LibraryFixtures

/// How a run reports: every mistake at once, sorted by file and line; warnings apart from errors.
@Suite struct ReportingTests {
    @Test func allErrorsOfARunSortedByFileAndLine() {
        let check = Fixture.check([
            "2021/meeting.yaml": Fixture.meeting.replacingOccurrences(of: "date: 2021-12-07", with: "date: 2021-13-01"),
            "2021/KZ.yaml": Fixture.kazakhstan.replacingOccurrences(of: "kind: violation", with: "kind: violence"),
            "catalog/countries.yaml": Fixture.countries + "\n- code: kz\n  name: Kazakhstan",
        ])
        let locations = check.diagnostics.map(\.location.description)
        #expect(locations == [
            "Indicators/2021/KZ.yaml:5:11",
            "Indicators/2021/meeting.yaml:5:7",
            "Indicators/catalog/countries.yaml:6:9",
        ])
        #expect(!check.passes())
    }

    @Test func findingWithoutSourceIsAWarningThatFailsOnlyWhenStrict() {
        let check = Fixture.check(["2021/KZ.yaml": Fixture.kazakhstan.replacingOccurrences(
            of: "    sources:\n      - title: Final Document 2021\n", with: "")])
        #expect(Fixture.messages(check) == [
            "Indicators/2021/KZ.yaml:4:9: warning: finding 'kz-union-deregistered' has no source; say where it was read",
        ])
        #expect(check.passes())
        #expect(!check.passes(strict: true))
    }

    @Test func suggestionsOnlyForLikelyTypos() {
        #expect(Suggestion.closest(to: "foa.registraton", among: ["foa.registration", "foa.independence"])
                == "foa.registration")
        #expect(Suggestion.closest(to: "wages", among: ["foa.registration", "foa.independence"]) == nil)
    }
}
