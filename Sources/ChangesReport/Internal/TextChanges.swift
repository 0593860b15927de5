/// The comparison for a terminal: plain text that reads the same piped, with colour when asked.
/// Removed words are written `[-like this-]` and added ones `{+like this+}` (git's word-diff), so the
/// meaning never rests on colour alone.
struct TextChanges {
    let wording: ChangeWording
    let color: Bool

    func render() -> String {
        var out = ""
        render(into: &out)
        return out
    }

    /// Written line by line as the outline's items are made, as the Markdown is.
    func render<Out: TextOutputStream>(into out: inout Out) {
        let outline = ChangeOutline(wording)
        func line(_ text: String = "") {
            out.write(text)
            out.write("\n")
        }
        line(paint(outline.title, .bold))
        line()
        if let marking = outline.marking {
            line(paint(marking, .red))
            line()
        }
        line(outline.headline)
        line()
        for note in outline.notes {
            line("note: \(note)")
            line()
        }
        for section in outline.sections {
            line(paint(section.title, .bold))
            if section.groups.isEmpty { line("  \(section.none)") }
            for group in section.groups {
                if !group.title.isEmpty { line("  \(group.title) (\(group.items.count))") }
                for item in group.items {
                    line("    \(mark(item.mark)) \(spans(item.headline))")
                    for detail in item.details { line("        \(spans(detail))") }
                }
            }
            line()
        }
        line(outline.totals)
        if let marking = outline.marking {
            line()
            line(paint(marking, .red))
        }
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
