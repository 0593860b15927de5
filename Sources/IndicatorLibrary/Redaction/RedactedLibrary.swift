/// The library as one audience may read it: what every renderer receives, and the only way to get
/// an edition or its changes to a renderer.
///
/// A public one holds no confidential finding, no confidential person, and nothing derived from
/// them: a recommendation's list of the findings it answers names only those that remain, and every
/// count, first appearance ("since") or comparison made from it never saw the hidden records. Only
/// `redact(_:for:)` makes one (its initialiser is not public), so a renderer cannot be handed the
/// library as loaded by mistake: confidentiality is a type, not a comment.
public struct RedactedLibrary: Sendable {
    public let library: Library
    public let audience: Audience
    /// Per edition, the ids of the findings taken out: a comparison says nothing of a matter that
    /// either of its editions keeps confidential, not even that it appeared or went.
    private let hidden: [Int: Set<String>]

    private init(library: Library, audience: Audience, hidden: [Int: Set<String>] = [:]) {
        self.library = library
        self.audience = audience
        self.hidden = hidden
    }

    /// The library for `audience`: as loaded for an internal output, with every confidential record
    /// taken out for a public one.
    public static func redact(_ library: Library, for audience: Audience) -> RedactedLibrary {
        guard audience == .public else { return RedactedLibrary(library: library, audience: audience) }
        let editions = library.editions.map(Self.publicEdition)
        var hidden: [Int: Set<String>] = [:]
        for edition in library.editions {
            let ids = edition.findings.filter(\.confidential.value).map(\.id.value)
            if !ids.isEmpty { hidden[edition.year] = Set(ids) }
        }
        return RedactedLibrary(
            library: Library(catalog: library.catalog, ratifications: library.ratifications, editions: editions,
                             root: library.root, series: library.series),
            audience: .public, hidden: hidden)
    }

    /// The edition of `year` in this redaction.
    public func edition(_ year: Int) -> RedactedEdition? {
        library.edition(year).map { RedactedEdition(edition: $0, redacted: self) }
    }

    /// The edition of `year`, or the error that names the editions held; `data` is the folder as the
    /// user named it.
    public func edition(_ year: Int, in data: String) throws(MissingEdition) -> RedactedEdition {
        RedactedEdition(edition: try library.edition(year, in: data), redacted: self)
    }

    /// What changed between two editions of this redaction, marked for its audience.
    public func changes(from old: RedactedEdition, to new: RedactedEdition) -> RedactedChanges {
        let hiddenIDs = (hidden[old.year] ?? []).union(hidden[new.year] ?? [])
        return RedactedChanges(changes: library.changes(from: old.edition, to: new.edition)
            .visible(to: audience, leavingOut: hiddenIDs), redacted: self, isDraft: new.isDraft)
    }

    private static func publicEdition(_ edition: Edition) -> Edition {
        let meeting = edition.meeting
        let regional = meeting.findings.compactMap(publicFinding)
        let countries = edition.countries.map { report in
            let findings = report.findings.compactMap(publicFinding)
            let kept = Set(regional.map(\.id.value) + findings.map(\.id.value))
            let recommendations = report.recommendations.map { recommendation in
                guard recommendation.findings.contains(where: { !kept.contains($0.value) }) else { return recommendation }
                return Recommendation(id: recommendation.id, country: recommendation.country, text: recommendation.text,
                                      findings: recommendation.findings.filter { kept.contains($0.value) },
                                      status: recommendation.status, since: recommendation.since,
                                      location: recommendation.location)
            }
            return CountryReport(country: report.country, addressee: report.addressee, situation: report.situation,
                                 numbered: report.numbered, findings: findings, recommendations: recommendations,
                                 values: report.values, acknowledged: report.acknowledged, file: report.file)
        }
        return Edition(year: edition.year, meeting: meeting.replacingFindings(regional), countries: countries,
                       folder: edition.folder)
    }

    /// The finding without its confidential people, or nil when the whole finding is confidential.
    private static func publicFinding(_ finding: Finding) -> Finding? {
        guard !finding.confidential.value else { return nil }
        guard finding.people.contains(where: \.confidential.value) else { return finding }
        return Finding(id: finding.id, country: finding.country, kind: finding.kind, indicators: finding.indicators,
                       summary: finding.summary, status: finding.status, since: finding.since, groups: finding.groups,
                       people: finding.people.filter { !$0.confidential.value }, sources: finding.sources,
                       confidential: finding.confidential, location: finding.location)
    }
}

extension Meeting {
    /// The same meeting with other regional findings.
    func replacingFindings(_ findings: [Finding]) -> Meeting {
        replacing(narrative: narrative, appeals: appeals, findings: findings)
    }

    /// The same meeting with other narrative blocks, appeals and regional findings (a one-country extract).
    func replacing(narrative: [NarrativeBlock], appeals: [Located<String>], findings: [Finding]) -> Meeting {
        Meeting(edition: edition, event: event, mission: mission, theme: theme, place: place, date: date,
                online: online, languages: languages, unofficialLanguages: unofficialLanguages,
                missionInHeading: missionInHeading, ordinal: ordinal, participants: participants, opening: opening,
                narrative: narrative, appealsIntro: appealsIntro, appeals: appeals, intentionsIntro: intentionsIntro,
                intentions: intentions, calls: calls, findings: findings, sources: sources, partial: partial,
                partialNote: partialNote, unfilled: unfilled, acknowledged: acknowledged, file: file)
    }
}
