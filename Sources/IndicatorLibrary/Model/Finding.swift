/// A violation, concern or progress item the mission records for a country (or the region) in an edition.
public struct Finding: Sendable, Hashable {
    public enum Kind: String, Sendable, CaseIterable {
        case violation, progress, concern
    }

    public enum Status: String, Sendable, CaseIterable {
        case ongoing, resolved
        /// Carried forward from the previous edition by `carry-forward`, not reviewed yet: `check`
        /// warns until a monitor sets it to ongoing or resolved.
        case carried

        /// Whether the matter is still open (ongoing, or carried and not reviewed).
        public var isOpen: Bool { self != .resolved }
    }

    /// Stable across editions: the same id is the same matter followed over time.
    public let id: Located<String>
    /// The country file it was written in; nil for a regional finding in `meeting.yaml`.
    public let country: String?
    public let kind: Located<Kind>
    public let indicators: [Located<String>]
    public let summary: Located<LocalizedText>
    public let status: Located<Status>
    /// The year first reported, when known from outside the library; may only be earlier than the
    /// first edition that holds the id.
    public let since: Located<Int>?
    public let groups: [Located<String>]
    public let people: [Person]
    public let sources: [Source]
    /// True: the whole finding stays out of public outputs.
    public let confidential: Located<Bool>
    public let location: SourceLocation

    public init(id: Located<String>, country: String?, kind: Located<Kind>, indicators: [Located<String>],
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
