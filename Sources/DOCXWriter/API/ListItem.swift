/// How a list's items are marked: numbers with a dot ("1."), numbers with a parenthesis ("1)"), or
/// bullets.
public enum ListKind: Sendable, Hashable, CaseIterable {
    case numberedWithDot
    case numberedWithParenthesis
    case bulleted

    /// The numbering's level text in WordprocessingML (`%1` is the item's number).
    var levelText: String {
        switch self {
        case .numberedWithDot: return "%1."
        case .numberedWithParenthesis: return "%1)"
        case .bulleted: return "\u{2022}"
        }
    }
}

/// One list of a document, made by `WordDocument.newList(_:)`: its numbers start at 1 whatever lists
/// came before, and Word renumbers it after an edit.
public struct ListID: Sendable, Hashable {
    let index: Int
    let kind: ListKind
}

/// A paragraph's place in a list: which list, and how deep (0 for the list's own items, 1 for the
/// items under one of them).
public struct ListItem: Sendable, Equatable {
    public let list: ListID
    public let level: Int

    public init(_ list: ListID, level: Int = 0) {
        self.list = list
        self.level = min(max(level, 0), ListItem.deepest)
    }

    /// Levels are defined to this depth.
    static let deepest = 2
}
