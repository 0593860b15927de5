/// How one recommendation (matched by id) stands in TO compared with FROM.
package struct RecommendationChange: Sendable {
    package enum Kind: String, Sendable, CaseIterable {
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

    package let kind: Kind
    package let id: String
    package let country: String
    package let before: Recommendation?
    package let after: Recommendation?
    /// What TO records for a recommendation it no longer makes (`implemented`, `withdrawn`); nil when
    /// TO does not hold it at all.
    package let recordedStatus: Recommendation.Status?
    /// How many editions up to TO (included) made it: 2 for one made in FROM and repeated in TO.
    package let timesMade: Int
    /// The word-level comparison of a revised text.
    package let text: FieldChange?
    /// The numbers the two Final Documents printed it with (nil where it was printed without one, or
    /// not printed): different when a recommendation before it was implemented or added.
    package let numbers: (from: Int?, to: Int?)

    /// Whether both documents number it, differently.
    package var isRenumbered: Bool {
        guard let from = numbers.from, let to = numbers.to else { return false }
        return from != to
    }

    /// The comparison of a revised text with the texts as `text` gives them (in an output's language);
    /// nil when the text was not revised.
    package func revisedText(text render: (LocalizedText) -> String) -> FieldChange? {
        guard let text, let before, let after else { return text }
        return FieldChange(field: text.field, old: render(before.text.value), new: render(after.text.value),
                           isText: true)
    }

    package init(kind: Kind, id: String, country: String, before: Recommendation?, after: Recommendation?,
                recordedStatus: Recommendation.Status?, timesMade: Int, text: FieldChange?,
                numbers: (from: Int?, to: Int?) = (nil, nil)) {
        self.kind = kind
        self.id = id
        self.country = country
        self.before = before
        self.after = after
        self.recordedStatus = recordedStatus
        self.timesMade = timesMade
        self.text = text
        self.numbers = numbers
    }
}
