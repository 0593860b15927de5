import Testing
@testable import IndicatorLibrary
import LibraryFixtures

/// The status of a pair in a year, exactly as the format page derives it; unknown is never "not ratified".
@Suite struct RatificationStatusTests {
    /// Loads `ratifications` into the fixture library (countries KZ and KG; instruments C087 and C155).
    func ledger(_ ratifications: String) -> RatificationLedger? {
        let check = Fixture.check(["ratifications.yaml": ratifications])
        #expect(Fixture.messages(check) == [])
        return check.library?.ratifications
    }

    @Test func datedRatificationCountsFromItsYearAndIsNotRatifiedBefore() {
        let ledger = ledger("""
            - country: KZ
              instrument: C087
              status: ratified
              date: 2000
              source: https://example.org/normlex
            """)
        #expect(ledger?.status(country: "KZ", instrument: "C087", year: 1999) == .notRatified)
        #expect(ledger?.status(country: "KZ", instrument: "C087", year: 2000) == .ratified)
        #expect(ledger?.status(country: "KZ", instrument: "C087", year: 2030) == .ratified)
    }

    @Test func fullDateCountsForItsWholeYear() {
        let ledger = ledger("""
            - country: KG
              instrument: C155
              status: ratified
              date: 2022-06-10
              source: https://example.org/deposit
            """)
        #expect(ledger?.status(country: "KG", instrument: "C155", year: 2021) == .notRatified)
        #expect(ledger?.status(country: "KG", instrument: "C155", year: 2022) == .ratified)
    }

    @Test func ratifiedAsOfIsUnknownBefore() {
        let ledger = ledger("""
            - country: KZ
              instrument: C087
              status: ratified
              as_of: 2020
              source: https://example.org/statement-2020
            """)
        #expect(ledger?.status(country: "KZ", instrument: "C087", year: 2019) == .unknown)
        #expect(ledger?.status(country: "KZ", instrument: "C087", year: 2020) == .ratified)
        #expect(ledger?.status(country: "KZ", instrument: "C087", year: 2025) == .ratified)
    }

    @Test func notRatifiedAsOfIsUnknownAfter() {
        let ledger = ledger("""
            - country: KZ
              instrument: C155
              status: not-ratified
              as_of: 2023
              source: https://example.org/ceacr-2023
            """)
        #expect(ledger?.status(country: "KZ", instrument: "C155", year: 2010) == .notRatified)
        #expect(ledger?.status(country: "KZ", instrument: "C155", year: 2023) == .notRatified)
        #expect(ledger?.status(country: "KZ", instrument: "C155", year: 2024) == .unknown)
    }

    @Test func denunciationEndsARatificationAtItsDate() {
        let ledger = ledger("""
            - country: KZ
              instrument: C087
              status: ratified
              date: 2000
              source: https://example.org/ratification
            - country: KZ
              instrument: C087
              status: denounced
              date: 2015-03-01
              source: https://example.org/denunciation
            """)
        #expect(ledger?.status(country: "KZ", instrument: "C087", year: 2014) == .ratified)
        #expect(ledger?.status(country: "KZ", instrument: "C087", year: 2015) == .denounced)
        #expect(ledger?.status(country: "KZ", instrument: "C087", year: 1999) == .notRatified)
    }

    @Test func notRatifiedThenRatifiedLater() {
        let ledger = ledger("""
            - country: KG
              instrument: C087
              status: not-ratified
              as_of: 2019
              source: https://example.org/2019
            - country: KG
              instrument: C087
              status: ratified
              date: 2021
              source: https://example.org/2021
            """)
        #expect(ledger?.status(country: "KG", instrument: "C087", year: 2019) == .notRatified)
        #expect(ledger?.status(country: "KG", instrument: "C087", year: 2020) == .notRatified)
        #expect(ledger?.status(country: "KG", instrument: "C087", year: 2021) == .ratified)
    }

