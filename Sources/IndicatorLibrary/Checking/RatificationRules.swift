import Foundation

/// Checks `ratifications.yaml` against the catalog and against itself.
struct RatificationRules {
    let library: Library
    let bag: DiagnosticBag

    func run() {
        let catalog = library.catalog
        let countryCodes = catalog.countries.map(\.code.value)
        let instrumentCodes = catalog.instruments.map(\.code.value)
        for fact in library.ratifications.facts {
            if catalog.country(fact.country.value) == nil && !bag.isUnreadable(fact.country.value, in: .country) {
                bag.error("unknown country '\(fact.country.value)'\(Suggestion.hint(for: fact.country.value, among: countryCodes)); "
                          + "add it to catalog/countries.yaml first", at: fact.country.location)
            }
            guard let instrument = catalog.instrument(fact.instrument.value) else {
                if bag.isUnreadable(fact.instrument.value, in: .instrument) { continue }
                bag.error("unknown instrument '\(fact.instrument.value)'"
                          + Suggestion.hint(for: fact.instrument.value, among: instrumentCodes),
                          at: fact.instrument.location)
                continue
            }
            for dated in [fact.date, fact.asOf].compactMap({ $0 }) where dated.value.year < instrument.adopted.value {
                bag.error("\(dated.value) is before \(instrument.code.value) was adopted (\(instrument.adopted.value))",
                          at: dated.location)
            }
        }
        let pairs = Dictionary(grouping: library.ratifications.facts) { "\($0.country.value) \($0.instrument.value)" }
        for key in pairs.keys.sorted() {
            guard let facts = pairs[key] else { continue }
            checkPair(facts, name: key.replacingOccurrences(of: " ", with: " × "))
        }
    }

    /// Facts about one pair must tell one story: no repeats, one ratification date per ratification,
    /// and no "not ratified" where another fact says ratified.
    private func checkPair(_ facts: [RatificationFact], name: String) {
        var seen: [String: RatificationFact] = [:]
        for fact in facts {
            let key = "\(fact.status.value) \(fact.date?.value.description ?? "") \(fact.asOf?.value.description ?? "")"
            if let first = seen[key] {
                bag.error("\(name) is recorded twice with the same status and date; keep one entry",
                          at: fact.location, notes: [.init("first recorded here", at: first.location)])
            }
            seen[key] = seen[key] ?? fact
        }

        let events = facts.compactMap { fact in fact.date.map { (date: $0.value, fact: fact) } }
            .filter { $0.fact.status.value != .notRatified }
            .sorted { $0.date < $1.date }
        for (earlier, later) in zip(events, events.dropFirst())
        where earlier.fact.status.value == later.fact.status.value && earlier.date != later.date {
            let what = later.fact.status.value == .ratified ? "ratified" : "denounced"
            bag.error("\(name) is \(what) on two dates (\(earlier.date) and \(later.date)) with no event between; "
                      + "keep the date the source supports and mention the other in 'note'",
                      at: later.fact.location, notes: [.init("the other date", at: earlier.fact.location)])
        }

        let ratifying = facts.filter { $0.status.value != .notRatified }
        for fact in facts where fact.status.value == .notRatified {
            guard let asOf = fact.asOf else { continue }
            if let conflict = RatificationLedger.decision(ratifying, in: asOf.value.year),
               conflict.status == .ratified {
                bag.error("\(name) is recorded as not ratified as of \(asOf.value), but another entry has it "
                          + "ratified by then", at: fact.location,
                          notes: [.init("the ratification", at: conflict.fact.location)])
            }
        }
    }
}
