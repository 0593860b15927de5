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

    var title: String { site.countryName(country) }

    func write<Out: TextOutputStream>(into out: inout Out) {
        out.write("<h1>\(HTML.escape(title))</h1>\n")
        let sections: [(Wording.Phrase, (inout Out) -> Void)] = [
            (.siteFindings, { findings(into: &$0) }), (.siteRecommendations, { recommendations(into: &$0) }),
            (.siteRatifications, { ratifications(into: &$0) }), (.siteSeries, { series(into: &$0) }),
            (.siteGroups, { groups(into: &$0) }), (.siteThemes, { themes(into: &$0) }),
        ]
        for (heading, write) in sections {
            out.write("<h2>\(HTML.escape(site.phrase(heading)))</h2>\n")
            write(&out)
        }
    }

    private func findings<Out: TextOutputStream>(into out: inout Out) {
        let reports = editions.map { $0.country(country) }
        let followed = FollowedItems(reports.map { $0?.findings ?? [] }, id: \.id.value)
        let notMonitored = HTML.escape(site.phrase(.siteNotMonitored))
        let rows = followed.ids.indices.lazy.map { row -> [String] in
            let columns = followed.columns(of: row)
            let summary = columns.last.flatMap { followed.item(row, in: $0) }.map { site.text($0.summary.value) } ?? ""
            let first = columns.first.map { String(editions[$0].year) } ?? ""
            let resolved = columns.first { followed.item(row, in: $0)?.status.value == .resolved }
                .map { String(editions[$0].year) } ?? ""
            return ["\(HTML.escape(followed.ids[row]))<br><span class=\"note\">\(HTML.escape(summary))</span>", first]
                + reports.indices.map { column in
                    guard reports[column] != nil else { return notMonitored }
                    // Its kind too: a concern that became progress (the Kyrgyz bill vetoed) is told.
                    return followed.item(row, in: column).map {
                        HTML.escape("\(site.wording.word($0.kind.value.rawValue)), \(site.wording.word($0.status.value.rawValue))")
                    } ?? ""
                } + [resolved]
        }
        HTML.table(caption: site.phrase(.siteFindings),
                   header: [site.phrase(.siteFinding), site.phrase(.siteFirstReported)] + years + [site.phrase(.siteResolvedIn)],
                   rows: rows, into: &out)
    }

    private func recommendations<Out: TextOutputStream>(into out: inout Out) {
        let followed = FollowedItems(editions.map { $0.country(country)?.recommendations ?? [] }, id: \.id.value)
        let numbers = editions.map { site.shared.numbers[$0.year] ?? [:] }
        let rows = followed.ids.indices.lazy.map { row -> [String] in
            let id = followed.ids[row]
            let text = followed.columns(of: row).last.flatMap { followed.item(row, in: $0) }
                .map { site.text($0.text.value) } ?? ""
            return ["\(HTML.escape(id))<br><span class=\"note\">\(HTML.escape(text))</span>"] + editions.indices.map { column in
                guard let recommendation = followed.item(row, in: column) else { return "" }
                let standing = site.library.standing(of: recommendation, in: editions[column].year)
                var cell = site.wording.word(standing.description)
                if let number = numbers[column][id] { cell += ", " + site.phrase(.siteNumber, ["number": "\(number)"]) }
                return HTML.escape(cell)
            }
        }
        HTML.table(caption: site.phrase(.siteRecommendations), header: [site.phrase(.siteRecommendation)] + years,
                   rows: rows, into: &out)
    }

    private func ratifications<Out: TextOutputStream>(into out: inout Out) {
        let rows = site.library.catalog.instruments.lazy.map { instrument -> [String] in
            [HTML.escape(instrument.code.value)] + editions.map { edition in
                let status = site.library.ratifications.status(country: country, instrument: instrument.code.value,
                                                                year: edition.year)
                return HTML.escape(site.wording.word(status.rawValue))
            }
        }
        HTML.table(caption: site.phrase(.siteRatifications), header: [site.phrase(.siteInstrument)] + years, rows: rows,
                   into: &out)
    }

    /// Each quantitative indicator with a figure for the country: a chart over every year the library
    /// holds, and its figures with their sources as a table.
    private func series<Out: TextOutputStream>(into out: inout Out) {
        let years = site.library.years
        var any = false
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
            any = true
            out.write("<h3>\(HTML.escape(title))</h3>\n<figure>\n" + chart.svg + "<figcaption class=\"note\">"
                + HTML.escape(site.phrase(.siteChartNote)) + "</figcaption>\n</figure>\n")
            HTML.table(caption: title, header: [site.phrase(.siteYear), site.phrase(.siteValue), site.phrase(.siteSource)],
                       rows: figures.map { year, value in
                           [String(year), HTML.escape(SiteFigures.label(value.value.value)), HTML.escape(value.source?.value ?? "")]
                       }, into: &out)
        }
        if !any { out.write("<p class=\"note\">\(HTML.escape(site.phrase(.siteNoSeries)))</p>\n") }
    }

    /// The latest edition's findings of the country (a finding once per group it names).
    private var latestFindings: [Finding] { site.latest?.country(country)?.findings ?? [] }

    /// The latest edition's findings of the country by the groups they name and by kind, open and
    /// resolved: the workbook's Groups sheet for one country.
    private func groups<Out: TextOutputStream>(into out: inout Out) {
        let year = site.latest?.year ?? 0
        let rows = site.library.groupCounts(of: latestFindings, countries: [country]).map { count in
            [HTML.escape(site.groupName(count.group)), HTML.escape(site.wording.word(count.kind.rawValue)), "\(count.open)",
             "\(count.resolved)", "\(count.total)"]
        }
        let words = site.wording
        HTML.table(caption: "\(site.phrase(.siteGroups)), \(year)",
                          header: [site.phrase(.siteGroup), words.phrase(Wording.WorkbookPhrase.kind),
                                   words.phrase(Wording.WorkbookPhrase.openCount),
                                   words.phrase(Wording.WorkbookPhrase.resolvedCount, ["year": "\(year)"]),
                                   words.phrase(Wording.WorkbookPhrase.totalCount)], rows: rows, into: &out)
    }

    /// The latest edition's findings by theme: a finding counts once under each theme its indicators
    /// belong to.
    private func themes<Out: TextOutputStream>(into out: inout Out) {
        let catalog = site.library.catalog
        let themeOf = Dictionary(catalog.indicators.map { ($0.id.value, $0.theme.value) }, uniquingKeysWith: { first, _ in first })
        var counts: [String: Int] = [:]
        for finding in latestFindings {
            var themes: [String] = []
            for indicator in finding.indicators {
                if let theme = themeOf[indicator.value], !themes.contains(theme) { themes.append(theme) }
            }
            for theme in themes { counts[theme, default: 0] += 1 }
        }
        let rows = catalog.themes.compactMap { theme -> [String]? in
            counts[theme.id.value].map { [HTML.escape(site.text(theme.title.value)), "\($0)"] }
        }
        HTML.table(caption: "\(site.phrase(.siteThemes)), \(site.latest?.year ?? 0)",
                   header: [site.phrase(.siteTheme), site.phrase(.siteCount)], rows: rows, into: &out)
    }
}
