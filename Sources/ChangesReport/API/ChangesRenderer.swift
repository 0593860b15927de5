import Foundation
import IndicatorLibrary
import OutputFiles

/// Renders a comparison for people (text, Markdown) or tools (JSON). The computation is the library's
/// `Library.changes(from:to:)`; this only words it.
public enum ChangesRenderer {
    /// `color` adds ANSI colours to the text format (for a terminal); the other formats ignore it.
    /// The changes come redacted for their audience: the presentation prints what it is given. In
    /// `language` (default: the later edition's first), whose words the tool must have: the checker
    /// refuses an edition in a language without them, so a language nobody declared falls to English.
    public static func render(_ redacted: RedactedChanges, as format: ChangesFormat, color: Bool = false,
                              language: String? = nil) -> String {
        var text = ""
        write(redacted, as: format, color: color, language: language, into: &text)
        return text
    }

    /// The same, written into `out` piece by piece as it is made: a large comparison is never held
    /// whole.
    public static func write<Out: TextOutputStream>(_ redacted: RedactedChanges, as format: ChangesFormat,
                                                    color: Bool = false, language: String? = nil, into out: inout Out) {
        let words = wording(redacted, language: language)
        let wording = ChangeWording(library: redacted.library, changes: redacted.changes, wording: words,
                                    markings: words.markings(audience: redacted.redacted.audience,
                                                             isDraft: redacted.isDraft))
        switch format {
        case .text: TextChanges(wording: wording, color: color).render(into: &out)
        case .markdown: MarkdownChanges(wording: wording).render(into: &out)
        case .json: JSONChanges.render(redacted.changes, of: redacted.library, wording: words, into: &out)
        }
    }

    /// The document in `format`, written into a temporary file beside `url` as it is made, for
    /// `AtomicFiles.write(_:staged:)` to put in place with the other outputs. Nothing is left behind
    /// when it throws.
    public static func stage(_ redacted: RedactedChanges, as format: ChangesFormat, language: String? = nil,
                             at url: URL) throws(OutputError) -> AtomicFiles.Staged {
        var file = try StagedTextFile(url: url)
        write(redacted, as: format, language: language, into: &file)
        return try file.finish()
    }

    /// The words of `language`, else of the later edition's first language, else English (built in,
    /// always there).
    private static func wording(_ redacted: RedactedChanges, language: String?) -> Wording {
        let first = redacted.library.edition(redacted.changes.to)?.meeting.language.value
        for candidate in [language, first, LocalizedText.defaultLanguage].compactMap({ $0 }) {
            if let wording = Wordings.builtIn(candidate) { return wording }
        }
        preconditionFailure("the tool is built without Templates/strings/en.yaml")
    }
}
