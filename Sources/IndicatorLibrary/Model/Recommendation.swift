/// A recommendation of a country's appeal block, numbered in the order written.
public struct Recommendation: Sendable, Hashable {
    /// What the secretariat knows beyond the library. Without it, `new` or `repeated` is derived
    /// from earlier editions.
    public enum Status: String, Sendable, CaseIterable {
        case partiallyImplemented = "partially-implemented"
        case implemented
        case withdrawn
        /// Carried forward from the previous edition by `carry-forward`, not reviewed yet: still made,
        /// and `check` warns until the secretariat decides.
        case carried
    }

    /// Stable across editions.
    public let id: Located<String>
    public let country: String
    /// Markdown, as it stands in the document.
    public let text: Located<LocalizedText>
    /// The findings of the same edition that the recommendation answers.
    public let findings: [Located<String>]
    public let status: Located<Status>?
    public let since: Located<Int>?
    public let location: SourceLocation

    init(id: Located<String>, country: String, text: Located<LocalizedText>, findings: [Located<String>],
                status: Located<Status>?, since: Located<Int>?, location: SourceLocation) {
        self.id = id
        self.country = country
        self.text = text
        self.findings = findings
        self.status = status
        self.since = since
        self.location = location
    }
}
