/// The whole indicator library as loaded from `Indicators/`: immutable once loaded.
public struct Library: Sendable {
    package let catalog: Catalog
    package let ratifications: RatificationLedger
    /// Sorted by year.
    public let editions: [Edition]
    /// The folder the library was loaded from, as the user named it.
    package let root: String
    /// The yearly figures recorded apart from the editions, by indicator, country and year.
    package let series: [SeriesValue]
    /// Every year the library holds something for, ascending: its editions' and its series' (a year
    /// without a meeting can hold a figure).
    package let years: [Int]
    /// The years of the editions that make each recommendation, ascending: how often one was
    /// repeated is asked for every recommendation, and a scan of every edition each time would grow
    /// with the square of the library.
    let recommendationYears: [String: [Int]]
    /// The same for the editions that make it this year (printed in the appeal; `Appeal.isMade`).
    let madeYears: [String: [Int]]
    /// Each figure of the series by its indicator, country and year (the first, where `check` finds two):
    /// the workbook and the changes ask for one figure at a time.
    private let figures: [String: SeriesValue]

    init(catalog: Catalog, ratifications: RatificationLedger, editions: [Edition], root: String,
         series: [SeriesValue] = []) {
        self.catalog = catalog
        self.series = series.sorted {
            ($0.indicator.value, $0.country.value, $0.year.value) < ($1.indicator.value, $1.country.value, $1.year.value)
        }
        self.ratifications = ratifications
        self.editions = editions.sorted { $0.year < $1.year }
        self.root = root
        var years: [String: [Int]] = [:]
        var made: [String: [Int]] = [:]
        for edition in self.editions {
            let recommendations = edition.recommendations
            for id in Set(recommendations.map(\.id.value)) { years[id, default: []].append(edition.year) }
            for id in Set(recommendations.filter(Appeal.isMade).map(\.id.value)) {
                made[id, default: []].append(edition.year)
            }
        }
        recommendationYears = years
        madeYears = made
        self.years = Set(self.editions.map(\.year) + self.series.map(\.year.value)).sorted()
        figures = Dictionary(self.series.map { (Self.figureKey($0.indicator.value, $0.country.value, $0.year.value), $0) },
                             uniquingKeysWith: { first, _ in first })
    }

    private static func figureKey(_ indicator: String, _ country: String, _ year: Int) -> String {
        "\(indicator) \(country) \(year)"
    }

    package func edition(_ year: Int) -> Edition? {
        editions.first { $0.year == year }
    }

    /// An indicator's value for a country in a year: the edition's of that year when it records one,
    /// else the series' (`check` refuses the two when they differ).
    package func value(of indicator: String, country: String, year: Int) -> IndicatorValue? {
        if let value = edition(year)?.country(country)?.value(of: indicator) { return value }
        return figures[Self.figureKey(indicator, country, year)]
            .map { figure in
                IndicatorValue(indicator: figure.indicator, value: figure.value,
                               source: Located(figure.sourceText, at: figure.source.location), location: figure.location)
            }
    }
}
