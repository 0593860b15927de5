/// The whole indicator library as loaded from `Indicators/`: immutable once loaded.
public struct Library: Sendable {
    public let catalog: Catalog
    public let ratifications: RatificationLedger
    /// Sorted by year.
    public let editions: [Edition]
    /// The folder the library was loaded from, as the user named it.
    public let root: String

    public init(catalog: Catalog, ratifications: RatificationLedger, editions: [Edition], root: String) {
        self.catalog = catalog
        self.ratifications = ratifications
        self.editions = editions.sorted { $0.year < $1.year }
        self.root = root
    }

    public func edition(_ year: Int) -> Edition? {
        editions.first { $0.year == year }
    }
}
