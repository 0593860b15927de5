import Foundation

/// A printed page's header or footer: text at the left, the centre and the right, with the page's
/// number and the number of pages where a reader expects them.
public struct PrintedLine: Sendable, Equatable {
    public enum Piece: Sendable, Equatable {
        case text(String)
        case pageNumber
        case numberOfPages
        /// The sheet's name, so that a page of the printout says which sheet it belongs to.
        case sheetName
    }

    public var left: [Piece]
    public var center: [Piece]
    public var right: [Piece]

    public init(left: [Piece] = [], center: [Piece] = [], right: [Piece] = []) {
        self.left = left
        self.center = center
        self.right = right
    }

    var isEmpty: Bool { left.isEmpty && center.isEmpty && right.isEmpty }

    /// Excel's header and footer codes: `&L`, `&C`, `&R` open a section, `&P` and `&N` are the page
    /// fields, `&A` the sheet's name, `&&` is an ampersand.
    var code: String {
        var code = ""
        for (section, pieces) in [("&L", left), ("&C", center), ("&R", right)] where !pieces.isEmpty {
            code += section
            for piece in pieces {
                switch piece {
                case let .text(text): code += text.replacingOccurrences(of: "&", with: "&&")
                case .pageNumber: code += "&P"
                case .numberOfPages: code += "&N"
                case .sheetName: code += "&A"
                }
            }
        }
        return code
    }

    /// Excel's limit on a header or footer, codes included.
    static let maximumLength = 255
}
