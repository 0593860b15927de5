import Testing
@testable import IndicatorLibrary
import LibraryFixtures

/// The name rule reads what `PublicTexts` lists; the outputs print fields of the model. This walks
/// every text of a library with every field written, by reflection, and fails for a field the list
/// neither reads nor names below as never printed as free text: a field added to the model is
/// checked by default, or this test says so.
@Suite struct PublicTextsCoverageTests {
    /// Fields that hold codes the loader checks to be codes (two capital letters, a language code, a
    /// key name), what the outputs never print, and references to ids defined elsewhere.
    static let exempt: Set<String> = [
        "catalog.countries.code", "editions.meeting.languages", "editions.meeting.participants",
        "editions.meeting.appeals", "editions.meeting.narrative.country",
        "editions.countries.country", "ratifications.facts.country", "ratifications.facts.instrument",
        "ratifications.byPair.country", "ratifications.byPair.instrument",
        "catalog.indicators.theme", "editions.meeting.acknowledged.name", "editions.meeting.acknowledged.reason",
        "editions.countries.acknowledged.name", "editions.countries.acknowledged.reason",
        // References, read where the id they name is defined (the checker makes sure it is).
        "editions.countries.findings.indicators", "editions.countries.findings.groups",
        "editions.meeting.findings.indicators", "editions.meeting.findings.groups",
        "editions.countries.recommendations.findings", "editions.countries.values.indicator",
        "editions.findings.indicators", "editions.findings.groups", "editions.recommendations.findings",
    ]

    static let meeting = """
        edition: 5
        event: Coordination Meeting
        mission: International Labour Rights Monitoring Mission for Central Asia
        theme: Freedom of association
        place: Bishkek
        date: 2021-12-07
        language: en
        participants: [KZ, KG]
        opening: The participants note that the situation remains alarming.
        narrative:
          - text: In the region, unions are under pressure.
          - country: KZ
        appeals_intro: The participants appeal to
        appeals: [KZ]
        intentions_intro: The participants
        intentions: [Meet again next year.]
        calls:
          - to: the ILO
            text: to follow the situation.
        findings:
          - id: regional-pressure
            kind: concern
            indicators: [foa.registration]
            summary: Unions across the region are under pressure.
            status: ongoing
            groups: [activists]
            people: [{name: Marat Public, confidential: false, also: [Марат Паблик]}]
            sources: [{title: Regional report, url: "https://example.org/regional"}]
        sources: [{title: Final Document 2021, url: "https://example.org/fd-2021"}]
        partial: true
        partial_note: Only part of the document is known.
        acknowledged: [{name: Someone Else, reason: not used}]
        """

    static let kazakhstan = """
        country: KZ
        addressee: the Government of Kazakhstan
        situation: In **Kazakhstan**, activists remain under pressure.
        findings:
          - id: kz-union-deregistered
            kind: violation
            indicators: [foa.registration]
            summary: The authorities de-registered the union.
            status: ongoing
            groups: [women]
            people: [{name: Dana Public, confidential: false}]
            sources: [{title: Final Document 2021, url: "https://example.org/kz"}]
        recommendations:
          - id: kz-reregister-union
            text: Re-register the union.
            findings: [kz-union-deregistered]
        values:
          foa.conflicts: {value: 55, source: Union records}
        acknowledged: [{name: Someone Else, reason: not used}]
        """

    static let ratifications = Fixture.ratifications + "\n  note: Inferred from the ILO's list.\n"

    @Test func everyTextOfTheModelIsReadOrExempt() throws {
        let check = Fixture.check(["2021/meeting.yaml": Self.meeting, "2021/KZ.yaml": Self.kazakhstan,
                                   "ratifications.yaml": Self.ratifications])
        #expect(check.errors.isEmpty, "\(Fixture.messages(check))")
        let library = try #require(check.library)
        var read: Set<IndicatorLibrary.SourceLocation> = []
        PublicTexts(library: library).forEach { read.insert($0.location) }
        var seen: Set<String> = []
        var missed: [String] = []
        ModelTexts.forEach(in: library) { path, location, _ in
            let field = path.filter { !$0.hasPrefix("_") && $0 != "storage" && $0 != "some" && $0 != "value"
                && $0 != "translated" && $0 != "plain" }.joined(separator: ".")
            seen.insert(field)
            if !read.contains(location) && !Self.exempt.contains(field) { missed.append("\(field) at \(location)") }
        }
        #expect(missed.isEmpty, "fields printed by outputs that the confidentiality rules do not read: \(missed)")
        // The fixture writes every field: each exempt one, and the texts the list reads, were met.
        #expect(Self.exempt.subtracting(seen).isEmpty, "not met: \(Self.exempt.subtracting(seen).sorted())")
        for field in ["editions.meeting.partialNote", "editions.countries.values.source", "ratifications.facts.note",
                      "editions.meeting.findings.people.also", "editions.meeting.sources.url"] {
            #expect(seen.contains(field), "\(field) was not met: \(seen.sorted())")
        }
    }
}
