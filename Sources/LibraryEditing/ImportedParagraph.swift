/// One paragraph of a document being imported, as the parser reads it: its text with the library's
/// Markdown subset (`**bold**`, `*italic*`), whether it is an item of a list, and where it stands in
/// the file (the line of a text file, the paragraph's number in a Word document).
struct ImportedParagraph: Sendable, Equatable {
    enum ListMark: Sendable, Equatable {
        /// `1.` or `1)`, written or (in Word) made by the list's numbering.
        case numbered
        /// `-`, `*` or `—` before the text.
        case bullet
    }

    let text: String
    let list: ListMark?
    let line: Int
}
