/// The stable vocabulary every edition refers to: countries, instruments, themes, indicators, groups.
package struct Catalog: Sendable {
    package let countries: [Country]
    package let instruments: [Instrument]
    package let themes: [Theme]
    package let indicators: [Indicator]
    /// Affected groups a finding may name (women, migrants, activists, ...).
    package let groups: [Located<String>]
    /// The titles the catalog gives its groups, by id: how an output in each language names them.
    private let groupTitles: [String: Located<LocalizedText>]

    init(countries: [Country], instruments: [Instrument], themes: [Theme], indicators: [Indicator],
         groups: [Located<String>], groupTitles: [String: Located<LocalizedText>] = [:]) {
        self.countries = countries
        self.instruments = instruments
        self.themes = themes
        self.indicators = indicators
        self.groups = groups
        self.groupTitles = groupTitles
        countryIndex = Self.index(countries, by: \.code.value)
        instrumentIndex = Self.index(instruments, by: \.code.value)
        indicatorIndex = Self.index(indicators, by: \.id.value)
    }

    private let countryIndex: [String: Int]
    private let instrumentIndex: [String: Int]
    private let indicatorIndex: [String: Int]

    package func country(_ code: String) -> Country? { countryIndex[code].map { countries[$0] } }
    package func instrument(_ code: String) -> Instrument? { instrumentIndex[code].map { instruments[$0] } }
    package func indicator(_ id: String) -> Indicator? { indicatorIndex[id].map { indicators[$0] } }
    /// A group's title, where the catalog gives one (`{id: informal-workers, title: {en: ..., ru: ...}}`);
    /// an output prints the id of a group without.
    package func groupTitle(_ id: String) -> Located<LocalizedText>? { groupTitles[id] }

    /// First definition wins, so that a duplicate (reported by the checker) does not hide the original.
    private static func index<T>(_ items: [T], by key: (T) -> String) -> [String: Int] {
        var index: [String: Int] = [:]
        for (offset, item) in items.enumerated() where index[key(item)] == nil {
            index[key(item)] = offset
        }
        return index
    }
}
