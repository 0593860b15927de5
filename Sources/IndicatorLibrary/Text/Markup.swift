/// The Markdown subset the library's text fields are written in, read once for every output.
///
/// The format page lets a monitor write paragraphs (separated by a blank line), `**bold**` (names of
/// people and unions, as the published documents print them) and `*italic*` (titles of laws); any
/// other character is text. The document renders the emphasis as tags, the workbook (whose cells hold
/// plain text) drops the asterisks: both read the text by the same rules, here.
package enum Markup {
    package enum Emphasis: Sendable {
        case strong, emphasis
    }

    /// The paragraphs of `markdown`, each on one line: a blank line separates paragraphs; a single
    /// line break inside a paragraph is a space, as Markdown reads it.
    package static func paragraphs(_ markdown: String) -> [String] {
        var paragraphs: [String] = []
        var current: [Substring] = []
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.trimmingWhitespace()
            if trimmed.isEmpty {
                if !current.isEmpty { paragraphs.append(current.joined(separator: " ")) }
                current = []
            } else {
                current.append(trimmed)
            }
        }
        if !current.isEmpty { paragraphs.append(current.joined(separator: " ")) }
        return paragraphs
    }

    /// `markdown` as plain text: paragraphs separated by a blank line, emphasis markers removed
    /// (asterisks that open or close nothing stay, as written).
    package static func plain(_ markdown: String) -> String {
        // Most texts are one line without emphasis: nothing to read but the surrounding blanks.
        var bytes = markdown
        let plain = bytes.withUTF8 { !$0.contains(UInt8(ascii: "*")) && !$0.contains(UInt8(ascii: "\n")) }
        if plain {
            // The text itself when there is nothing to trim (a loaded text never begins or ends with
            // a blank): a copy made every time was another copy of every summary a comparison or a
            // sheet holds.
            let trimmed = markdown[...].trimmingWhitespace()
            return trimmed.startIndex == markdown.startIndex && trimmed.endIndex == markdown.endIndex
                ? markdown : String(trimmed)
        }
        return paragraphs(markdown).map { render($0, text: { $0 }, open: { _ in "" }, close: { _ in "" }) }
            .joined(separator: "\n\n")
    }

    /// One paragraph with its text passed through `text` and each `**` or `*` pair replaced by what
    /// `open` and `close` give. A delimiter opens before a non-space and closes after one; one that
    /// finds no partner stays as the asterisks that were written (through `text`).
    package static func render(_ paragraph: String, text: (String) -> String, open: (Emphasis) -> String,
                              close: (Emphasis) -> String) -> String {
        if !paragraph.utf8.contains(UInt8(ascii: "*")) { return text(paragraph) }
        let characters = Array(paragraph)
        var pieces: [String] = []
        var opened: [(piece: Int, length: Int)] = []
        var run = ""
        var index = 0
        while index < characters.count {
            guard characters[index] == "*" else {
                run.append(characters[index])
                index += 1
                continue
            }
            var end = index
            while end < characters.count, characters[end] == "*" { end += 1 }
            let length = end - index
            let before = index > 0 ? characters[index - 1] : nil
            let after = end < characters.count ? characters[end] : nil
            pieces.append(text(run))
            run = ""
            let canClose = before.map { !$0.isWhitespace } ?? false
            let canOpen = after.map { !$0.isWhitespace } ?? false
            let asterisks = String(repeating: "*", count: length)
            if length <= 2, canClose, let match = opened.lastIndex(where: { $0.length == length }) {
                let kind: Emphasis = length == 2 ? .strong : .emphasis
                pieces[opened[match].piece] = open(kind)
                pieces.append(close(kind))
                opened.removeSubrange(match...)
            } else if length <= 2, canOpen {
                opened.append((pieces.count, length))
                pieces.append(text(asterisks))
            } else {
                pieces.append(text(asterisks))
            }
            index = end
        }
        pieces.append(text(run))
        return pieces.joined()
    }

    /// Text as HTML content or an attribute value: `&`, `<`, `>` and `"` escaped, byte by byte (the
    /// document and the site escape every summary of the library); a text without them is returned as
    /// it is. The one escaping of the HTML outputs.
    package static func escapeHTML(_ text: String) -> String {
        let special: (UInt8) -> Bool = { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 }
        guard text.utf8.contains(where: special) else { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 16)
        for byte in text.utf8 {
            switch byte {
            case 0x26: bytes += Array("&amp;".utf8)
            case 0x3C: bytes += Array("&lt;".utf8)
            case 0x3E: bytes += Array("&gt;".utf8)
            case 0x22: bytes += Array("&quot;".utf8)
            default: bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

extension Substring {
    fileprivate func trimmingWhitespace() -> Substring {
        // Most texts start and end with a letter or a full stop: no character to read.
        if let first = utf8.first, let last = utf8.last, (0x21..<0x80).contains(first), (0x21..<0x80).contains(last) {
            return self
        }
        guard let first = firstIndex(where: { !$0.isWhitespace }),
              let last = lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return self[first...last]
    }
}
