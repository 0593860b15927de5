import IndicatorLibrary

/// The one-screen account `check` prints for a clean library.
enum SummaryText {
    /// Plain text, at most a screen per edition.
    static func render(_ summary: LibrarySummary) -> String {
        let (countries, instruments, indicators, themes, groups, ratificationFacts, editions) = (
            summary.countries, summary.instruments, summary.indicators, summary.themes, summary.groups,
            summary.ratificationFacts, summary.editions)
        var lines = ["Library: \(countries) countries, \(instruments) instruments, \(indicators) indicators in "
                     + "\(themes) themes, \(groups) groups, \(ratificationFacts) ratification facts"]
        for edition in editions {
            lines.append("")
            lines.append("\(edition.year): \(edition.title)")
            lines.append("  countries        \(edition.countries.count): \(edition.countries.joined(separator: ", "))")
            let kinds = edition.findings.counts.map { "\($0.count) \($0.name)" }.joined(separator: ", ")
            lines.append("  findings         \(edition.findings.total): \(kinds) (\(edition.regionalFindings) regional, "
                         + "\(edition.confidentialFindings) confidential)")
            let recommendations = edition.recommendationsByStanding.reduce(0) { $0 + $1.count }
            let standings = edition.recommendationsByStanding.map { "\($0.count) \($0.standing)" }
                .joined(separator: ", ")
            lines.append("  recommendations  \(recommendations)\(standings.isEmpty ? "" : ": \(standings)")")
            let cells = edition.ratificationsKnown + edition.ratificationsUnknown
            lines.append("  ratifications    \(cells) country × instrument cells in \(edition.year): "
                         + "\(edition.ratificationsKnown) known, \(edition.ratificationsUnknown) unknown")
            let fundamental = edition.ratifiedFundamental.map { "\($0.country) \($0.count)" }.joined(separator: ", ")
            lines.append("  fundamental instruments ratified in \(edition.year): \(fundamental)")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
