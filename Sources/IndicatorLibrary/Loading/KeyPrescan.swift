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
        var blockIndent: Int?
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = Array(rawLine.unicodeScalars)
            let indent = line.prefix { $0 == " " }.count
            let isBlank = line.allSatisfy { $0 == " " || $0 == "\r" || $0 == "\t" }
            if let parent = blockIndent {
                if isBlank || indent > parent { continue }
                blockIndent = nil
            }
            if let finding = scan(line, from: indent, lineNumber: index + 1) { return finding }
            if opensBlockScalar(line) { blockIndent = indent }
        }
        return nil
    }

    private static func isSpace(_ scalar: Unicode.Scalar?) -> Bool {
        guard let scalar else { return true }
        return scalar == " " || scalar == "\t" || scalar == "\r"
    }

    /// Scans one line's tokens for `? ` in key position and for an alias followed by `:`.
    private static func scan(_ line: [Unicode.Scalar], from start: Int, lineNumber: Int) -> Finding? {
        var position = start
        var tokenStart = true
        while position < line.count {
            let scalar = line[position]
            switch scalar {
            case "#" where position == 0 || isSpace(line[position - 1]):
                return nil
            case "\"", "'":
                position = endOfQuote(line, from: position, quote: scalar)
                tokenStart = false
                continue
            case "?" where tokenStart && isSpace(position + 1 < line.count ? line[position + 1] : nil):
                return Finding(line: lineNumber, column: position + 1, isAlias: false)
            case "*" where tokenStart:
                var end = position + 1
                while end < line.count, !isSpace(line[end]), !",[]{}".unicodeScalars.contains(line[end]) { end += 1 }
                var next = end
                while next < line.count, line[next] == " " { next += 1 }
                if next < line.count, line[next] == ":",
                   next + 1 == line.count || isSpace(line[next + 1]) || ",}".unicodeScalars.contains(line[next + 1]) {
                    return Finding(line: lineNumber, column: position + 1, isAlias: true)
                }
                position = end
                tokenStart = false
                continue
            case "-" where tokenStart && isSpace(position + 1 < line.count ? line[position + 1] : nil):
                tokenStart = true
            case " ", "\t":
                break
            case "[", "{", ",":
                tokenStart = true
            default:
                tokenStart = false
            }
            position += 1
        }
        return nil
    }

    private static func endOfQuote(_ line: [Unicode.Scalar], from start: Int, quote: Unicode.Scalar) -> Int {
        var position = start + 1
        while position < line.count {
            if quote == "\"" && line[position] == "\\" { position += 2; continue }
            if line[position] == quote {
                if quote == "'" && position + 1 < line.count && line[position + 1] == "'" { position += 2; continue }
                return position + 1
            }
            position += 1
        }
        return position
    }

    /// A line whose value is a block scalar indicator: `key: |`, `- >-`, `text: |2` (a comment may follow).
    private static func opensBlockScalar(_ line: [Unicode.Scalar]) -> Bool {
        var text = String(String.UnicodeScalarView(line))
        if let comment = text.range(of: " #") { text = String(text[..<comment.lowerBound]) }
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let indicator = trimmed.split(separator: " ").last, let first = indicator.first,
              first == "|" || first == ">" else { return false }
        return indicator.dropFirst().allSatisfy { "+-0123456789".contains($0) }
    }
}
