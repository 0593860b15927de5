import Foundation
import IndicatorLibrary
import SampleLibrary
import Site
import Testing

/// The site of a synthetic library of several countries, editions and series, each page written as the
/// command writes it (page by page into a stream): the same reading as the bundled library's site.
@Suite struct SampleSiteTests {
    static let pages: [String: String] = {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sample-site-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        guard (try? SampleJob(size: SampleSize(countries: 3, years: 3, findings: 30), outputFolder: folder.path).run()) != nil,
              let library = LibraryCheck.run(at: folder.path).library else { return [:] }
        var pages: [String: String] = [:]
        for page in SiteRenderer.pages(RedactedLibrary.redact(library, for: .public), documents: nil) {
            var text = ""
            page.write(into: &text)
            pages[page.path] = text
        }
        return pages
    }()

    @Test func everyPageParsesAndEveryLinkResolves() {
        #expect(Self.pages.keys.sorted() == ["countries/AA.html", "countries/AB.html", "countries/AC.html",
                                             "editions/2023.html", "editions/2024.html", "editions/2025.html", "index.html"])
        for (path, html) in Self.pages {
            #expect(html.hasSuffix("</html>\n"), "\(path) is written to its end")
            #expect(HTMLCheck.unbalancedTags(html) == [], "\(path)")
            for target in HTMLCheck.links(html) {
                let resolved = URL(fileURLWithPath: "/site/" + path).deletingLastPathComponent()
                    .appendingPathComponent(target).standardizedFileURL.path
                #expect(Self.pages[String(resolved.dropFirst("/site/".count))] != nil, "\(path) links to \(target)")
            }
        }
    }

    /// The series reach back before the first edition, and a rating is charted on its scale, its labels
    /// drawn, with its figures as a table beside the chart.
    @Test func aCountrysSeriesAreChartedOverEveryYearTheLibraryHolds() throws {
        let page = try #require(Self.pages["countries/AA.html"])
        #expect(page.contains("<h3>Sample rating civic-space.rights-rating</h3>\n<figure>\n<svg"))
        #expect(page.contains("text-anchor=\"end\">5+</text>"), "the scale's labels on the rating's axis")
        #expect(page.contains("text-anchor=\"middle\">2020</text>"), "years before the first edition (2023)")
        var rest = page[...]
        while let figure = rest.range(of: "</figure>\n") {
            #expect(rest[figure.upperBound...].hasPrefix("<table>"), "a chart without its table")
            rest = rest[figure.upperBound...]
        }
    }
}
