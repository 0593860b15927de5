import Foundation
import IndicatorLibrary
import LibraryFixtures
import Site
import Testing

/// The site of the bundled library, read as a browser and a reader would: every page parses, its
/// headings are in order, its links resolve, each chart has its table beside it, nothing comes from
/// the network; and the long view tells the stories the editions hold.
@Suite struct SiteTests {
    static let pages: [String: String] = {
        let check = LibraryCheck.run(at: Fixture.bundledLibrary)
        guard let library = check.library else { return [:] }
        let pages = SiteRenderer.pages(RedactedLibrary.redact(library, for: .public), documents: nil)
        return Dictionary(uniqueKeysWithValues: pages.map { ($0.path, $0.text) })
    }()

    @Test func everyPageIsThereInEachLanguage() {
        let english = Self.pages.keys.filter { !$0.contains(".ru.") }.sorted()
        #expect(english == ["countries/KG.html", "countries/KZ.html", "countries/RU.html", "countries/TJ.html",
                            "countries/TM.html", "countries/UZ.html", "editions/2019.html", "editions/2021.html", "index.html"])
        for page in english {
            let russian = page.replacingOccurrences(of: ".html", with: ".ru.html")
            #expect(Self.pages[russian]?.hasPrefix("<!DOCTYPE html>\n<html lang=\"ru\">") == true, "\(russian)")
        }
        #expect(Self.pages["index.ru.html"]?.contains("Все страны") == true)
    }

    @Test func everyPageParsesWithItsHeadingsInOrder() throws {
        for (path, html) in Self.pages {
            #expect(HTMLCheck.unbalancedTags(html) == [], "\(path)")
            let levels = HTMLCheck.headingLevels(html)
            #expect(levels.first == 1, "\(path) opens with its h1")
            for (before, after) in zip(levels, levels.dropFirst()) {
                #expect(after <= before + 1, "\(path): an h\(after) follows an h\(before)")
            }
        }
    }

    @Test func everyLinkResolvesAndNothingComesFromTheNetwork() {
        for (path, html) in Self.pages {
            for target in HTMLCheck.links(html) {
                let resolved = URL(fileURLWithPath: "/site/" + path).deletingLastPathComponent()
                    .appendingPathComponent(target).standardizedFileURL.path
                #expect(Self.pages[String(resolved.dropFirst("/site/".count))] != nil, "\(path) links to \(target)")
            }
            for remote in ["<script", "<link", "src=", "@import", "url("] {
                #expect(!html.contains(remote), "\(path) holds \(remote)")
            }
        }
    }

    @Test func everyChartHasItsDataAsATableBesideIt() {
        var charts = 0
        for (path, html) in Self.pages {
            var rest = html[...]
            while let figure = rest.range(of: "</figure>\n") {
                charts += 1
                #expect(rest[figure.upperBound...].hasPrefix("<table>"), "\(path): a chart without its table")
                rest = rest[figure.upperBound...]
            }
        }
        #expect(charts >= 4, "the index's trend in each language, and the figures of a country")
    }

    /// Kazakhstan's trade union law, a violation from 2019 to 2021, and the Kyrgyz bill, a concern in
    /// 2019 that became progress when the President vetoed it in 2021.
    @Test func theCountryPagesFollowAMatterAcrossTheEditions() throws {
        let kazakhstan = try #require(Self.pages["countries/KZ.html"])
        #expect(HTMLCheck.row("kz-trade-union-law-unamended", in: kazakhstan) == ["2019", "violation, ongoing", "violation, ongoing", ""])
        let kyrgyzstan = try #require(Self.pages["countries/KG.html"])
        #expect(HTMLCheck.row("kg-trade-union-bill", in: kyrgyzstan) == ["2019", "concern, ongoing", "progress, ongoing", ""])
        // The ITUC rating of 2022 from the series, on its scale, with its source.
        #expect(kazakhstan.contains("<tr><th scope=\"row\">2022</th><td>5</td><td>EPSU, Collective bargaining newsletter"))
        #expect(HTMLCheck.row("<a href=\"countries/KG.html\">Kyrgyzstan</a>", in: try #require(Self.pages["index.html"]))?.last
            == "4 (2022)")
    }

    @Test func anEditionsPageTellsItsYear() throws {
        let page = try #require(Self.pages["editions/2021.html"])
        #expect(page.contains("<p><strong>2019 → 2021: findings: 29 new, 3 changed, 4 no longer reported; "
                              + "recommendations: 16 new; ratifications: 2 ratified</strong></p>"))
        #expect(try #require(Self.pages["editions/2019.html"]).contains("The first edition of the library"))
    }
}

/// Just enough reading of the site's HTML for the tests.
enum HTMLCheck {
    static let void: Set<String> = ["meta", "br", "img", "hr", "input", "link"]

    static func tags(_ html: String) -> [(name: String, closing: Bool, selfClosing: Bool)] {
        let pattern = try! NSRegularExpression(pattern: "<(/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*?(/?)>")
        let text = html as NSString
        return pattern.matches(in: html, range: NSRange(location: 0, length: text.length)).map { match in
            (text.substring(with: match.range(at: 2)).lowercased(), match.range(at: 1).length > 0, match.range(at: 3).length > 0)
        }
    }

    /// The tags left open or closed out of order: empty for a page that parses.
    static func unbalancedTags(_ html: String) -> [String] {
        var open: [String] = []
        var problems: [String] = []
        for tag in tags(html.replacingOccurrences(of: "<!DOCTYPE html>", with: "")) where !void.contains(tag.name) && !tag.selfClosing {
            if tag.closing {
                if open.last == tag.name { open.removeLast() } else { problems.append("</\(tag.name)>") }
            } else {
                open.append(tag.name)
            }
        }
        return problems + open.map { "<\($0)>" }
    }

    static func headingLevels(_ html: String) -> [Int] {
        tags(html).filter { !$0.closing && $0.name.count == 2 && $0.name.hasPrefix("h") }.compactMap { Int($0.name.dropFirst()) }
    }

    static func links(_ html: String) -> [String] {
        let pattern = try! NSRegularExpression(pattern: "href=\"([^\"]+)\"")
        let text = html as NSString
        return pattern.matches(in: html, range: NSRange(location: 0, length: text.length)).map {
            text.substring(with: $0.range(at: 1))
        }
    }

    /// The cells after the row header that starts with `start`.
    static func row(_ start: String, in html: String) -> [String]? {
        guard let begin = html.range(of: "<tr><th scope=\"row\">\(start)") else { return nil }
        let row = html[begin.lowerBound...].prefix { $0 != "\n" }
        return row.components(separatedBy: "<td>").dropFirst().map { $0.components(separatedBy: "</td>")[0] }
    }
}

/// The site's counts by group are the Groups sheet's for one country: by kind, open and resolved.
@Suite struct SiteGroupTests {
    @Test func aCountrysFindingsAreCountedByGroupAndKind() throws {
        let kazakhstan = try #require(SiteTests.pages["countries/KZ.html"])
        #expect(HTMLCheck.row("activists", in: kazakhstan) == ["violation", "4", "0", "4"])
    }

    /// The Russian page names the groups as the catalog's Russian titles do.
    @Test func theRussianPageNamesTheGroupsInRussian() throws {
        let kazakhstan = try #require(SiteTests.pages["countries/KZ.ru.html"])
        #expect(HTMLCheck.row("активисты", in: kazakhstan) == ["нарушение", "4", "0", "4"])
    }
}
