import IndicatorLibrary

/// What every page of one language shares: the library, its words, how a page names another.
struct SiteContext: Sendable {
    let redacted: RedactedLibrary
    let wording: Wording
    let languages: [String]
    let documents: String?
    /// What every page of every language reads, computed once.
    let shared: Shared

    /// The appeals' printed numbers and each edition's changes from the one before: every country page
    /// reads the first, every edition page the second, in every language.
    struct Shared: Sendable {
        /// Per edition year, recommendation id to the number its document printed.
        let numbers: [Int: [String: Int]]
        /// Per edition year, the changes from the edition before (none for the first).
        let changes: [Int: EditionChanges]

        init(_ redacted: RedactedLibrary) {
            let library = redacted.library
            var numbers: [Int: [String: Int]] = [:]
            var changes: [Int: EditionChanges] = [:]
            var earlier: Edition?
            for edition in library.editions {
                numbers[edition.year] = library.printedNumbers(in: edition)
                if let earlier, let from = redacted.edition(earlier.year), let to = redacted.edition(edition.year) {
                    changes[edition.year] = redacted.changes(from: from, to: to).changes
                }
                earlier = edition
            }
            self.numbers = numbers
            self.changes = changes
        }
    }

    var library: Library { redacted.library }
    var language: String { wording.language }
    var latest: Edition? { library.editions.last }

    func phrase(_ phrase: Wording.Phrase, _ values: KeyValuePairs<String, String> = [:]) -> String {
        wording.phrase(phrase, values)
    }

    /// A text in the page's language, as plain text, marked where it has no translation.
    func text(_ text: LocalizedText) -> String {
        Markup.plain(wording.text(text, else: LocalizedText.defaultLanguage))
    }

    /// An affected group as the page's language names it: the catalog's title, else its id.
    func groupName(_ id: String) -> String { library.catalog.groupTitle(id).map { text($0.value) } ?? id }

    func countryName(_ code: String?) -> String {
        guard let code else { return phrase(.annexRegional) }
        return library.catalog.country(code).map { text($0.name.value) } ?? code
    }

    /// The file name of a page in this language: `KZ.html`, `KZ.ru.html`.
    func file(_ name: String, language: String? = nil) -> String {
        let language = language ?? self.language
        return language == languages.first ? "\(name).html" : "\(name).\(language).html"
    }

    /// The page at `name` (under the site's folder, without language and extension), not yet rendered.
    func page(at name: String, title: String, _ body: SitePage.Body) -> SitePage {
        let file = file(String(name.split(separator: "/").last ?? ""))
        return SitePage(path: "\(name.split(separator: "/").dropLast().map { "\($0)/" }.joined())\(file)", name: name,
                        title: title, site: self, body: body)
    }

    /// The page's frame around what `body` writes: its head and style, the links to the index and to
    /// the page in the other languages, its footer.
    /// `name` is the page's as `page(at:title:_:)` took it.
    func frame<Out: TextOutputStream>(title: String, name: String, into out: inout Out, body: (inout Out) -> Void) {
        let parts = name.split(separator: "/")
        let up = String(repeating: "../", count: max(parts.count - 1, 0))
        let name = String(parts.last ?? "")
        out.write("<!DOCTYPE html>\n<html lang=\"\(language)\">\n<head>\n<meta charset=\"utf-8\">\n"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            + "<title>\(HTML.escape(title))</title>\n<style>\n\(HTML.style)</style>\n</head>\n<body>\n<nav>")
        out.write("<a href=\"\(up)\(file("index"))\">\(HTML.escape(phrase(.siteAllCountries)))</a>")
        for other in languages where other != language {
            guard let words = Wordings.builtIn(other) else { continue }
            out.write(" · <a href=\"\(file(name, language: other))\" hreflang=\"\(other)\" lang=\"\(other)\">"
                + "\(HTML.escape(words.phrase(.siteLanguage)))</a>")
        }
        out.write("</nav>\n<main>\n")
        body(&out)
        out.write("</main>\n<footer><p>\(HTML.escape(footer))</p></footer>\n</body>\n</html>\n")
    }

    private var footer: String {
        redacted.audience == .public ? phrase(.sitePublic) : wording.markings(audience: redacted.audience, isDraft: false)
            .joined(separator: " · ")
    }
}

/// HTML written by hand: text escaped, and the one style sheet every page carries inline.
enum HTML {
    static func escape(_ text: String) -> String { Markup.escapeHTML(text) }

    /// A table: a caption, a header row, rows of cells already escaped, each row written as it comes.
    static func table<Out: TextOutputStream, Rows: Sequence<[String]>>(caption: String, header: [String], rows: Rows,
                                                                        into out: inout Out) {
        out.write("<table>\n<caption>\(escape(caption))</caption>\n<thead><tr>")
        for cell in header { out.write("<th scope=\"col\">\(escape(cell))</th>") }
        out.write("</tr></thead>\n<tbody>\n")
        for row in rows {
            out.write("<tr>")
            for (index, cell) in row.enumerated() {
                out.write(index == 0 ? "<th scope=\"row\">\(cell)</th>" : "<td>\(cell)</td>")
            }
            out.write("</tr>\n")
        }
        out.write("</tbody>\n</table>\n")
    }

    static let style = """
        body { font-family: "Liberation Serif", "Times New Roman", serif; margin: 0 auto; max-width: 60rem; padding: 1rem; color: #111; }
        nav { font-size: 0.9rem; margin-bottom: 1rem; }
        table { border-collapse: collapse; margin: 0.5rem 0 1.5rem; font-size: 0.9rem; }
        caption { text-align: left; font-weight: bold; padding: 0.25rem 0; }
        th, td { border: 1px solid #999; padding: 0.2rem 0.4rem; vertical-align: top; text-align: left; }
        thead th { background: #e6e6e6; }
        figure { margin: 0.5rem 0 1.5rem; }
        svg { max-width: 100%; height: auto; }
        .note { font-style: italic; color: #444; }
        footer { margin-top: 2rem; font-size: 0.85rem; color: #444; }
        @media print { nav { display: none; } table { page-break-inside: avoid; } }

        """
}
