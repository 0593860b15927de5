/// One country's ratification statuses in a year, counted over the catalog's instruments: what the
/// check summary and the workbook's Summary sheet both show, counted by one rule.
package struct RatificationTally: Sendable, Hashable {
    /// Ratified instruments that are fundamental in the year (`Instrument.isFundamental(in:)`).
    package let ratifiedFundamental: Int
    /// Ratified instruments of the migrant workers' category.
    package let ratifiedMigrant: Int
    package let known: Int
    package let unknown: Int
}

extension Library {
    package func ratificationTally(country: String, year: Int) -> RatificationTally {
        var fundamental = 0, migrant = 0, known = 0, unknown = 0
        for instrument in catalog.instruments {
            let status = ratifications.status(country: country, instrument: instrument.code.value, year: year)
            if status.isKnown { known += 1 } else { unknown += 1 }
            guard status == .ratified else { continue }
            if instrument.isFundamental(in: year) { fundamental += 1 }
            if instrument.category.value == .migrant { migrant += 1 }
        }
        return RatificationTally(ratifiedFundamental: fundamental, ratifiedMigrant: migrant, known: known,
                                 unknown: unknown)
    }
}
