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
        var escaped = ""
        for character in text {
            if "\\`*_[]<>#|~".contains(character) { escaped.append("\\") }
            escaped.append(character)
        }
        return escaped
    }
}
