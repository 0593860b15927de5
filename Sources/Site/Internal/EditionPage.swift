import Foundation
import IndicatorLibrary

/// One edition: the year's story against the edition before (the changes' headline, the new and the
/// resolved findings with their summaries), and links to its documents where they are built.
struct EditionPage {
    let site: SiteContext
    let edition: Edition

    var title: String {
        "\(edition.year): \(site.text(edition.meeting.event.value)), \(site.text(edition.meeting.place.value))"
    }

    func write<Out: TextOutputStream>(into out: inout Out) {
        out.write("<h1>\(HTML.escape(title))</h1>\n<h2>\(HTML.escape(site.phrase(.siteStory)))</h2>\n")
        if let changes = site.shared.changes[edition.year] {
            out.write("<p><strong>\(HTML.escape(ChangesHeadline(changes, library: site.library, wording: site.wording, text: site.text).line))</strong></p>\n")
            list(.siteNewFindings, changes.findings.filter { $0.kind == .new }.compactMap(\.after), into: &out)
            list(.siteResolvedFindings, changes.findings.filter { $0.kind == .resolved }.compactMap(\.after), into: &out)
        } else {
            out.write("<p>\(HTML.escape(site.phrase(.siteFirstEdition)))</p>\n")
        }
        out.write("<h2>\(HTML.escape(site.phrase(.siteDocuments)))</h2>\n" + documents)
    }

    private func list<Out: TextOutputStream>(_ title: Wording.Phrase, _ findings: [Finding], into out: inout Out) {
        guard !findings.isEmpty else { return }
        out.write("<h3>\(HTML.escape(site.phrase(title))) (\(findings.count))</h3>\n<ul>\n")
        for finding in findings {
            out.write("<li>\(HTML.escape(site.countryName(finding.country))): \(HTML.escape(site.text(finding.summary.value)))</li>\n")
        }
        out.write("</ul>\n")
    }

    /// The edition's outputs that stand in the documents folder, in the page's language.
    private var documents: String {
        guard let folder = site.documents else { return "<p class=\"note\">\(HTML.escape(site.phrase(.siteNoDocuments)))</p>\n" }
        let suffix = site.language == edition.meeting.languages.first?.value ? "" : ".\(site.language)"
        let names = ["final-document\(suffix).html", "final-document\(suffix).pdf", "final-document\(suffix).docx",
                     "indicators-\(edition.year)\(suffix).xlsx"]
        let found = names.filter { FileManager.default.fileExists(atPath: "\(folder)/\(edition.year)/\($0)") }
        guard !found.isEmpty else { return "<p class=\"note\">\(HTML.escape(site.phrase(.siteNoDocuments)))</p>\n" }
        return "<ul>\n" + found.map { "<li><a href=\"../../\(edition.year)/\($0)\">\(HTML.escape($0))</a></li>\n" }.joined()
            + "</ul>\n"
    }
}
