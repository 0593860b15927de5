/// Refuses markup in library texts beyond the format's own `**bold**` and `*italics*`: raw HTML
/// (tags, comments, `<https://…>` autolinks), HTML entities, Markdown images and links.
///
/// The HTML output escapes such text, but the Markdown output is read by Markdown renderers that
/// make a `<script>` or an `![image](…)` live, and an entity or a tag inside a name hides it from a
/// reader of the source while every renderer shows it. Refusing them, rather than escaping, keeps
/// one meaning for a text in every format: what the secretariat wrote is what each output shows.
struct TextMarkup {
    let bag: DiagnosticBag

    func check(_ text: PublicTexts.Text) {
        guard text.kind != .address else { return }
        // Every text is read, and almost none holds markup: the translations are listed, with their
        // languages, only for one that does.
        var holdsMarkup = false
        text.text.forEachTranslation { if !holdsMarkup, Self.problem(in: $0) != nil { holdsMarkup = true } }
        guard holdsMarkup else { return }
        for (language, translation) in text.text.translations {
            guard let problem = Self.problem(in: translation) else { continue }
            let inLanguage = text.text.translations.count > 1 ? " (\(language))" : ""
            bag.error("\(text.role)\(inLanguage) holds \(problem); library texts are Markdown with **bold** and "
                      + "*italics* only: write the words themselves, and put addresses in a source's 'url'",
                      at: text.location)
        }
    }

    /// What markup `text` holds, worded for a message; nil when none.
    static func problem(in text: String) -> String? {
        var text = text
        guard text.withUTF8({ ByteWords.contains($0, anyOf: UInt8(ascii: "<"), UInt8(ascii: "&"), UInt8(ascii: "]")) })
        else { return nil }
        let bytes = Array(text.utf8)
        for (index, byte) in bytes.enumerated() {
            let next = index + 1 < bytes.count ? bytes[index + 1] : 0
            switch byte {
            case UInt8(ascii: "<"):
                if next == UInt8(ascii: "!") { return "an HTML comment or declaration ('<!')" }
                if next == UInt8(ascii: "/") || next == UInt8(ascii: "?") || Self.isLetter(next) {
                    let tag = String(decoding: bytes[index..<min(bytes.count, index + 12)].prefix { $0 != 0x20 && $0 != 0x0A },
                                     as: UTF8.self)
                    return "raw HTML ('\(tag)')"
                }
            case UInt8(ascii: "&"):
                var end = index + 1
                if end < bytes.count, bytes[end] == UInt8(ascii: "#") { end += 1 }
                let start = end
                while end < bytes.count, Self.isLetter(bytes[end]) || (0x30...0x39).contains(bytes[end]) { end += 1 }
                if end > start, end < bytes.count, bytes[end] == UInt8(ascii: ";") {
                    return "an HTML entity ('\(String(decoding: bytes[index...end], as: UTF8.self))')"
                }
            case UInt8(ascii: "]"):
                if next == UInt8(ascii: "(") || next == UInt8(ascii: "[") { return "a Markdown link ('](')" }
            default:
                break
            }
            if byte == UInt8(ascii: "!"), next == UInt8(ascii: "[") { return "a Markdown image ('![')" }
        }
        return nil
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
    }
}
