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
                             root: library.root),
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

/// One edition of a `RedactedLibrary`, with the library it belongs to (the renderers read earlier
/// editions and the catalog through it).
public struct RedactedEdition: Sendable {
    package let edition: Edition
    package let redacted: RedactedLibrary
    /// Built with `--draft` from an edition that is not ready to publish: every page and sheet says so.
    public let isDraft: Bool

    /// The marking a draft carries on every page and sheet.
    package static let draftMarking = "DRAFT — NOT FOR PUBLICATION"

    package var library: Library { redacted.library }
    public var audience: Audience { redacted.audience }
    public var year: Int { edition.year }

    /// What every page and sheet must say, in this order: that it is internal, that it is a draft.
    package var markings: [String] {
        (audience == .internal ? [Audience.internalMarking] : []) + (isDraft ? [Self.draftMarking] : [])
    }

    fileprivate init(edition: Edition, redacted: RedactedLibrary, isDraft: Bool = false) {
        self.edition = edition
        self.redacted = redacted
        self.isDraft = isDraft
    }

    /// The same edition, to be rendered as a draft.
    public func markedAsDraft() -> RedactedEdition {
        RedactedEdition(edition: edition, redacted: redacted, isDraft: true)
    }
}

/// The changes between two editions of a `RedactedLibrary`: made from the redacted records, so a
/// public comparison never saw a confidential one. Its properties read as the changes' own.
@dynamicMemberLookup
public struct RedactedChanges: Sendable {
    package let changes: EditionChanges
    package let redacted: RedactedLibrary
    /// The later edition is a draft: the document says so.
    public let isDraft: Bool

    package var library: Library { redacted.library }

    /// What the changes document must say of itself, as an edition's `markings`.
    package var markings: [String] {
        (redacted.audience == .internal ? [Audience.internalMarking] : []) + (isDraft ? [RedactedEdition.draftMarking] : [])
    }

    fileprivate init(changes: EditionChanges, redacted: RedactedLibrary, isDraft: Bool = false) {
        self.changes = changes
        self.redacted = redacted
        self.isDraft = isDraft
    }

    public subscript<Value>(dynamicMember path: KeyPath<EditionChanges, Value>) -> Value {
        changes[keyPath: path]
    }

    /// The same changes for one country.
    package func only(country code: String) -> RedactedChanges {
        RedactedChanges(changes: changes.only(country: code), redacted: redacted, isDraft: isDraft)
    }
}

extension Meeting {
    /// The same meeting with other regional findings.
    func replacingFindings(_ findings: [Finding]) -> Meeting {
        Meeting(edition: edition, event: event, mission: mission, theme: theme, place: place, date: date,
                online: online, language: language, participants: participants, opening: opening,
                narrative: narrative, appealsIntro: appealsIntro, appeals: appeals, intentionsIntro: intentionsIntro,
                intentions: intentions, calls: calls, findings: findings, sources: sources, partial: partial,
                partialNote: partialNote, unfilled: unfilled, acknowledged: acknowledged, file: file)
    }
}
