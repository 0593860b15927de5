/// The comparison as a Markdown document beside the Final Document: removed words struck through,
/// added words in bold.
struct MarkdownChanges {
    let wording: ChangeWording

    func render() -> String {
        // Written into one string as it goes: for a large library a list of lines joined at the end
        // held the document twice.
        let outline = ChangeOutline(wording)
        var out = ""
        func line(_ text: String = "") {
            out += text
            out += "\n"
        }
        line("# \(outline.title)")
        line()
        if let marking = outline.internalMarking {
            line("**\(marking)**")
            line()
        }
        for note in outline.notes {
            line("> **Note.** \(escape(note))")
            line()
        }
        for section in outline.sections {
            line("## \(section.title)")
            line()
            if section.groups.isEmpty {
                line(section.none)
                line()
            }
            for group in section.groups {
                if !group.title.isEmpty {
                    line("### \(escape(group.title)) (\(group.items.count))")
                    line()
                }
                for item in group.items {
                    out += "- "
                    appendSpans(item.headline, to: &out)
                    out += "\n"
                    for detail in item.details {
                        out += "  - "
                        appendSpans(detail, to: &out)
                        out += "\n"
                    }
                }
                line()
            }
        }
        out += "*\(outline.totals).*"
        if let marking = outline.internalMarking {
            out += "\n\n**\(marking)**"
        }
        return out + "\n"
    }

    private func appendSpans(_ spans: [ChangeOutline.Span], to out: inout String) {
        for span in spans {
            switch span {
            case let .text(text): out += escape(text)
            case let .removed(text): out += "~~\(escape(text))~~"
            case let .added(text): out += "**\(escape(text))**"
            }
        }
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
