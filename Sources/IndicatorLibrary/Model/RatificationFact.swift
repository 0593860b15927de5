/// One sourced statement about a country and an instrument, as `ratifications.yaml` records it.
///
/// Sources are incomplete: some give the day, some only the year, some only that the instrument was
/// ratified (or not) by a certain year. `as_of` keeps that weaker kind of fact apart from a dated event.
public struct RatificationFact: Sendable, Hashable {
    public enum Status: String, Sendable, CaseIterable {
        case ratified
        case notRatified = "not-ratified"
        case denounced
    }

    public let country: Located<String>
    public let instrument: Located<String>
    public let status: Located<Status>
    /// ILO registration or UN deposit: the event itself.
    public let date: Located<CalendarDate>?
    /// No date known: ratified at the latest by then, or confirmed not ratified in that year.
    public let asOf: Located<CalendarDate>?
    /// Where the fact was read.
    public let source: Located<String>
    /// Why the fact rests on inference, or how sources disagree.
    public let note: Located<String>?
    public let location: SourceLocation

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
