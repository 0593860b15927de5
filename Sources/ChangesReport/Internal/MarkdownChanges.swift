/// The comparison as a Markdown document beside the Final Document: removed words struck through,
/// added words in bold.
struct MarkdownChanges {
    let wording: ChangeWording

    func render() -> String {
        let outline = ChangeOutline(wording)
        var lines = ["# \(outline.title)", ""]
        if let marking = outline.internalMarking { lines += ["**\(marking)**", ""] }
        for note in outline.notes { lines += ["> **Note.** \(escape(note))", ""] }
        for section in outline.sections {
            lines += ["## \(section.title)", ""]
            if section.groups.isEmpty { lines += [section.none, ""] }
            for group in section.groups {
                if !group.title.isEmpty { lines += ["### \(escape(group.title)) (\(group.items.count))", ""] }
                for item in group.items {
                    lines.append("- \(spans(item.headline))")
                    for detail in item.details { lines.append("  - \(spans(detail))") }
                }
                lines.append("")
            }
        }
        lines.append("*\(outline.totals).*")
        if let marking = outline.internalMarking { lines += ["", "**\(marking)**"] }
        return lines.joined(separator: "\n") + "\n"
    }

    private func spans(_ spans: [ChangeOutline.Span]) -> String {
        spans.map { span in
            switch span {
            case let .text(text): return escape(text)
            case let .removed(text): return "~~\(escape(text))~~"
            case let .added(text): return "**\(escape(text))**"
            }
        }.joined()
    }

    /// Text from the library is shown as written, not read as Markdown: characters that would start
    /// emphasis, a link or HTML are escaped.
    private func escape(_ text: String) -> String {
        // On the bytes: every character escaped is ASCII, and a changes file of a large library
        // escapes millions of characters.
        func special(_ byte: UInt8) -> Bool {
            switch byte {
            case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "["),
                 UInt8(ascii: "]"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "#"), UInt8(ascii: "|"),
                 UInt8(ascii: "~"):
                return true
            default:
                return false
            }
        }
        guard text.utf8.contains(where: special) else { return text }
        var escaped: [UInt8] = []
        escaped.reserveCapacity(text.utf8.count + 16)
        for byte in text.utf8 {
            if special(byte) { escaped.append(UInt8(ascii: "\\")) }
            escaped.append(byte)
        }
        return String(decoding: escaped, as: UTF8.self)
    }
}
