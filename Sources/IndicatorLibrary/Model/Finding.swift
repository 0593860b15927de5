/// A violation, concern or progress item the mission records for a country (or the region) in an edition.
package struct Finding: Sendable, Hashable {
    package enum Kind: String, Sendable, CaseIterable {
        case violation, progress, concern
    }

    package enum Status: String, Sendable, CaseIterable {
        case ongoing, resolved
        /// Carried forward from the previous edition by `carry-forward`, not reviewed yet: `check`
        /// warns until a monitor sets it to ongoing or resolved.
        case carried

        /// Whether the matter is still open (ongoing, or carried and not reviewed).
        package var isOpen: Bool { self != .resolved }
    }

    /// Stable across editions: the same id is the same matter followed over time.
    package var id: Located<String> { storage.id }
    /// The country file it was written in; nil for a regional finding in `meeting.yaml`.
    package var country: String? { storage.country }
    package var kind: Located<Kind> { storage.kind }
    package var indicators: [Located<String>] { storage.indicators }
    package var summary: Located<LocalizedText> { storage.summary }
    package var status: Located<Status> { storage.status }
    /// The year first reported, when known from outside the library; may only be earlier than the
    /// first edition that holds the id.
    package var since: Located<Int>? { storage.since }
    package var groups: [Located<String>] { storage.groups }
    package var people: [Person] { storage.people }
    package var sources: [Source] { storage.sources }
    /// True: the whole finding stays out of public outputs.
    package var confidential: Located<Bool> { storage.confidential }
    package var location: SourceLocation { storage.location }

    /// The fields, held once: a finding is copied into every index, change and row that refers to it,
    /// and a copy of a dozen fields retained one by one was a tenth of `check`'s time on a large
    /// library. Immutable, so sharing it is a value's copy.
    private final class Storage: Sendable {
        let id: Located<String>
        let country: String?
        let kind: Located<Kind>
        let indicators: [Located<String>]
        let summary: Located<LocalizedText>
        let status: Located<Status>
        let since: Located<Int>?
        let groups: [Located<String>]
        let people: [Person]
        let sources: [Source]
        let confidential: Located<Bool>
        let location: SourceLocation

        init(id: Located<String>, country: String?, kind: Located<Kind>, indicators: [Located<String>],
             summary: Located<LocalizedText>, status: Located<Status>, since: Located<Int>?,
             groups: [Located<String>], people: [Person], sources: [Source], confidential: Located<Bool>,
             location: SourceLocation) {
            self.id = id
            self.country = country
            self.kind = kind
            self.indicators = indicators
            self.summary = summary
            self.status = status
            self.since = since
            self.groups = groups
            self.people = people
            self.sources = sources
            self.confidential = confidential
            self.location = location
        }
    }

    private let storage: Storage

    init(id: Located<String>, country: String?, kind: Located<Kind>, indicators: [Located<String>],
                summary: Located<LocalizedText>, status: Located<Status>, since: Located<Int>?,
                groups: [Located<String>], people: [Person], sources: [Source], confidential: Located<Bool>,
                location: SourceLocation) {
        storage = Storage(id: id, country: country, kind: kind, indicators: indicators, summary: summary,
                          status: status, since: since, groups: groups, people: people, sources: sources,
                          confidential: confidential, location: location)
    }

    package static func == (lhs: Finding, rhs: Finding) -> Bool {
        if lhs.storage === rhs.storage { return true }
        return lhs.id == rhs.id && lhs.country == rhs.country && lhs.kind == rhs.kind
            && lhs.indicators == rhs.indicators && lhs.summary == rhs.summary && lhs.status == rhs.status
            && lhs.since == rhs.since && lhs.groups == rhs.groups && lhs.people == rhs.people
            && lhs.sources == rhs.sources && lhs.confidential == rhs.confidential && lhs.location == rhs.location
    }

    package func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(location)
    }
}
