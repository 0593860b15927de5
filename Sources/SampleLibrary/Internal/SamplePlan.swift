/// The content of each file of a sample library. Every file draws from its own generator, seeded from
/// the library's seed and the file's path, so that files can be made in any order, one at a time.
struct SamplePlan {
    let size: SampleSize

    /// How many finding ids each edition opens (and how many of the previous edition's it drops).
    var findingStep: Int { max(1, size.findings / 5) }
    var recommendationsPerCountry: Int { max(1, size.findings / 10) }
    var recommendationStep: Int { max(1, recommendationsPerCountry / 5) }

    static func code(_ country: Int) -> String {
        let letters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        return String([letters[country / 26 % 26], letters[country % 26]])
    }

    func random(for path: String) -> SampleRandom {
        SampleRandom(seed: size.seed ^ YAMLText.stableHash(path))
    }

    // MARK: - Catalog

    func countriesFile() -> String {
        var random = random(for: "catalog/countries.yaml")
        var text = "# A synthetic library made by `labour-monitor sample`; its countries are invented.\n\n"
        for country in 0..<size.countries {
            let code = Self.code(country)
            text += "- code: \(code)\n"
            text += "  name: {en: Country \(code), ru: Страна \(code)}\n"
            text += "  addressee: the President and the Government of Country \(code)\n"
            if random.chance(10) { text += "\n" }
        }
        return text
    }

    /// The instruments of a monitoring mission's list, with invented titles.
    static let instruments: [(code: String, adopted: Int, body: String, category: String, since: String?)] = [
        ("C029", 1930, "ILO", "fundamental", nil), ("C087", 1948, "ILO", "fundamental", nil),
        ("C098", 1949, "ILO", "fundamental", nil), ("C100", 1951, "ILO", "fundamental", nil),
        ("C105", 1957, "ILO", "fundamental", nil), ("C111", 1958, "ILO", "fundamental", nil),
        ("C138", 1973, "ILO", "fundamental", nil), ("C182", 1999, "ILO", "fundamental", nil),
        ("P029", 2014, "ILO", "fundamental", nil), ("C155", 1981, "ILO", "technical", "2022-06-10"),
        ("C187", 2006, "ILO", "technical", "2022-06-10"), ("C081", 1947, "ILO", "governance", nil),
        ("C122", 1964, "ILO", "governance", nil), ("C129", 1969, "ILO", "governance", nil),
        ("C144", 1976, "ILO", "governance", nil), ("C097", 1949, "ILO", "migrant", nil),
        ("C143", 1975, "ILO", "migrant", nil), ("C189", 2011, "ILO", "technical", nil),
        ("C190", 2019, "ILO", "technical", nil), ("C181", 1997, "ILO", "migrant", nil),
        ("ICRMW", 1990, "UN", "migrant", nil),
    ]

    static var instrumentsFile: String {
        var text = "# The instruments of a sample library (codes as the ILO's, titles invented).\n\n"
        for instrument in instruments {
            text += "- code: \(instrument.code)\n"
            text += "  title: Sample instrument \(instrument.code), adopted \(instrument.adopted)\n"
            text += "  adopted: \(instrument.adopted)\n"
            text += "  body: \(instrument.body)\n"
            text += "  category: \(instrument.category)\n"
            if let since = instrument.since { text += "  fundamental_since: \(since)\n" }
        }
        return text
    }

    static let themes = ["foa", "strike", "repression", "forced-labour", "child-labour", "migrants",
                         "discrimination", "social-dialogue", "civic-space", "industrial-relations"]

    /// Two qualitative indicators per theme, which findings are coded against.
    static let qualitative = themes.flatMap { ["\($0).law", "\($0).practice"] }

    static let quantitative: [(id: String, kind: String, unit: String, better: String)] = [
        ("industrial-relations.conflicts-recorded", "count", "conflicts", "lower"),
        ("strike.strikes-recorded", "count", "strikes", "lower"),
        ("social-dialogue.agreements-signed", "count", "agreements", "higher"),
        ("migrants.workers-abroad-share", "percent", "per cent of the workforce", "none"),
        ("child-labour.children-in-harvest", "number", "thousand children", "lower"),
    ]

    static let groups = ["women", "migrants", "informal-workers", "children", "activists", "youth"]

