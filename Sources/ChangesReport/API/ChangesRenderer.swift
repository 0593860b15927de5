import Foundation
import IndicatorLibrary
import OutputFiles

/// Renders a comparison for people (text, Markdown) or tools (JSON). The computation is the library's
/// `Library.changes(from:to:)`; this only words it.
public enum ChangesRenderer {
    /// `color` adds ANSI colours to the text format (for a terminal); the other formats ignore it.
    /// The changes come redacted for their audience: the presentation prints what it is given.
    public static func render(_ redacted: RedactedChanges, as format: ChangesFormat, color: Bool = false) -> String {
        let wording = ChangeWording(library: redacted.library, changes: redacted.changes)
        switch format {
        case .text: return TextChanges(wording: wording, color: color).render()
        case .markdown: return MarkdownChanges(wording: wording).render()
        case .json: return JSONChanges.render(redacted.changes, of: redacted.library)
        }
    }

    /// The Markdown document, written into a temporary file beside `url` as it is made (a large
    /// comparison is never held whole), for `AtomicFiles.write(_:staged:)` to put in place with the
    /// other outputs. Nothing is left behind when it throws.
    public static func stageMarkdown(_ redacted: RedactedChanges, at url: URL) throws(OutputError) -> AtomicFiles.Staged {
        var file = try StagedTextFile(url: url)
        MarkdownChanges(wording: ChangeWording(library: redacted.library, changes: redacted.changes)).render(into: &file)
        return try file.finish()
    }
}
