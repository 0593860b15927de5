/// A paragraph of a Word document: a style by the name Word shows ("Body Text", "List Number"),
/// the runs of text in it, and, for a list item, its place in a list.
public struct Paragraph: Sendable, Equatable {
    /// The paragraph style's name as the styles pane shows it; the reference document must define it.
    public var style: String
    public var content: [Inline]
    /// Set for an item of a list: Word numbers it, so that an edit renumbers the list.
    public var list: ListItem?
    /// Starts a new page (an annex, a section that must open a page).
    public var pageBreakBefore: Bool
    /// Kept on the page of the paragraph after it (a heading, the line over a list).
    public var keepWithNext: Bool

    public init(style: String, _ content: [Inline], list: ListItem? = nil, pageBreakBefore: Bool = false,
                keepWithNext: Bool = false) {
        self.style = style
        self.content = content
        self.list = list
        self.pageBreakBefore = pageBreakBefore
        self.keepWithNext = keepWithNext
    }

    /// A paragraph of plain text in one style.
    public init(style: String, text: String, list: ListItem? = nil, pageBreakBefore: Bool = false,
                keepWithNext: Bool = false) {
        self.init(style: style, [.text(text)], list: list, pageBreakBefore: pageBreakBefore, keepWithNext: keepWithNext)
    }
}

/// What a paragraph holds: runs of text with their emphasis, fields Word computes, line breaks.
public enum Inline: Sendable, Equatable {
    case run(String, Emphasis)
    /// A field Word and LibreOffice compute when they lay the document out (the page number).
    case field(Field)
    case lineBreak

    /// Text without emphasis; a line feed in it is a line break.
    public static func text(_ text: String) -> Inline { .run(text, []) }
    public static func bold(_ text: String) -> Inline { .run(text, .bold) }
    public static func italic(_ text: String) -> Inline { .run(text, .italic) }
}

/// Bold and italics, alone or together.
public struct Emphasis: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let bold = Emphasis(rawValue: 1)
    public static let italic = Emphasis(rawValue: 2)
}

/// The page fields a header or footer prints.
public enum Field: String, Sendable, Equatable {
    /// This page's number.
    case page = "PAGE"
    /// How many pages the document has.
    case numberOfPages = "NUMPAGES"
}