    @Test func aPairNotListedIsUnknown() {
        let ledger = ledger("""
            - country: KZ
              instrument: C087
              status: ratified
              date: 2000
              source: https://example.org/normlex
            """)
        #expect(ledger?.status(country: "KG", instrument: "C087", year: 2021) == .unknown)
        #expect(ledger?.status(country: "KZ", instrument: "C155", year: 2021) == .unknown)
    }

    @Test func fundamentalSinceIsHonoured() {
        let check = Fixture.check()
        let c155 = check.library?.catalog.instrument("C155")
        #expect(c155?.isFundamental(in: 2021) == false)
        #expect(c155?.isFundamental(in: 2022) == true)
        #expect(check.library?.catalog.instrument("C087")?.isFundamental(in: 1990) == true)
    }

    // MARK: - Rules

    @Test func notRatifiedNeedsAsOf() {
        let check = Fixture.check(["ratifications.yaml": """
            - country: KZ
              instrument: C155
              status: not-ratified
              source: https://example.org/x
            """])
        #expect(Fixture.messages(check) == [
            "Indicators/ratifications.yaml:3:11: error: 'not-ratified' needs 'as_of': the year up to which a source confirms it",
        ])
    }

    @Test func ratificationTakesDateOrAsOfNotBoth() {
        let check = Fixture.check(["ratifications.yaml": """
            - country: KZ
              instrument: C087
              status: ratified
              date: 2000
              as_of: 2001
              source: https://example.org/x
            """])
        #expect(Fixture.messages(check) == [
            "Indicators/ratifications.yaml:5:10: error: a ratification takes either 'date' (the event) or 'as_of' "
            + "(ratified by then), not both\nIndicators/ratifications.yaml:4:9: note: 'date' is given here",
        ])
    }

    @Test func undatedRatificationIsRefused() {
        let check = Fixture.check(["ratifications.yaml": """
            - country: KZ
              instrument: C087
              status: ratified
              source: https://example.org/x
            """])
        #expect(Fixture.messages(check) == [
            "Indicators/ratifications.yaml:3:11: error: a ratification needs 'date' (when it was registered) or 'as_of' "
            + "(the year by which a source confirms it); unknown stays unknown, so leave the pair out if neither is known",
        ])
    }

    @Test func contradictionBetweenFacts() {
        let check = Fixture.check(["ratifications.yaml": Fixture.ratifications + """

            - country: KZ
              instrument: C087
              status: not-ratified
              as_of: 2005
              source: https://example.org/stale-page
            """])
        #expect(Fixture.messages(check) == [
            "Indicators/ratifications.yaml:6:3: error: KZ × C087 is recorded as not ratified as of 2005, but another "
            + "entry has it ratified by then\nIndicators/ratifications.yaml:1:3: note: the ratification",
        ])
    }

    @Test func twoRatificationDates() {
        let check = Fixture.check(["ratifications.yaml": Fixture.ratifications + """

            - country: KZ
              instrument: C087
              status: ratified
              date: 2001
              source: https://example.org/other
            """])
        #expect(Fixture.messages(check) == [
            "Indicators/ratifications.yaml:6:3: error: KZ × C087 is ratified on two dates (2000 and 2001) with no "
            + "event between; keep the date the source supports and mention the other in 'note'\n"
            + "Indicators/ratifications.yaml:1:3: note: the other date",
        ])
    }

    @Test func unknownInstrumentAndDateBeforeAdoption() {
        let check = Fixture.check(["ratifications.yaml": """
            - country: KZ
              instrument: C78
              status: ratified
              date: 2000
              source: https://example.org/x
            - country: KZ
              instrument: C155
              status: ratified
              date: 1975
              source: https://example.org/y
            """])
        #expect(Fixture.messages(check) == [
            "Indicators/ratifications.yaml:2:15: error: unknown instrument 'C78' (did you mean 'C087'?)",
            "Indicators/ratifications.yaml:9:9: error: 1975 is before C155 was adopted (1981)",
        ])
    }
}
