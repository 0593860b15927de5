/// The recorded ratification facts, and the status they imply for any year.
///
/// The derivation follows the format page exactly: a dated ratification counts from its year on and
/// means "not yet ratified" before; `ratified` with only `as_of` is ratified from that year and unknown
/// before; `not-ratified` with `as_of` is not ratified up to that year and unknown after; a dated
/// denunciation ends a ratification. Anything not recorded is unknown, never "not ratified".
package struct RatificationLedger: Sendable {
    package let facts: [RatificationFact]
    private let byPair: [Pair: [RatificationFact]]

    struct Pair: Hashable, Sendable {
        let country: String
        let instrument: String
    }

    package init(facts: [RatificationFact]) {
        self.facts = facts
        byPair = Dictionary(grouping: facts) {
            Pair(country: $0.country.value, instrument: $0.instrument.value)
        }
    }

    /// The facts recorded for one country and instrument, in the order written.
    package func facts(country: String, instrument: String) -> [RatificationFact] {
        byPair[Pair(country: country, instrument: instrument)] ?? []
    }

    /// The status of `instrument` for `country` in `year`.
    package func status(country: String, instrument: String, year: Int) -> RatificationStatus {
        Self.status(of: facts(country: country, instrument: instrument), in: year)
    }

    /// The fact that decides the status in `year`, for outputs that cite a source beside the status.
    package func basis(country: String, instrument: String, year: Int) -> RatificationFact? {
        Self.decision(facts(country: country, instrument: instrument), in: year)?.fact
    }

    static func status(of facts: [RatificationFact], in year: Int) -> RatificationStatus {
        decision(facts, in: year)?.status ?? .unknown
    }

    /// Dated events first: the latest one on or before `year` decides; a dated ratification after
    /// `year` (with nothing dated before) means "not yet". Otherwise the `as_of` facts decide where
    /// they reach `year`; else nothing is known.
    static func decision(_ facts: [RatificationFact], in year: Int)
        -> (status: RatificationStatus, fact: RatificationFact)? {
        let dated = facts.compactMap { fact in
            fact.date.map { (date: $0.value, fact: fact) }
        }
        .filter { $0.fact.status.value != .notRatified }
        .sorted { $0.date < $1.date }
        if let last = dated.last(where: { $0.date.year <= year }) {
            return (last.fact.status.value == .denounced ? .denounced : .ratified, last.fact)
        }
        if let firstRatification = dated.first(where: { $0.fact.status.value == .ratified }) {
            return (.notRatified, firstRatification.fact)
        }
        if let ratified = facts.first(where: {
            $0.status.value == .ratified && $0.date == nil && ($0.asOf?.value.year).map { $0 <= year } == true
        }) {
            return (.ratified, ratified)
        }
        if let notRatified = facts.first(where: {
            $0.status.value == .notRatified && ($0.asOf?.value.year).map { year <= $0 } == true
        }) {
            return (.notRatified, notRatified)
        }
        return nil
    }
}
