import IndicatorLibrary

/// One country across the editions: its findings (first reported, each edition's status, resolved
/// when), its recommendations as trackers of recommendations keep them (the number each document
/// printed, or what became of it), its ratifications, its figures by year, its findings by group and
/// by theme.
struct CountryPage {
    let site: SiteContext
    let country: String

    private var editions: [Edition] { site.library.editions }
    private var years: [String] { editions.map { String($0.year) } }

    var html: (title: String, html: String) {
        let name = site.countryName(country)
        var html = "<h1>\(HTML.escape(name))</h1>\n"
        html += section(.siteFindings, findings)
        html += section(.siteRecommendations, recommendations)
        html += section(.siteRatifications, ratifications)
        html += "<h2>\(HTML.escape(site.phrase(.siteSeries)))</h2>\n" + series
        html += section(.siteGroups, groups)
        html += section(.siteThemes, themes)
        return (name, html)
    }

    private func section(_ title: Wording.Phrase, _ table: String) -> String {
        "<h2>\(HTML.escape(site.phrase(title)))</h2>\n" + table
    }

    private var findings: String {
        var order: [String] = []
        var byId: [String: [Int: Finding]] = [:]
        for edition in editions {
            for finding in edition.country(country)?.findings ?? [] {
                if byId[finding.id.value] == nil { order.append(finding.id.value) }
                byId[finding.id.value, default: [:]][edition.year] = finding
            }
        }
        let rows = order.map { id -> [String] in
            let records = byId[id] ?? [:]
            let latest = records.keys.max().flatMap { records[$0] }
            let first = records.keys.min().map(String.init) ?? ""
            let resolved = records.keys.sorted().first { records[$0]?.status.value == .resolved }.map(String.init) ?? ""
            let summary = latest.map { site.text($0.summary.value) } ?? ""
            return ["\(HTML.escape(id))<br><span class=\"note\">\(HTML.escape(summary))</span>", first]
                + editions.map { edition in
                    guard edition.country(country) != nil else { return HTML.escape(site.phrase(.siteNotMonitored)) }
                    // Its kind too: a concern that became progress (the Kyrgyz bill vetoed) is told.
                    return records[edition.year].map {
                        HTML.escape("\(site.wording.word($0.kind.value.rawValue)), \(site.wording.word($0.status.value.rawValue))")
                    } ?? ""
                } + [resolved]
        }
        return HTML.table(caption: site.phrase(.siteFindings),
                          header: [site.phrase(.siteFinding), site.phrase(.siteFirstReported)] + years
                            + [site.phrase(.siteResolvedIn)], rows: rows)
    }

    private var recommendations: String {
        var order: [String] = []
        var byId: [String: [Int: Recommendation]] = [:]
        let numbers = site.shared.numbers
        for edition in editions {
            for recommendation in edition.country(country)?.recommendations ?? [] {
                if byId[recommendation.id.value] == nil { order.append(recommendation.id.value) }
                byId[recommendation.id.value, default: [:]][edition.year] = recommendation
            }
        }
        let rows = order.map { id -> [String] in
            let records = byId[id] ?? [:]
            let text = records.keys.max().flatMap { records[$0] }.map { site.text($0.text.value) } ?? ""
            return ["\(HTML.escape(id))<br><span class=\"note\">\(HTML.escape(text))</span>"] + editions.map { edition in
                guard let recommendation = records[edition.year] else { return "" }
                let standing = site.library.standing(of: recommendation, in: edition.year)
                var cell = site.wording.word(standing.description)
                if let number = numbers[edition.year]?[id] { cell += ", " + site.phrase(.siteNumber, ["number": "\(number)"]) }
                return HTML.escape(cell)
            }
        }
        return HTML.table(caption: site.phrase(.siteRecommendations), header: [site.phrase(.siteRecommendation)] + years,
                          rows: rows)
    }

