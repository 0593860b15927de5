import Foundation
import IndicatorLibrary

/// A YAML file as its lines, for edits that keep everything else as written: comments, blank lines,
/// block scalars, key order. It knows the shape of the library's files only as far as a top-level
/// mapping whose values may be block lists; the positions of the items come from the loaded model.
struct YAMLLines {
    /// Without their line breaks.
    private(set) var lines: [String]

    init(_ text: String) {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        self.lines = lines
    }

    /// One top-level key's lines: the comments written directly above it, its line, and everything up
    /// to the next such block.
    struct Block {
        let key: String
        /// 0-based line indices.
        let lines: Range<Int>
        /// The key's own line.
        let keyLine: Int
    }

    /// The top-level blocks in file order.
    var blocks: [Block] {
        var starts: [(key: String, keyLine: Int, start: Int)] = []
        for (index, line) in lines.enumerated() {
            guard let key = Self.topLevelKey(line) else { continue }
            var start = index
            while start > 0, lines[start - 1].hasPrefix("#") { start -= 1 }
            starts.append((key, index, start))
        }
        return starts.enumerated().map { offset, entry in
            let end = offset + 1 < starts.count ? starts[offset + 1].start : lines.count
            return Block(key: entry.key, lines: entry.start..<end, keyLine: entry.keyLine)
        }
    }

    func block(_ key: String) -> Block? {
        blocks.first { $0.key == key }
    }

    /// The block's lines without the blank lines that end it.
    func text(of block: Block) -> [String] {
        var end = block.lines.upperBound
        while end > block.lines.lowerBound, lines[end - 1].trimmingCharacters(in: .whitespaces).isEmpty { end -= 1 }
        return Array(lines[block.lines.lowerBound..<end])
    }

    /// The lines of each item of a block list, for the items starting at `itemLines` (1-based, as the
    /// model's locations count them; the line of the item's first key). An item runs from its dash
    /// (with the comments directly above it) to the next item or the end of the block.
    func items(in block: Block, at itemLines: [Int]) -> [Range<Int>] {
        let starts = itemLines.map { line -> Int in
            var dash = line - 1
            while dash > block.keyLine, !lines[dash].trimmingCharacters(in: .whitespaces).hasPrefix("-") { dash -= 1 }
            while dash - 1 > block.keyLine, lines[dash - 1].trimmingCharacters(in: .whitespaces).hasPrefix("#") {
                dash -= 1
            }
            return dash
        }
        return starts.enumerated().map { offset, start in
            let end = offset + 1 < starts.count ? starts[offset + 1] : block.lines.upperBound
            return start..<end
        }
    }

    /// Where a value written at `line`:`column` (1-based, columns in Unicode scalars) ends on its line.
    func valueRange(line: Int, column: Int) -> (line: Int, start: String.Index, end: String.Index)? {
        let text = lines[line - 1]
        let scalars = text.unicodeScalars
        guard column >= 1, column - 1 <= scalars.count else { return nil }
        let start = scalars.index(scalars.startIndex, offsetBy: column - 1)
        var end = start
        var quote: Unicode.Scalar?
        if end < scalars.endIndex, scalars[end] == "\"" || scalars[end] == "'" {
            quote = scalars[end]
            end = scalars.index(after: end)
        }
        while end < scalars.endIndex {
            let scalar = scalars[end]
            if let quote {
                end = scalars.index(after: end)
                if scalar == quote { break }
                continue
            }
            if scalar == " " || scalar == "#" || scalar == "," || scalar == "}" || scalar == "]" { break }
            end = scalars.index(after: end)
        }
        return (line - 1, start, end)
    }

    /// `line` with the value written at `column` replaced by `word`.
    func replacingValue(line: Int, column: Int, with word: String) -> String? {
        guard let range = valueRange(line: line, column: column) else { return nil }
        var text = lines[range.line]
        text.replaceSubrange(range.start..<range.end, with: word)
        return text
    }

    /// The indentation of the keys of the mapping whose first key is on `line` (1-based): its spaces,
    /// and the dash's width when the item's dash is on that line.
    func keyIndent(ofLine line: Int) -> String {
        String(repeating: " ", count: Self.keyPrefix(of: lines[line - 1]).count)
    }

    /// What stands before a mapping's key on its line: the indentation, and the item's dash when the
    /// key is the item's first.
    static func keyPrefix(of line: String) -> Substring {
        var rest = Substring(line).drop { $0 == " " }
        if rest.hasPrefix("- ") { rest = rest.dropFirst(2).drop { $0 == " " } }
        return line.prefix(line.count - rest.count)
    }

    /// A top-level key line's key (`findings` in `findings:`), or nil for any other line.
    private static func topLevelKey(_ line: String) -> String? {
        guard let first = line.first, first != " ", first != "#", first != "-", first != "\t",
              !line.hasPrefix("---"), !line.hasPrefix("..."), let colon = line.firstIndex(of: ":") else { return nil }
        return String(line[..<colon]).trimmingCharacters(in: CharacterSet(charactersIn: "\"' "))
    }
}
