/// How one finding (matched by id) stands in TO compared with FROM.
public struct FindingChange: Sendable {
    public enum Kind: String, Sendable, CaseIterable {
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

    public let kind: Kind
    public let id: String
    /// Nil for a regional finding.
    public let country: String?
    /// The finding as FROM and TO record it (one of them nil for new or gone findings).
    public let before: Finding?
    public let after: Finding?
    /// What differs, for a changed or resolved finding.
    public let fields: [FieldChange]

    public init(kind: Kind, id: String, country: String?, before: Finding?, after: Finding?, fields: [FieldChange]) {
        self.kind = kind
        self.id = id
        self.country = country
        self.before = before
        self.after = after
        self.fields = fields
    }
}

/// One field that differs between two editions, with a word-level comparison for text.
public struct FieldChange: Sendable, Hashable {
    /// `status`, `kind`, `indicators`, `summary`, `text`.
    public let field: String
    public let old: String
    public let new: String
    /// Whether `old` and `new` are prose, compared word by word.
    public let isText: Bool

    public init(field: String, old: String, new: String, isText: Bool = false) {
        self.field = field
        self.old = old
        self.new = new
        self.isText = isText
    }

    /// For text fields: the word-level diff of `old` and `new`. Made when asked for, by the
    /// presentations that show it; the workbook, which shows both texts whole, never pays for it.
    public var words: [WordDiff.Piece]? {
        isText ? WordDiff.compare(old, new) : nil
    }
}
