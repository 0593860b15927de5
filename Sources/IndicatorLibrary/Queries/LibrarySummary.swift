/// What `check` tells of a clean library: what each edition holds (the command words it).
package struct LibrarySummary: Sendable {
    package struct EditionSummary: Sendable {
        package let year: Int
        package let title: String
        package let countries: [String]
        /// Open violations, open concerns, progress, resolved: as the workbook's Summary sheet counts.
        package let findings: FindingTally
        package let regionalFindings: Int
        package let confidentialFindings: Int
        package let recommendationsByStanding: [(standing: String, count: Int)]
        package let ratificationsKnown: Int
        package let ratificationsUnknown: Int
        package let ratifiedFundamental: [(country: String, count: Int)]
    }

    package let countries: Int
    package let instruments: Int
    package let themes: Int
    package let indicators: Int
    package let groups: Int
    package let ratificationFacts: Int
    package let editions: [EditionSummary]

    package init(_ library: Library) {
        let catalog = library.catalog
        countries = catalog.countries.count
        instruments = catalog.instruments.count
        themes = catalog.themes.count
        indicators = catalog.indicators.count
        groups = catalog.groups.count
        ratificationFacts = library.ratifications.facts.count
        editions = library.editions.map { Self.summarise($0, in: library) }
    }

    private static func summarise(_ edition: Edition, in library: Library) -> EditionSummary {
        let findings = edition.findings
        let standings = edition.recommendations.map { library.standing(of: $0, in: edition.year) }
        // Counted by what is printed: standings that differ only in detail (repeated since different
        // years) are one line.
        let byStanding = Dictionary(grouping: standings) { $0.description }
            .compactMap { group in group.value.min().map { (first: $0, standing: group.key, count: group.value.count) } }
            .sorted { $0.first < $1.first }
            .map { (standing: $0.standing, count: $0.count) }
        let codes = edition.countries.map(\.country.value)
        let tallies = codes.map { library.ratificationTally(country: $0, year: edition.year) }
        let known = tallies.reduce(0) { $0 + $1.known }
        let unknown = tallies.reduce(0) { $0 + $1.unknown }
        let fundamental = zip(codes, tallies).map { ($0, $1.ratifiedFundamental) }
        let meeting = edition.meeting
        let unfilled = Set(meeting.unfilled.map(\.value))
        let place = unfilled.contains("place") ? "place not filled in" : meeting.place.value.text
        let date = unfilled.contains("date") ? "date not filled in" : meeting.date.value.description
        let title = "\(Ordinal.word(meeting.edition.value)) \(meeting.event.value.text), \(place), \(date)"
            + (meeting.partial.value ? " (partial edition)" : "")
        return EditionSummary(
            year: edition.year, title: title, countries: codes, findings: FindingTally(findings),
            regionalFindings: meeting.findings.count,
            confidentialFindings: findings.filter { $0.confidential.value }.count,
            recommendationsByStanding: byStanding, ratificationsKnown: known, ratificationsUnknown: unknown,
            ratifiedFundamental: fundamental)
    }
}
