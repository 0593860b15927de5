/// A country and instrument whose status in TO's year differs from FROM's.
package struct RatificationChange: Sendable, Hashable {
    package enum Kind: String, Sendable, CaseIterable {
        /// Not ratified (or denounced) in FROM, ratified in TO: a change in the world.
        case ratified
        /// Ratified in FROM, denounced in TO.
        case denounced
        /// Any other change between two known statuses.
        case changed
        /// Unknown in FROM, known in TO: new information, not a change in the world.
        case newInformation = "new-information"
        /// Known in FROM, unknown in TO (a fact that held only up to a year).
        case noLongerKnown = "no-longer-known"
    }

    package let kind: Kind
    package let country: String
    package let instrument: String
    package let before: RatificationStatus
    package let after: RatificationStatus
    /// The fact that decides TO's status (its source), when there is one.
    package let source: String?
    /// The date of that fact when it is a dated event (a ratification registered in 2020).
    package let date: CalendarDate?

    package init(kind: Kind, country: String, instrument: String, before: RatificationStatus,
                after: RatificationStatus, source: String?, date: CalendarDate? = nil) {
        self.kind = kind
        self.country = country
        self.instrument = instrument
        self.before = before
        self.after = after
        self.source = source
        self.date = date
    }

    /// True for a change in the world, as opposed to a change in what the library knows.
    package var isChangeInTheWorld: Bool {
        kind == .ratified || kind == .denounced || kind == .changed
    }
}
