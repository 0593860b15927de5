/// The changes between two editions of a `RedactedLibrary`: made from the redacted records, so a
/// public comparison never saw a confidential one. Its properties read as the changes' own.
@dynamicMemberLookup
public struct RedactedChanges: Sendable {
    package let changes: EditionChanges
    package let redacted: RedactedLibrary
    /// The later edition is a draft: the document says so.
    public let isDraft: Bool

    package var library: Library { redacted.library }

    /// Made only by `RedactedLibrary`, from editions it has redacted.
    init(changes: EditionChanges, redacted: RedactedLibrary, isDraft: Bool = false) {
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
