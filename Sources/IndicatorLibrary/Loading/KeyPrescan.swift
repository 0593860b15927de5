import Foundation

/// Finds, before parsing, a mapping key that is an alias (`*a: x`) or an explicit complex key (`? ...`).
///
/// Yams hashes every mapping key while it builds the tree, so an alias bomb used as a key would be
/// expanded there, before any later guard could refuse it. The format's keys are plain words, so such
/// a key is an error anyway; this scan finds it in linear time on the text. It skips block scalars
/// (`|`, `>`), comments and quoted spans, so Markdown such as `**Kazakhstan**:` in a text is not mistaken
/// for a key.
enum KeyPrescan {
    struct Finding {
        let line: Int
        let column: Int
        let isAlias: Bool
    }

    static func firstNonScalarKey(in text: String) -> Finding? {
        var text = text
        return text.withUTF8 { bytes in
            var blockIndent: Int?
            var lineStart = 0
            var lineNumber = 1
            while lineStart <= bytes.count {
                var lineEnd = lineStart
                while lineEnd < bytes.count && bytes[lineEnd] != newline { lineEnd += 1 }
                let line = UnsafeBufferPointer(rebasing: bytes[lineStart..<lineEnd])
                let indent = line.prefix { $0 == space }.count
                let isBlank = line.allSatisfy { $0 == space || $0 == carriageReturn || $0 == tab }
                var skip = false
                if let parent = blockIndent {
                    if isBlank || indent > parent {
                        skip = true
                    } else {
                        blockIndent = nil
                    }
                }
                if !skip {
                    if let finding = scan(line, from: indent, lineNumber: lineNumber) { return finding }
                    if opensBlockScalar(line) { blockIndent = indent }
                }
                lineStart = lineEnd + 1
                lineNumber += 1
            }
            return nil
        }
    }

    private static let space = UInt8(ascii: " "), tab = UInt8(ascii: "\t"), carriageReturn = UInt8(ascii: "\r")
    private static let newline = UInt8(ascii: "\n")

    private static func isSpace(_ byte: UInt8?) -> Bool {
        guard let byte else { return true }
        return byte == space || byte == tab || byte == carriageReturn
    }

    private static func byte(_ line: UnsafeBufferPointer<UInt8>, _ position: Int) -> UInt8? {
        position < line.count ? line[position] : nil
    }

    /// The column of a byte, counted in Unicode scalars as libyaml counts them.
    private static func column(_ line: UnsafeBufferPointer<UInt8>, _ position: Int) -> Int {
        line[..<position].filter { $0 & 0xC0 != 0x80 }.count + 1
    }

    /// Scans one line's tokens for `? ` in key position and for an alias followed by `:`. Every byte the
    /// scan looks for is ASCII, so it reads UTF-8 bytes and counts scalars only for a column it reports.
    private static func scan(_ line: UnsafeBufferPointer<UInt8>, from start: Int, lineNumber: Int) -> Finding? {
        var position = start
        var tokenStart = true
        while position < line.count {
            let scalar = line[position]
            switch scalar {
            case UInt8(ascii: "#") where position == 0 || isSpace(line[position - 1]):
                return nil
            case UInt8(ascii: "\""), UInt8(ascii: "'"):
                position = endOfQuote(line, from: position, quote: scalar)
                tokenStart = false
                continue
            case UInt8(ascii: "?") where tokenStart && isSpace(byte(line, position + 1)):
                return Finding(line: lineNumber, column: column(line, position), isAlias: false)
            case UInt8(ascii: "*") where tokenStart:
                var end = position + 1
                while end < line.count, !isSpace(line[end]), !Self.flowPunctuation.contains(line[end]) { end += 1 }
                var next = end
                while next < line.count, line[next] == space { next += 1 }
                if next < line.count, line[next] == UInt8(ascii: ":"),
                   next + 1 == line.count || isSpace(line[next + 1]) || line[next + 1] == UInt8(ascii: ",")
                    || line[next + 1] == UInt8(ascii: "}") {
                    return Finding(line: lineNumber, column: column(line, position), isAlias: true)
                }
                position = end
                tokenStart = false
                continue
            case UInt8(ascii: "-") where tokenStart && isSpace(byte(line, position + 1)):
                tokenStart = true
            case space, tab:
                break
            case UInt8(ascii: "["), UInt8(ascii: "{"), UInt8(ascii: ","):
                tokenStart = true
            default:
                tokenStart = false
            }
            position += 1
        }
        return nil
    }

    private static let flowPunctuation: [UInt8] = Array(",[]{}".utf8)

    private static func endOfQuote(_ line: UnsafeBufferPointer<UInt8>, from start: Int, quote: UInt8) -> Int {
        var position = start + 1
        while position < line.count {
            if quote == UInt8(ascii: "\"") && line[position] == UInt8(ascii: "\\") { position += 2; continue }
            if line[position] == quote {
                if quote == UInt8(ascii: "'") && byte(line, position + 1) == UInt8(ascii: "'") { position += 2; continue }
                return position + 1
            }
            position += 1
        }
        return position
    }

    /// A line whose value is a block scalar indicator: `key: |`, `- >-`, `text: |2` (a comment may follow).
    private static func opensBlockScalar(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        var end = line.count
        for position in 0..<max(line.count - 1, 0) where line[position] == space && line[position + 1] == UInt8(ascii: "#") {
            end = position
            break
        }
        while end > 0 && isSpace(line[end - 1]) { end -= 1 }
        var start = end
        while start > 0 && line[start - 1] != space && line[start - 1] != tab { start -= 1 }
        guard start < end, line[start] == UInt8(ascii: "|") || line[start] == UInt8(ascii: ">") else { return false }
        return line[(start + 1)..<end].allSatisfy { Self.indicatorTail.contains($0) }
    }

    private static let indicatorTail: [UInt8] = Array("+-0123456789".utf8)
}
