import IndicatorLibrary
import XLSXWriter

/// One cell as a sheet layout describes it, before Excel's limits are applied.
struct SheetCell: Sendable {
    enum Value: Sendable {
        case empty
        case text(String)
        case number(Double)
        case boolean(Bool)
        /// A hyperlink showing `text`.
        case link(url: String, text: String)
    }

    /// What a cell's text came from, for the warning when Excel cannot hold all of it.
    struct Origin: Sendable {
        /// "the summary of finding 'kz-strikers-threatened'".
        let what: String
        let location: SourceLocation
    }

    var value: Value
    /// Nil: the column's style.
    var style: CellStyle?
    /// A note shown on hover (the source of a ratification or a value).
    var comment: String?
    var origin: Origin?

    init(_ value: Value, style: CellStyle? = nil, comment: String? = nil, origin: Origin? = nil) {
        self.value = value
        self.style = style
        self.comment = comment
        self.origin = origin
    }

    static let empty = SheetCell(.empty)

    /// The text a reader sees, for sizing the row.
    var shownText: String {
        switch value {
        case .empty: return ""
        case let .text(text): return text
        case let .number(number): return String(number)
        case let .boolean(flag): return flag ? "TRUE" : "FALSE"
        case let .link(_, text): return text
        }
    }

    static func text(_ text: String, style: CellStyle? = nil, origin: Origin? = nil) -> SheetCell {
        SheetCell(.text(text), style: style, origin: origin)
    }

    static func number(_ number: Int, style: CellStyle? = nil) -> SheetCell {
        SheetCell(.number(Double(number)), style: style)
    }

    /// A number when there is one; an empty cell (unknown), never a zero, when there is not.
    static func number(_ number: Int?, style: CellStyle? = nil) -> SheetCell {
        number.map { Self.number($0, style: style) } ?? .empty
    }
}
