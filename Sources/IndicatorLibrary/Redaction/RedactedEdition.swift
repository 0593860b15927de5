/// One edition of a `RedactedLibrary`, with the library it belongs to (the renderers read earlier
/// editions and the catalog through it).
public struct RedactedEdition: Sendable {
    package let edition: Edition
    package let redacted: RedactedLibrary
    /// Built with `--draft` from an edition that is not ready to publish: every page and sheet says so.
    public let isDraft: Bool

    package var library: Library { redacted.library }
    public var audience: Audience { redacted.audience }
    public var year: Int { edition.year }

    /// Made only by `RedactedLibrary`, from an edition it has redacted.
    init(edition: Edition, redacted: RedactedLibrary, isDraft: Bool = false) {
        self.edition = edition
        self.redacted = redacted
        self.isDraft = isDraft
    }

    /// The same edition, to be rendered as a draft.
    public func markedAsDraft() -> RedactedEdition {
        RedactedEdition(edition: edition, redacted: redacted, isDraft: true)
    }
}
