import Foundation

/// Just enough reading of WordprocessingML to take a reference document apart: elements found by
/// their qualified name, their attributes, and their text ranges. The parts read (relationships,
/// styles, content types, the section properties) are flat and machine-written, so a scan of the
/// text serves, and the writer needs no XML library.
enum XMLScan {
    /// One element: its attributes, and where it stands in the text (start tag to end tag, included).
    struct Element {
        let attributes: [String: String]
        let range: Range<String.Index>
        /// The text between the start and end tags; empty for `<name/>`.
        let inner: Substring
    }

    /// Every `<name …>` element of `xml`, in order (not nested in one another of the same name).
    static func elements(_ name: String, in xml: Substring) -> [Element] {
        var found: [Element] = []
        var cursor = xml.startIndex
        while let start = startTag(name, in: xml, from: cursor) {
            guard let tagEnd = xml[start...].firstIndex(of: ">") else { break }
            let selfClosing = xml[xml.index(before: tagEnd)] == "/"
            let attributesText = xml[xml.index(start, offsetBy: name.count + 1)..<(selfClosing ? xml.index(before: tagEnd) : tagEnd)]
            let afterTag = xml.index(after: tagEnd)
            if selfClosing {
                found.append(Element(attributes: attributes(attributesText), range: start..<afterTag,
                                     inner: xml[afterTag..<afterTag]))
                cursor = afterTag
                continue
            }
            guard let close = xml.range(of: "</\(name)>", range: afterTag..<xml.endIndex) else { break }
            found.append(Element(attributes: attributes(attributesText), range: start..<close.upperBound,
                                 inner: xml[afterTag..<close.lowerBound]))
            cursor = close.upperBound
        }
        return found
    }

    /// Where the next start tag `<name` (followed by a space, `/` or `>`) begins.
    static func startTag(_ name: String, in xml: Substring, from: String.Index) -> String.Index? {
        var cursor = from
        while let found = xml.range(of: "<\(name)", range: cursor..<xml.endIndex) {
            if found.upperBound < xml.endIndex, " \t\r\n/>".contains(xml[found.upperBound]) { return found.lowerBound }
            cursor = found.upperBound
        }
        return nil
    }

    /// `a="1" b='2'` as a dictionary, entities in the values decoded.
    static func attributes(_ text: Substring) -> [String: String] {
        var result: [String: String] = [:]
        var rest = text[...]
        while let equals = rest.firstIndex(of: "=") {
            let name = rest[..<equals].trimmingCharacters(in: .whitespacesAndNewlines)
            var valueStart = rest.index(after: equals)
            while valueStart < rest.endIndex, " \t\r\n".contains(rest[valueStart]) { valueStart = rest.index(after: valueStart) }
            guard valueStart < rest.endIndex, rest[valueStart] == "\"" || rest[valueStart] == "'" else { break }
            let quote = rest[valueStart]
            let open = rest.index(after: valueStart)
            guard let close = rest[open...].firstIndex(of: quote) else { break }
            result[name] = unescape(rest[open..<close])
            rest = rest[rest.index(after: close)...]
        }
        return result
    }

    static func unescape(_ text: Substring) -> String {
        guard text.contains("&") else { return String(text) }
        return text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&apos;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    /// Text as element content (`&`, `<`, `>` escaped).
    static func escape(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            // Characters XML 1.0 cannot carry at all: left out rather than making a part no reader opens.
            case "\u{0}"..."\u{8}", "\u{B}", "\u{C}", "\u{E}"..."\u{1F}", "\u{FFFE}", "\u{FFFF}": continue
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }
}