    /// A rating on an ordered scale, as the ITUC Global Rights Index rates countries: recorded only in
    /// the series, by year.
    static let rating = (id: "civic-space.rights-rating", scale: ["1", "2", "3", "4", "5", "5+"])

    /// The years before the first edition that the series reach back to: figures come by year from
    /// their sources, meeting or not.
    static let yearsBeforeEditions = 3

    static var indicatorsFile: String {
        var text = "themes:\n"
        for theme in themes { text += "  - id: \(theme)\n    title: Sample theme \(theme)\n" }
        text += "indicators:\n"
        for id in qualitative {
            let theme = id.split(separator: ".")[0]
            text += "  - id: \(id)\n    theme: \(theme)\n    title: Sample indicator \(id)\n    kind: qualitative\n"
        }
        for indicator in quantitative {
            let theme = indicator.id.split(separator: ".")[0]
            text += "  - id: \(indicator.id)\n    theme: \(theme)\n    title: Sample indicator \(indicator.id)\n"
            text += "    kind: \(indicator.kind)\n    unit: \(indicator.unit)\n    better: \(indicator.better)\n"
        }
        text += "  - id: \(rating.id)\n    theme: civic-space\n    title: Sample rating \(rating.id)\n    kind: rating\n"
        text += "    scale: [\(rating.scale.map { "\"\($0)\"" }.joined(separator: ", "))]\n"
        text += "groups: [\(groups.joined(separator: ", "))]\n"
        return text
    }

    /// The yearly figures recorded apart from the editions: each country's rating from a few years
    /// before the first edition to the last (a year now and then left out, a gap), and its first
    /// count of labour conflicts in the years before the editions (the editions record it from then
    /// on, in their values).
    func seriesFile() -> String {
        var random = random(for: "series/sample.yaml")
        var text = "# Invented yearly figures, each with its source.\n\n"
        let editions = size.editionYears
        let years = (editions.lowerBound - Self.yearsBeforeEditions)...editions.upperBound
        let conflicts = Self.quantitative[0].id
        for country in 0..<size.countries {
            let code = Self.code(country)
            var rank = random.int(0...(Self.rating.scale.count - 1))
            for year in years {
                rank = min(max(rank + random.int(-1...1), 0), Self.rating.scale.count - 1)
                if random.chance(85) {
                    text += "- indicator: \(Self.rating.id)\n  country: \(code)\n  year: \(year)\n"
                    text += "  value: \"\(Self.rating.scale[rank])\"\n"
                    text += "  source:\n    title: Sample rights index \(year)\n"
                    text += "    url: https://example.org/rights-index/\(year)/\(code.lowercased())\n"
                }
                if year < editions.lowerBound {
                    text += "- indicator: \(conflicts)\n  country: \(code)\n  year: \(year)\n"
                    text += "  value: \(random.int(0...400))\n  source: {title: Union monitoring \(year)}\n"
                }
            }
        }
        return text
    }

    func ratificationsFile() -> String {
        var random = random(for: "ratifications.yaml")
        var text = "# Invented ratification facts: a pair left out is unknown.\n\n"
        for country in 0..<size.countries {
            let code = Self.code(country)
            for instrument in Self.instruments {
                let draw = random.int(0...99)
                guard draw < 80 else { continue }
                text += "- country: \(code)\n  instrument: \(instrument.code)\n"
                if draw < 60 {
                    text += "  status: ratified\n  date: \(random.int(max(instrument.adopted, 1992)...2024))\n"
                } else {
                    text += "  status: not-ratified\n  as_of: \(random.int(max(instrument.adopted, 2015)...2025))\n"
                }
                text += "  source: https://example.org/normlex/\(code.lowercased())/\(instrument.code.lowercased())\n"
            }
        }
        return text
    }

    // MARK: - Editions

    func meetingFile(year: Int, edition: Int) -> String {
        var random = random(for: "\(year)/meeting.yaml")
        let codes = (0..<size.countries).map(Self.code)
        var text = "edition: \(edition)\n"
        text += "event: Coordination Meeting\n"
        text += "mission: Sample Labour Rights Monitoring Mission\n"
        text += "place: \(random.pick(SampleText.places))\n"
        text += "date: \(year)-11-\(random.int(10...28))\n"
        text += "participants: [\(codes.prefix(12).joined(separator: ", "))]\n"
        text += "sources:\n  - title: Final Document, Coordination Meeting, \(year) (sample)\n"
        text += "    url: https://example.org/sample/\(year)/final-document\n"
        text += YAMLText.folded("opening", SampleText.paragraph(&random, sentences: 3), indent: 0)
        text += "narrative:\n"
        text += YAMLText.folded("text", SampleText.paragraph(&random, sentences: 2), indent: 4, item: true)
        for code in codes { text += "  - country: \(code)\n" }
        text += YAMLText.folded("appeals_intro", SampleText.sentence(&random, words: 20), indent: 0)
        text += "appeals: [\(codes.joined(separator: ", "))]\n"
        text += YAMLText.folded("intentions_intro", SampleText.sentence(&random, words: 16), indent: 0)
        text += "intentions:\n"
        for _ in 0..<3 { text += YAMLText.foldedItem(SampleText.sentence(&random, words: 18), indent: 2) }
        text += "calls:\n  - to: the International Labour Organization\n"
        text += YAMLText.folded("text", SampleText.sentence(&random, words: 22), indent: 4)
        return text
    }

    /// The ids of the findings country `country` holds in the edition of index `edition`.
    func findingNumbers(edition: Int) -> Range<Int> {
        (edition * findingStep)..<(edition * findingStep + size.findings)
    }

    func countryFile(_ country: Int, year: Int, edition: Int) -> String {
        let code = Self.code(country)
        let prefix = code.lowercased()
        var random = random(for: "\(year)/\(code).yaml")
        var text = "country: \(code)\n"
        text += YAMLText.folded("situation", "In **Country \(code)**, " + SampleText.paragraph(&random, sentences: 4),
                                indent: 0)
        let numbers = findingNumbers(edition: edition)
        if !numbers.isEmpty { text += "findings:\n" }
        for number in numbers {
            // Those the next edition drops are sometimes recorded resolved before they go.
            let leaving = number < (edition + 1) * findingStep
            text += finding("\(prefix)-\(number)", year: year, resolved: leaving && random.chance(50),
                            random: &random)
        }
        text += "recommendations:\n"
        for index in 0..<recommendationsPerCountry {
            let number = edition * recommendationStep + index
            text += "  - id: \(prefix)-r\(number)\n"
            text += YAMLText.folded("text", SampleText.sentence(&random, words: random.int(18...40)), indent: 4)
            if !numbers.isEmpty {
                let answered = Set((0..<random.int(1...2)).map { _ in random.int(numbers.lowerBound...(numbers.upperBound - 1)) })
                text += "    findings: [\(answered.sorted().map { "\(prefix)-\($0)" }.joined(separator: ", "))]\n"
            }
        }
        text += "values:\n"
        for indicator in Self.quantitative {
            let value: String
            switch indicator.kind {
            case "count": value = String(random.int(0...400))
            case "percent": value = "\(random.int(0...99)).\(random.int(0...9))"
            default: value = "\(random.int(0...900)).\(random.int(0...9))"
            }
            text += "  \(indicator.id): {value: \(value), source: Union monitoring \(year)}\n"
        }
        return text
    }

    private func finding(_ id: String, year: Int, resolved: Bool, random: inout SampleRandom) -> String {
        var text = "  - id: \(id)\n"
        text += "    kind: \(random.pick(["violation", "violation", "violation", "concern", "progress"]))\n"
        let indicators = Set((0..<random.int(1...2)).map { _ in random.pick(Self.qualitative) })
        text += "    indicators: [\(indicators.sorted().joined(separator: ", "))]\n"
        text += YAMLText.folded("summary", SampleText.sentence(&random, words: random.int(10...26)), indent: 4)
        text += "    status: \(resolved ? "resolved" : "ongoing")\n"
        if random.chance(60) { text += "    groups: [\(random.pick(Self.groups))]\n" }
        if random.chance(10) {
            text += "    people:\n"
            for _ in 0..<random.int(1...2) {
                let name = SampleText.personName(&random)
                // The same name is confidential everywhere or nowhere, as the checker requires.
                let confidential = YAMLText.stableHash(name) % 8 == 0
                text += "      - name: \(name)\n        confidential: \(confidential)\n"
            }
        }
        text += "    sources:\n      - title: Monitoring report \(id), \(year)\n"
        text += "        url: https://example.org/reports/\(year)/\(id)\n"
        if random.chance(3) { text += "    confidential: true\n" }
        return text
    }
}
