/// The comparison for a terminal: plain text that reads the same piped, with colour when asked.
/// Removed words are written `[-like this-]` and added ones `{+like this+}` (git's word-diff), so the
/// meaning never rests on colour alone.
struct TextChanges {
    let wording: ChangeWording
    let color: Bool

    func render() -> String {
        let outline = ChangeOutline(wording)
        var lines = [paint(outline.title, .bold), ""]
        if let marking = outline.internalMarking { lines += [paint(marking, .red), ""] }
        for note in outline.notes { lines += ["note: \(note)", ""] }
        for section in outline.sections {
            lines.append(paint(section.title, .bold))
            if section.groups.isEmpty { lines.append("  \(section.none)") }
            for group in section.groups {
                if !group.title.isEmpty { lines.append("  \(group.title) (\(group.items.count))") }
                for item in group.items {
                    lines.append("    \(mark(item.mark)) \(spans(item.headline))")
                    for detail in item.details { lines.append("        \(spans(detail))") }
                }
            }
            lines.append("")
        }
        lines.append(outline.totals)
        if let marking = outline.internalMarking { lines += ["", paint(marking, .red)] }
        return lines.joined(separator: "\n") + "\n"
    }

    private enum Colour: String {
        case bold = "1", red = "31", green = "32", yellow = "33", dim = "2"
    }

    private func paint(_ text: String, _ colour: Colour) -> String {
        color ? "\u{1B}[\(colour.rawValue)m\(text)\u{1B}[0m" : text
    }

    private func mark(_ mark: ChangeOutline.Mark) -> String {
        switch mark {
        case .added: return paint("+", .green)
        case .removed: return paint("-", .red)
        case .changed: return paint("~", .yellow)
        case .same: return paint("=", .dim)
        }
    }

    private func spans(_ spans: [ChangeOutline.Span]) -> String {
        spans.map { span in
            switch span {
            case let .text(text): return text
            case let .removed(text): return paint("[-\(text)-]", .red)
            case let .added(text): return paint("{+\(text)+}", .green)
            }
        }.joined()
    }
}
