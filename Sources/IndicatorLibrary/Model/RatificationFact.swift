/// One sourced statement about a country and an instrument, as `ratifications.yaml` records it.
///
/// Sources are incomplete: some give the day, some only the year, some only that the instrument was
/// ratified (or not) by a certain year. `as_of` keeps that weaker kind of fact apart from a dated event.
package struct RatificationFact: Sendable, Hashable {
    package enum Status: String, Sendable, CaseIterable {
        case ratified
        case notRatified = "not-ratified"
        case denounced
    }

    package let country: Located<String>
    package let instrument: Located<String>
    package let status: Located<Status>
    /// ILO registration or UN deposit: the event itself.
    package let date: Located<CalendarDate>?
    /// No date known: ratified at the latest by then, or confirmed not ratified in that year.
    package let asOf: Located<CalendarDate>?
    /// Where the fact was read.
    package let source: Located<String>
    /// Why the fact rests on inference, or how sources disagree.
    package let note: Located<String>?
    package let location: SourceLocation

    init(country: Located<String>, instrument: Located<String>, status: Located<Status>,
                date: Located<CalendarDate>?, asOf: Located<CalendarDate>?, source: Located<String>,
                note: Located<String>?, location: SourceLocation) {
        self.country = country
        self.instrument = instrument
        self.status = status
        self.date = date
        self.asOf = asOf
        self.source = source
        self.note = note
        self.location = location
    }
}
