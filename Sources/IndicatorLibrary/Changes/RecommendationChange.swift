/// How one recommendation (matched by id) stands in TO compared with FROM.
public struct RecommendationChange: Sendable {
    public enum Kind: String, Sendable, CaseIterable {
        /// Made in TO, not in FROM.
        case new
        /// Made in both, with the same text.
        case repeated
        /// Made in both, reworded (see `text`).
        case revised
        /// Made in FROM, not made in TO: recorded there as implemented or withdrawn, or absent.
        case noLongerMade = "no-longer-made"
        /// Made in FROM and absent from a partial TO: unknown, not dropped.
        case unknownInPartial = "unknown-in-partial"
    }

    public let kind: Kind
    public let id: String
    public let country: String
    public let before: Recommendation?
    public let after: Recommendation?
    /// What TO records for a recommendation it no longer makes (`implemented`, `withdrawn`); nil when
    /// TO does not hold it at all.
    public let recordedStatus: Recommendation.Status?
    /// How many editions up to TO (included) made it: 2 for one made in FROM and repeated in TO.
    public let timesMade: Int
    /// The word-level comparison of a revised text.
    public let text: FieldChange?

    public init(kind: Kind, id: String, country: String, before: Recommendation?, after: Recommendation?,
                recordedStatus: Recommendation.Status?, timesMade: Int, text: FieldChange?) {
        self.kind = kind
        self.id = id
        self.country = country
        self.before = before
        self.after = after
        self.recordedStatus = recordedStatus
        self.timesMade = timesMade
        self.text = text
    }
}
