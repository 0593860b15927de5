import IndicatorLibrary

/// The index: every country of the latest edition with its counts, its instruments ratified and its
/// ratings, the open violations across the editions as a chart and a table, and the editions.
struct IndexPage {
    let site: SiteContext

    var title: String {
        site.phrase(.siteTitle, ["mission": site.latest.map { site.text($0.meeting.mission.value) } ?? ""])
    }

    func write<Out: TextOutputStream>(into out: inout Out) {
        guard let latest = site.latest else { return }
        out.write("<h1>\(HTML.escape(title))</h1>\n<h2>\(HTML.escape(site.phrase(.siteCountries)))</h2>\n")
        let ratings = site.library.catalog.indicators.filter { $0.kind.value == .rating }
        var header = [site.wording.phrase(Wording.WorkbookPhrase.country), site.phrase(.siteOpenViolations), site.phrase(.siteResolved),
                      site.phrase(.siteProgress), site.phrase(.siteFundamental), site.phrase(.siteMigrant)]
        header += ratings.map { site.text($0.title.value) }
        let rows = latest.countries.map { report -> [String] in
            let code = report.country.value
            let tally = FindingTally(report.findings)
            let ratified = site.library.ratificationTally(country: code, year: latest.year)
            var row = ["<a href=\"countries/\(site.file(code))\">\(HTML.escape(site.countryName(code)))</a>",
                       "\(tally.openViolations)", "\(tally.resolved)", "\(tally.progress)",
                       "\(ratified.ratifiedFundamental)", "\(ratified.ratifiedMigrant)"]
            row += ratings.map { rating in latestRating(rating, country: code) }
            return row
        }
        HTML.table(caption: "\(site.phrase(.siteCountries)), \(latest.year)", header: header, rows: rows, into: &out)
        trend(latest, into: &out)
        out.write("<h2>\(HTML.escape(site.phrase(.siteEditions)))</h2>\n<ul>\n")
        for edition in site.library.editions.reversed() {
            out.write("<li><a href=\"editions/\(site.file(String(edition.year)))\">\(edition.year): "
                + "\(HTML.escape(site.text(edition.meeting.event.value))), \(HTML.escape(site.text(edition.meeting.place.value)))</a></li>\n")
        }
        out.write("</ul>\n")
    }

    /// Open violations by edition, one line per country: a chart, and the same as a table.
    private func trend<Out: TextOutputStream>(_ latest: Edition, into out: inout Out) {
        let years = site.library.editions.map(\.year)
        let codes = latest.countries.map(\.country.value)
        let counts = Dictionary(uniqueKeysWithValues: codes.map { code in
            (code, Dictionary(uniqueKeysWithValues: site.library.editions.compactMap { edition -> (Int, Double)? in
                edition.country(code).map { (edition.year, Double(FindingTally($0.findings).openViolations)) }
            }))
        })
        let title = site.phrase(.siteTrend)
        let chart = LineChart(title: title, years: years, lines: codes.map { LineChart.Line(label: $0, values: counts[$0] ?? [:]) })
        let rows = codes.map { code in
            [HTML.escape(site.countryName(code))] + years.map { year in
                counts[code]?[year].map { LineChart.number($0) } ?? HTML.escape(site.phrase(.siteNotMonitored))
            }
        }
        out.write("<h2>\(HTML.escape(title))</h2>\n<figure>\n" + chart.svg + "<figcaption class=\"note\">"
            + HTML.escape(site.phrase(.siteChartNote)) + "</figcaption>\n</figure>\n")
        HTML.table(caption: title, header: [site.wording.phrase(Wording.WorkbookPhrase.country)] + years.map(String.init),
                   rows: rows, into: &out)
    }

    /// A rating's latest label, with its year: "4 (2022)" (the site follows the series past the last
    /// edition); an empty cell when none is known.
    private func latestRating(_ rating: Indicator, country: String) -> String {
        for candidate in site.library.years.reversed() {
            if let value = site.library.value(of: rating.id.value, country: country, year: candidate) {
                return HTML.escape("\(SiteFigures.label(value.value.value)) (\(candidate))")
            }
        }
        return ""
    }
}

/// How the site writes a figure.
enum SiteFigures {
    static func label(_ value: IndicatorValue.Quantity) -> String {
        switch value {
        case let .number(number): return IndicatorValue.written(number)
        case let .boolean(flag): return flag ? "✓" : "✗"
        case let .label(label): return label
        }
    }
}
