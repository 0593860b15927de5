/// How one finding (matched by id) stands in TO compared with FROM.
package struct FindingChange: Sendable {
    package enum Kind: String, Sendable, CaseIterable {
        /// In TO, not in FROM.
        case new
        /// Ongoing in FROM, recorded resolved in TO.
        case resolved
        /// Ongoing in FROM and absent from TO: no longer reported, which is not a resolution on record.
        case noLongerReported = "no-longer-reported"
        /// In FROM and absent from a partial TO: unknown, not gone.
        case unknownInPartial = "unknown-in-partial"
        /// In both, something recorded about it changed (see `fields`).
        case changed
        /// In both, the same.
        case continuing
    }

    package let kind: Kind
    package let id: String
    /// Nil for a regional finding.
    package let country: String?
    /// The finding as FROM and TO record it (one of them nil for new or gone findings).
    package let before: Finding?
    package let after: Finding?

    package init(kind: Kind, id: String, country: String?, before: Finding?, after: Finding?) {
        self.kind = kind
        self.id = id
        self.country = country
        self.before = before
        self.after = after
    }

    /// What differs, for a changed or resolved finding (nothing for the others). Worked out when
    /// asked for, by the presentation that shows it: kept for every change, the lists and their texts
    /// were the largest part of a large comparison, held beside the library it compares.
    package var fields: [FieldChange] { fields(text: Self.defaultText) }

    /// The same, with the summaries' texts as `text` gives them (in an output's language): whether the
    /// finding changed is read from the default language, what changed is shown in each.
    package func fields(text: (LocalizedText) -> String) -> [FieldChange] {
        guard let before, let after else { return [] }
        return Self.differences(before, after, text: text)
    }

    /// A text as the comparison reads it: plain, in the default language.
    static func defaultText(_ text: LocalizedText) -> String { Markup.plain(text.text) }

    static func differences(_ old: Finding, _ new: Finding,
                            text: (LocalizedText) -> String = defaultText) -> [FieldChange] {
        var fields: [FieldChange] = []
        if old.status.value != new.status.value {
            fields.append(FieldChange(field: "status", old: old.status.value.rawValue, new: new.status.value.rawValue))
        }
        if old.kind.value != new.kind.value {
            fields.append(FieldChange(field: "kind", old: old.kind.value.rawValue, new: new.kind.value.rawValue))
        }
        if !old.indicators.map(\.value).elementsEqual(new.indicators.map(\.value)) {
            fields.append(FieldChange(field: "indicators", old: old.indicators.map(\.value).joined(separator: ", "),
                                      new: new.indicators.map(\.value).joined(separator: ", ")))
        }
        if defaultText(old.summary.value) != defaultText(new.summary.value) {
            fields.append(FieldChange(field: "summary", old: text(old.summary.value), new: text(new.summary.value),
                                      isText: true))
        }
        return fields
    }
}

/// One field that differs between two editions, with a word-level comparison for text.
package struct FieldChange: Sendable, Hashable {
    /// `status`, `kind`, `indicators`, `summary`, `text`.
    package let field: String
    package let old: String
    package let new: String
    /// Whether `old` and `new` are prose, compared word by word.
    package let isText: Bool

    /// Whether `old` and `new` are codes of the library (a status, a kind), which an output prints in
    /// its language's words.
    package var holdsCodes: Bool { field == "status" || field == "kind" }

    package init(field: String, old: String, new: String, isText: Bool = false) {
        self.field = field
        self.old = old
        self.new = new
        self.isText = isText
    }

    /// For text fields: the word-level diff of `old` and `new`. Made when asked for, by the
    /// presentations that show it; the workbook, which shows both texts whole, never pays for it.
    package var words: [WordDiff.Piece]? {
        isText ? WordDiff.compare(old, new) : nil
    }
}
