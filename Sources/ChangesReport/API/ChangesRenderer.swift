import Foundation
import IndicatorLibrary
import OutputFiles

/// Renders a comparison for people (text, Markdown) or tools (JSON). The computation is the library's
/// `Library.changes(from:to:)`; this only words it.
public enum ChangesRenderer {
    /// `color` adds ANSI colours to the text format (for a terminal); the other formats ignore it.
    /// The changes come redacted for their audience: the presentation prints what it is given.
    public static func render(_ redacted: RedactedChanges, as format: ChangesFormat, color: Bool = false) -> String {
        var text = ""
        write(redacted, as: format, color: color, into: &text)
        return text
    }

    /// The same, written into `out` piece by piece as it is made: a large comparison is never held
    /// whole.
    public static func write<Out: TextOutputStream>(_ redacted: RedactedChanges, as format: ChangesFormat,
                                                    color: Bool = false, into out: inout Out) {
        let wording = ChangeWording(library: redacted.library, changes: redacted.changes, markings: redacted.markings)
        switch format {
        case .text: TextChanges(wording: wording, color: color).render(into: &out)
        case .markdown: MarkdownChanges(wording: wording).render(into: &out)
        case .json: JSONChanges.render(redacted.changes, of: redacted.library, into: &out)
        }
    }

    /// The document in `format`, written into a temporary file beside `url` as it is made, for
    /// `AtomicFiles.write(_:staged:)` to put in place with the other outputs. Nothing is left behind
    /// when it throws.
    public static func stage(_ redacted: RedactedChanges, as format: ChangesFormat, at url: URL)
        throws(OutputError) -> AtomicFiles.Staged {
        var file = try StagedTextFile(url: url)
        write(redacted, as: format, into: &file)
        return try file.finish()
    }
}
