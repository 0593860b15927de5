import IndicatorLibrary

/// The static site of the library across its editions (`labour-monitor site`): an index of the
/// countries, a page per country (its findings, recommendations, ratifications and figures followed
/// across the years, its counts by group and theme) and a page per edition (the year's story). Every
/// page one self-contained HTML file: no network, charts as inline SVG each with its data as a table,
/// no script; in every language of the latest edition.
public enum SiteRenderer {
    /// Every page of the site, each rendered when it is written. `library` comes redacted for its
    /// audience. `documents` is the folder the editions' outputs are built in (`Reports`), for the
    /// links from an edition's page to those that exist; nil: no links.
    public static func pages(_ library: RedactedLibrary, documents: String?) -> [SitePage] {
        guard let latest = library.library.editions.last else { return [] }
        let languages = latest.meeting.languages.map(\.value)
        let shared = SiteContext.Shared(library)
        var pages: [SitePage] = []
        for language in languages {
            guard let wording = Wordings.builtIn(language) else { continue }
            let site = SiteContext(redacted: library, wording: wording, languages: languages, documents: documents,
                                   shared: shared)
            pages.append(site.page(at: "index", title: IndexPage(site: site).title, .index))
            for report in latest.countries {
                let code = report.country.value
                pages.append(site.page(at: "countries/\(code)", title: CountryPage(site: site, country: code).title,
                                       .country(code)))
            }
            for edition in library.library.editions {
                pages.append(site.page(at: "editions/\(edition.year)", title: EditionPage(site: site, edition: edition).title,
                                       .edition(edition)))
            }
        }
        return pages
    }
}