    private var ratifications: String {
        let rows = site.library.catalog.instruments.map { instrument -> [String] in
            [HTML.escape(instrument.code.value)] + editions.map { edition in
                let status = site.library.ratifications.status(country: country, instrument: instrument.code.value,
                                                                year: edition.year)
                return HTML.escape(site.wording.word(status.rawValue))
            }
        }
        return HTML.table(caption: site.phrase(.siteRatifications), header: [site.phrase(.siteInstrument)] + years, rows: rows)
    }

    /// Each quantitative indicator with a figure for the country: a chart over every year the library
    /// holds, and its figures with their sources as a table.
    private var series: String {
        let years = site.library.years
        var html = ""
        for indicator in site.library.catalog.indicators where indicator.kind.value.isQuantitative {
            let figures = years.compactMap { year in
                site.library.value(of: indicator.id.value, country: country, year: year).map { (year, $0) }
            }
            guard !figures.isEmpty else { continue }
            let title = site.text(indicator.title.value)
            let values = Dictionary(uniqueKeysWithValues: figures.compactMap { year, value -> (Int, Double)? in
                switch value.value.value {
                case let .number(number): return indicator.kind.value == .rating
                    ? indicator.rank(of: value.value.value).map { (year, Double($0)) } : (year, number)
                case let .boolean(flag): return (year, flag ? 1 : 0)
                case .label: return indicator.rank(of: value.value.value).map { (year, Double($0)) }
                }
            })
            let chart = LineChart(title: title, years: years, lines: [LineChart.Line(label: country, values: values)],
                                  scale: indicator.kind.value == .rating ? indicator.scale.map(\.value) : [])
            html += "<h3>\(HTML.escape(title))</h3>\n<figure>\n" + chart.svg + "<figcaption class=\"note\">"
                + HTML.escape(site.phrase(.siteChartNote)) + "</figcaption>\n</figure>\n"
            html += HTML.table(caption: title, header: [site.phrase(.siteYear), site.phrase(.siteValue), site.phrase(.siteSource)],
                               rows: figures.map { year, value in
                                   [String(year), HTML.escape(SiteFigures.label(value.value.value)), HTML.escape(value.source?.value ?? "")]
                               })
        }
        return html.isEmpty ? "<p class=\"note\">\(HTML.escape(site.phrase(.siteNoSeries)))</p>\n" : html
    }

    /// The latest edition's findings of the country (a finding once per group it names).
    private var latestFindings: [Finding] { site.latest?.country(country)?.findings ?? [] }

    /// The latest edition's findings of the country by the groups they name and by kind, open and
    /// resolved: the workbook's Groups sheet for one country.
    private var groups: String {
        let year = site.latest?.year ?? 0
        let rows = site.library.groupCounts(of: latestFindings, countries: [country]).map { count in
            [HTML.escape(count.group), HTML.escape(site.wording.word(count.kind.rawValue)), "\(count.open)",
             "\(count.resolved)", "\(count.total)"]
        }
        let words = site.wording
        return HTML.table(caption: "\(site.phrase(.siteGroups)), \(year)",
                          header: [site.phrase(.siteGroup), words.phrase(Wording.WorkbookPhrase.kind),
                                   words.phrase(Wording.WorkbookPhrase.openCount),
                                   words.phrase(Wording.WorkbookPhrase.resolvedCount, ["year": "\(year)"]),
                                   words.phrase(Wording.WorkbookPhrase.totalCount)], rows: rows)
    }

    private var themes: String {
        let rows = site.library.catalog.themes.compactMap { theme -> [String]? in
            let count = latestFindings.filter { finding in
                finding.indicators.contains { site.library.catalog.indicator($0.value)?.theme.value == theme.id.value }
            }.count
            return count > 0 ? [HTML.escape(site.text(theme.title.value)), "\(count)"] : nil
        }
        return HTML.table(caption: "\(site.phrase(.siteThemes)), \(site.latest?.year ?? 0)",
                          header: [site.phrase(.siteTheme), site.phrase(.siteCount)], rows: rows)
    }
}
