import IndicatorLibrary

/// The library's Markdown subset (read by `Markup`) rendered for one output format: Markdown output
/// keeps the text as written; HTML output escapes it and turns the emphasis into tags; Word output
/// keeps the text as written too, for `WordLayout` to turn into runs (`runs(_:)`).
enum RichText {
    static func paragraphs(_ markdown: String) -> [String] {
        Markup.paragraphs(markdown)
    }

    static func block(_ markdown: String, as format: DocumentFormat) -> String {
        let paragraphs = paragraphs(markdown)
        switch format {
        case .markdown, .docx, .pdf: return paragraphs.joined(separator: "\n\n")
        case .html: return paragraphs.map { "<p>\(emphasis($0))</p>" }.joined(separator: "\n")
        }
    }

    /// For text that sits inside a line of the layout (a list item, a heading): paragraphs, if any,
    /// are joined by a line break.
    static func inline(_ markdown: String, as format: DocumentFormat) -> String {
        let paragraphs = paragraphs(markdown)
        switch format {
        case .markdown, .docx, .pdf: return paragraphs.joined(separator: " ")
        case .html: return paragraphs.map(emphasis).joined(separator: "<br>")
        }
    }

    /// Plain text (a place, a name): escaped for HTML, as written for Markdown.
    static func plain(_ text: String, as format: DocumentFormat) -> String {
        switch format {
        case .markdown, .docx, .pdf: return text
        case .html: return escape(text)
        }
    }

    static func escape(_ text: String) -> String { Markup.escapeHTML(text) }

    /// One paragraph as escaped HTML with `**` and `*` pairs turned into `<strong>` and `<em>`.
    static func emphasis(_ paragraph: String) -> String {
        Markup.render(paragraph, text: escape, open: { "<\(tag($0))>" }, close: { "</\(tag($0))>" })
    }

    private static func tag(_ emphasis: Markup.Emphasis) -> String {
        switch emphasis {
        case .strong: return "strong"
        case .emphasis: return "em"
        }
    }
}
