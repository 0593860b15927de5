import Foundation
import IndicatorLibrary

/// The static site of the library across its editions (`labour-monitor site`): an index of the
/// countries, a page per country (its findings, recommendations, ratifications and figures followed
/// across the years, its counts by group and theme) and a page per edition (the year's story). Every
/// page one self-contained HTML file: no network, charts as inline SVG each with its data as a table,
/// no script; in every language of the latest edition.
public enum SiteRenderer {
    /// `library` comes redacted for its audience. `documents` is the folder the editions' outputs are
    /// built in (`Reports`), for the links from an edition's page to those that exist; nil: no links.
    public static func render(_ library: RedactedLibrary, documents: String?) -> [SitePage] {
        guard let latest = library.library.editions.last else { return [] }
        let languages = latest.meeting.languages.map(\.value)
        let shared = SiteContext.Shared(library)
        var pages: [SitePage] = []
        for language in languages {
            guard let wording = Wordings.builtIn(language) else { continue }
            let site = SiteContext(redacted: library, wording: wording, languages: languages, documents: documents,
                                   shared: shared)
            pages.append(site.page(IndexPage(site: site).html, at: "index"))
            for report in latest.countries {
                pages.append(site.page(CountryPage(site: site, country: report.country.value).html,
                                       at: "countries/\(report.country.value)"))
            }
            for edition in library.library.editions {
                pages.append(site.page(EditionPage(site: site, edition: edition).html, at: "editions/\(edition.year)"))
            }
        }
        return pages
    }
}
