import Foundation

/// Checks `series/`: each figure names a quantitative indicator and a country of the catalog, suits
/// its indicator's kind, is the only one for its indicator, country and year, agrees with an
/// edition's value of the same year, and is not of a year still to come. A figure of a year after the
/// last edition is the reason the series exist (a union's count for 2024, before any meeting of 2024),
/// so it is no mistake: the outputs of a later edition show it.
struct SeriesRules {
    let library: Library
    let bag: DiagnosticBag
    /// The current year: a figure cannot be of a later one.
    var thisYear = Calendar(identifier: .gregorian).component(.year, from: Date())

    func run() {
        let catalog = library.catalog
        let countryCodes = catalog.countries.map(\.code.value)
        var seen: [String: SeriesValue] = [:]
        for figure in library.series {
            let id = figure.indicator.value
            if catalog.country(figure.country.value) == nil && !bag.isUnreadable(figure.country.value, in: .country) {
                bag.error("unknown country '\(figure.country.value)'"
                          + "\(Suggestion.hint(for: figure.country.value, among: countryCodes)); "
                          + "add it to catalog/countries.yaml first", at: figure.country.location)
            }
            guard let indicator = catalog.indicator(id) else {
                if !bag.isUnreadable(id, in: .indicator) {
                    bag.error("unknown indicator '\(id)'"
                              + Suggestion.hint(for: id, among: catalog.indicators.map(\.id.value))
                              + "; add it to catalog/indicators.yaml first", at: figure.indicator.location)
                }
                continue
            }
            ValueRule.check(figure.value, named: figure.indicator.location, against: indicator, bag: bag)
            let key = "\(id) \(figure.country.value) \(figure.year.value)"
            if let first = seen[key] {
                bag.error("a second figure of '\(id)' for \(figure.country.value) in \(figure.year.value); keep one "
                          + "(two sources for one figure go in its source's title)", at: figure.location,
                          notes: [.init("the first is here", at: first.location)])
            } else {
                seen[key] = figure
            }
            if let recorded = library.edition(figure.year.value)?.country(figure.country.value)?.value(of: id),
               recorded.value.value != figure.value.value {
                bag.error("the \(figure.year.value) edition records another value of '\(id)' for "
                          + "\(figure.country.value); one series holds one value a year", at: figure.value.location,
                          notes: [.init("the edition's value", at: recorded.value.location)])
            }
            if figure.year.value > thisYear {
                bag.error("\(figure.year.value) is still to come: a figure is of a year that has begun", at: figure.year.location)
            }
        }
    }
}
