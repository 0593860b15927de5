/// The whole indicator library as loaded from `Indicators/`: immutable once loaded.
public struct Library: Sendable {
    package let catalog: Catalog
    package let ratifications: RatificationLedger
    /// Sorted by year.
    public let editions: [Edition]
    /// The folder the library was loaded from, as the user named it.
    package let root: String
    /// The years of the editions that make each recommendation, ascending: how often one was
    /// repeated is asked for every recommendation, and a scan of every edition each time would grow
    /// with the square of the library.
    let recommendationYears: [String: [Int]]
    /// The same for the editions that make it this year (printed in the appeal; `Appeal.isMade`).
    let madeYears: [String: [Int]]

    init(catalog: Catalog, ratifications: RatificationLedger, editions: [Edition], root: String) {
        self.catalog = catalog
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
    }

    package func edition(_ year: Int) -> Edition? {
        editions.first { $0.year == year }
    }
}
