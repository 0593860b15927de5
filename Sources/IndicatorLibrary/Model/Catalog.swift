/// The stable vocabulary every edition refers to: countries, instruments, themes, indicators, groups.
public struct Catalog: Sendable {
    public let countries: [Country]
    public let instruments: [Instrument]
    public let themes: [Theme]
    public let indicators: [Indicator]
    /// Affected groups a finding may name (women, migrants, activists, ...).
    public let groups: [Located<String>]

    init(countries: [Country], instruments: [Instrument], themes: [Theme], indicators: [Indicator],
                groups: [Located<String>]) {
        self.countries = countries
        self.instruments = instruments
        self.themes = themes
        self.indicators = indicators
        self.groups = groups
        countryIndex = Self.index(countries, by: \.code.value)
        instrumentIndex = Self.index(instruments, by: \.code.value)
        indicatorIndex = Self.index(indicators, by: \.id.value)
    }

    private let countryIndex: [String: Int]
    private let instrumentIndex: [String: Int]
    private let indicatorIndex: [String: Int]

    public func country(_ code: String) -> Country? { countryIndex[code].map { countries[$0] } }
    public func instrument(_ code: String) -> Instrument? { instrumentIndex[code].map { instruments[$0] } }
    public func indicator(_ id: String) -> Indicator? { indicatorIndex[id].map { indicators[$0] } }

    /// First definition wins, so that a duplicate (reported by the checker) does not hide the original.
    private static func index<T>(_ items: [T], by key: (T) -> String) -> [String: Int] {
        var index: [String: Int] = [:]
        for (offset, item) in items.enumerated() where index[key(item)] == nil {
            index[key(item)] = offset
        }
        return index
    }
}
