import Testing
@testable import IndicatorLibrary
import LibraryFixtures

/// The library shipped in `Indicators/`: clean, complete, and saying what its sources say.
@Suite struct BundledLibraryTests {
    let check = LibraryCheck.run(at: Fixture.bundledLibrary, shownAs: "Indicators")

    @Test func checksCleanWithoutWarnings() {
        #expect(Fixture.messages(check) == [])
    }

    @Test func the2021EditionHoldsTheWholeDocument() throws {
        let edition = try #require(check.library?.edition(2021))
        #expect(edition.meeting.edition.value == 5)
        #expect(Ordinal.word(edition.meeting.edition.value) == "Fifth")
        #expect(edition.meeting.appeals.map(\.value) == ["KZ", "KG", "TJ", "TM", "UZ"])
        let perCountry = edition.meeting.appeals.map { edition.country($0.value)?.recommendations.count ?? 0 }
        #expect(perCountry == [7, 1, 3, 1, 4])
        #expect(edition.meeting.intentions.count == 4)
        #expect(edition.meeting.calls.count == 5)
        #expect(edition.meeting.participants.map(\.value) == ["KZ", "RU", "DE", "FR", "US", "TJ", "TM", "UZ", "UA"])
        // Every recommendation answers at least one finding, and every finding has a source.
        #expect(edition.recommendations.allSatisfy { !$0.findings.isEmpty })
        #expect(edition.findings.allSatisfy { !$0.sources.isEmpty })
    }

    @Test func everyFindingIsCodedAgainstAQualitativeIndicator() throws {
        let library = try #require(check.library)
        for finding in library.editions.flatMap(\.findings) {
            #expect(!finding.indicators.isEmpty)
            #expect(finding.indicators.allSatisfy { library.catalog.indicator($0.value)?.kind.value == .qualitative })
        }
    }

    @Test func theCatalogHoldsTheMoUsInstruments() throws {
        let catalog = try #require(check.library?.catalog)
        #expect(catalog.instruments.count == 21)
        #expect(catalog.instruments.filter { $0.isFundamental(in: 2021) }.count == 9)
        #expect(catalog.instruments.filter { $0.isFundamental(in: 2022) }.count == 11)
        #expect(catalog.instrument("ICRMW")?.body.value == .un)
        #expect(Set(catalog.instruments.filter { $0.category.value == .migrant }.map(\.code.value))
                == ["C097", "C143", "ICRMW"])
    }

    @Test func ratificationsSayWhatTheSourcesSay() throws {
        let ledger = try #require(check.library?.ratifications)
        #expect(ledger.facts.count == 96)
        #expect(ledger.status(country: "KZ", instrument: "C087", year: 2021) == .ratified)
        #expect(ledger.basis(country: "KZ", instrument: "C087", year: 2021)?.date?.value.description == "2000")
        // UNKNOWN cells are left out and stay unknown.
        #expect(ledger.status(country: "KZ", instrument: "C143", year: 2021) == .unknown)
        // Inferred "not ratified" holds up to its as_of year only.
        #expect(ledger.status(country: "KZ", instrument: "P029", year: 2021) == .notRatified)
        #expect(ledger.status(country: "KZ", instrument: "P029", year: 2025) == .unknown)
        // Ratified with no year known is unknown before the year a source confirms it.
        #expect(ledger.status(country: "TJ", instrument: "C100", year: 2019) == .unknown)
        #expect(ledger.status(country: "TJ", instrument: "C100", year: 2021) == .ratified)
        #expect(ledger.status(country: "KG", instrument: "C190", year: 2023) == .notRatified)
        #expect(ledger.status(country: "KG", instrument: "C190", year: 2024) == .ratified)
        #expect(ledger.facts.filter { $0.date == nil }.allSatisfy { $0.asOf != nil && $0.note != nil })
    }

    @Test func fundamentalCountsDifferBetween2021And2022() throws {
        let library = try #require(check.library)
        func fundamentalRatified(_ country: String, _ year: Int) -> Int {
            library.catalog.instruments.filter {
                $0.isFundamental(in: year)
                    && library.ratifications.status(country: country, instrument: $0.code.value, year: year) == .ratified
            }.count
        }
        #expect(fundamentalRatified("KZ", 2021) == 8)
        #expect(fundamentalRatified("KZ", 2022) == 10)
    }

    @Test func recommendationsOfTheFirstEditionAreNew() throws {
        let library = try #require(check.library)
        let edition = try #require(library.edition(2021))
        #expect(edition.recommendations.allSatisfy { library.standing(of: $0, in: 2021) == .new })
    }

    @Test func theSummaryCountsWhatTheEditionHolds() throws {
        let summary = LibrarySummary(try #require(check.library))
        let edition = try #require(summary.editions.last)
        #expect(edition.title == "Fifth Coordination Meeting, Bishkek, 2021-12-07")
        #expect(edition.recommendationsByStanding.map(\.standing) == ["new"])
        #expect(edition.recommendationsByStanding.map(\.count) == [16])
    }
}
