/// A recommendation of a country's appeal block, numbered in the order written.
package struct Recommendation: Sendable, Hashable {
    /// What the secretariat knows beyond the library. Without it, `new` or `repeated` is derived
    /// from earlier editions.
    package enum Status: String, Sendable, CaseIterable {
        case partiallyImplemented = "partially-implemented"
        case implemented
        case withdrawn
        /// Carried forward from the previous edition by `carry-forward`, not reviewed yet: still made,
        /// and `check` warns until the secretariat decides.
        case carried
    }

    /// Stable across editions.
    package let id: Located<String>
    package let country: String
    /// Markdown, as it stands in the document.
    package let text: Located<LocalizedText>
    /// The findings of the same edition that the recommendation answers.
    package let findings: [Located<String>]
    package let status: Located<Status>?
    package let since: Located<Int>?
    package let location: SourceLocation

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
