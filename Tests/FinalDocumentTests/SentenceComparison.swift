import Foundation

/// "Every sentence of the original is present, in the original order": the measure the reference test
/// applies to a generated document.
struct SentenceComparison {
    let found: Int
    let missing: [String]
    var total: Int { found + missing.count }
    var coverage: Double { total == 0 ? 1 : Double(found) / Double(total) }

    /// Whitespace collapsed, Markdown emphasis (`**`, `*`) removed: layout is not content.
    static func normalise(_ text: String) -> String {
        text.replacingOccurrences(of: "*", with: "")
            .split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// The original's sentences: each line, cut after `.`, `!` or `?` followed by a space.
    static func sentences(of original: String, dropListMarkers: Bool = false) -> [String] {
        var sentences: [String] = []
        for line in original.split(whereSeparator: \.isNewline) {
            var text = normalise(String(line))
            if dropListMarkers {
                text = text.replacingOccurrences(of: #"^(- )?(\d+[.)] )?"#, with: "", options: .regularExpression)
            }
            var current = ""
            let characters = Array(text)
            for (index, character) in characters.enumerated() {
                current.append(character)
                let next = index + 1 < characters.count ? characters[index + 1] : nil
                if ".!?".contains(character), next == " " {
                    sentences.append(current.trimmingCharacters(in: .whitespaces))
                    current = ""
                }
            }
            let rest = current.trimmingCharacters(in: .whitespaces)
            if !rest.isEmpty { sentences.append(rest) }
        }
        return sentences
    }

    /// Looks for each sentence of `original` in `generated` after the place the previous one was found.
    init(original: [String], generated: String, caseInsensitive: Bool = false) {
        let haystack = Self.normalise(generated)
        var cursor = haystack.startIndex
        var found = 0
        var missing: [String] = []
        for sentence in original {
            let options: String.CompareOptions = caseInsensitive ? [.caseInsensitive] : []
            if let range = haystack.range(of: sentence, options: options, range: cursor..<haystack.endIndex) {
                cursor = range.upperBound
                found += 1
            } else {
                missing.append(sentence)
            }
        }
        self.found = found
        self.missing = missing
    }

    /// The text a reader sees in an HTML page: head and tags dropped, entities decoded.
    static func visibleText(ofHTML html: String) -> String {
        var text = html.replacingOccurrences(of: #"(?s)<head>.*</head>"#, with: " ", options: .regularExpression)
        text = text.replacingOccurrences(of: #"</?(strong|em|span|code)[^>]*>"#, with: "", options: .regularExpression)
        text = text.replacingOccurrences(of: #"<[^>]+>"#, with: " ", options: .regularExpression)
        for (entity, character) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&")] {
            text = text.replacingOccurrences(of: entity, with: character)
        }
        return text
    }
}
