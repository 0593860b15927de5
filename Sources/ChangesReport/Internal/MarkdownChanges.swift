/// The comparison as a Markdown document beside the Final Document: removed words struck through,
/// added words in bold.
struct MarkdownChanges {
    let wording: ChangeWording

    func render() -> String {
        var out = ""
        render(into: &out)
        return out
    }

    /// Written piece by piece as the outline's items are made: into a file, a large comparison is
    /// never held whole.
    func render<Out: TextOutputStream>(into out: inout Out) {
        let outline = ChangeOutline(wording)
        func line(_ text: String = "") {
            out.write(text)
            out.write("\n")
        }
        line("# \(outline.title)")
        line()
        if let marking = outline.marking {
            line("**\(marking)**")
            line()
        }
        line("**\(escape(outline.headline))**")
        line()
        for note in outline.notes {
            line("> **\(wording.phrase(.note))** \(escape(note))")
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
                    out.write("- ")
                    appendSpans(item.headline, to: &out)
                    out.write("\n")
                    for detail in item.details {
                        out.write("  - ")
                        appendSpans(detail, to: &out)
                        out.write("\n")
                    }
                }
                line()
            }
        }
        out.write("*\(outline.totals).*")
        if let marking = outline.marking {
            out.write("\n\n**\(marking)**")
        }
        out.write("\n")
    }

    private func appendSpans<Out: TextOutputStream>(_ spans: [ChangeOutline.Span], to out: inout Out) {
        for span in spans {
            switch span {
            case let .text(text):
                out.write(escape(text))
            case let .removed(text):
                out.write("~~")
                out.write(escape(text))
                out.write("~~")
            case let .added(text):
                out.write("**")
                out.write(escape(text))
                out.write("**")
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
