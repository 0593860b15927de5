/// The Markdown the library's text fields are written in, rendered for one output format.
///
/// The format page lets a monitor write paragraphs (separated by a blank line), `**bold**` (names of
/// people and unions, as the published documents print them) and `*italic*` (titles of laws). That
/// subset is what this renders; any other character is text. Markdown output keeps the text as written;
/// HTML output escapes it and turns the emphasis into tags.
enum RichText {
    /// The paragraphs of `markdown`, each on one line: a blank line separates paragraphs; a single
    /// line break inside a paragraph is a space, as Markdown reads it.
    static func paragraphs(_ markdown: String) -> [String] {
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

    static func block(_ markdown: String, as format: DocumentFormat) -> String {
        let paragraphs = paragraphs(markdown)
        switch format {
        case .markdown: return paragraphs.joined(separator: "\n\n")
        case .html: return paragraphs.map { "<p>\(emphasis($0))</p>" }.joined(separator: "\n")
        }
    }

    /// For text that sits inside a line of the layout (a list item, a heading): paragraphs, if any,
    /// are joined by a line break.
    static func inline(_ markdown: String, as format: DocumentFormat) -> String {
        let paragraphs = paragraphs(markdown)
        switch format {
        case .markdown: return paragraphs.joined(separator: " ")
        case .html: return paragraphs.map(emphasis).joined(separator: "<br>")
        }
    }

    /// Plain text (a place, a name): escaped for HTML, as written for Markdown.
    static func plain(_ text: String, as format: DocumentFormat) -> String {
        switch format {
        case .markdown: return text
        case .html: return escape(text)
        }
    }

    static func escape(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            default: escaped.append(character)
            }
        }
        return escaped
    }

    /// One paragraph as escaped HTML with `**` and `*` pairs turned into `<strong>` and `<em>`.
    /// A delimiter opens before a non-space and closes after one; one that finds no partner stays
    /// as the asterisks that were written.
    static func emphasis(_ paragraph: String) -> String {
        let characters = Array(paragraph)
        var pieces: [String] = []
        var open: [(piece: Int, length: Int)] = []
        var text = ""
        var index = 0
        while index < characters.count {
            guard characters[index] == "*" else {
                text.append(characters[index])
                index += 1
                continue
            }
            var end = index
            while end < characters.count, characters[end] == "*" { end += 1 }
            let length = end - index
            let before = index > 0 ? characters[index - 1] : nil
            let after = end < characters.count ? characters[end] : nil
            pieces.append(escape(text))
            text = ""
            let canClose = before.map { !$0.isWhitespace } ?? false
            let canOpen = after.map { !$0.isWhitespace } ?? false
            let run = String(repeating: "*", count: length)
            if length <= 2, canClose, let match = open.lastIndex(where: { $0.length == length }) {
                let tag = length == 2 ? "strong" : "em"
                pieces[open[match].piece] = "<\(tag)>"
                pieces.append("</\(tag)>")
                open.removeSubrange(match...)
            } else if length <= 2, canOpen {
                open.append((pieces.count, length))
                pieces.append(run)
            } else {
                pieces.append(run)
            }
            index = end
        }
        pieces.append(escape(text))
        return pieces.joined()
    }
}

extension Substring {
    fileprivate func trimmingWhitespace() -> Substring {
        guard let first = firstIndex(where: { !$0.isWhitespace }),
              let last = lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return self[first...last]
    }
}
