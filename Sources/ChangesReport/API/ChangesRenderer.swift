import IndicatorLibrary

/// Renders a comparison for people (text, Markdown) or tools (JSON). The computation is the library's
/// `Library.changes(from:to:)`; this only words it.
public enum ChangesRenderer {
    /// `color` adds ANSI colours to the text format (for a terminal); the other formats ignore it.
    public static func render(_ changes: EditionChanges, of library: Library, as format: ChangesFormat,
                              color: Bool = false) -> String {
        let wording = ChangeWording(library: library, changes: changes)
        switch format {
        case .text: return TextChanges(wording: wording, color: color).render()
        case .markdown: return MarkdownChanges(wording: wording).render()
        case .json: return JSONChanges.render(changes, of: library)
        }
    }
}
