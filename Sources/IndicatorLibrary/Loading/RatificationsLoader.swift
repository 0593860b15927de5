
/// Reads `ratifications.yaml`: one sourced fact per entry.
struct RatificationsLoader {
    let bag: DiagnosticBag

    func facts(_ events: YAMLEvents, file: String) throws(YAMLEvents.Failure) -> [RatificationFact] {
        let reader = NodeReader(file: file, bag: bag)
        let keys = ["country", "instrument", "status", "date", "as_of", "source", "note"]
        return try reader.list(pulling: events, what: "the ratification list") { node -> RatificationFact? in
            guard let fields = reader.mapping(node, what: "a ratification", keys: keys) else { return nil }
            let country = fields.required("country").flatMap { reader.countryCode($0, what: "country") }
            let instrument = fields.required("instrument").flatMap { reader.string($0, what: "instrument") }
            let status = fields.required("status").flatMap {
                reader.enumeration($0, what: "status", as: RatificationFact.Status.self)
            }
            let date = fields.optional("date").flatMap { reader.date($0, what: "date") }
            let asOf = fields.optional("as_of").flatMap { reader.date($0, what: "as_of") }
            let source = fields.required("source").flatMap { reader.string($0, what: "source") }
            let note = fields.optional("note").flatMap { reader.string($0, what: "note") }
            guard let country, let instrument, let status, let source else { return nil }
            checkDating(status: status, date: date, asOf: asOf, fields: fields)
            return RatificationFact(country: country, instrument: instrument, status: status, date: date,
                                    asOf: asOf, source: source, note: note, location: fields.location)
        } ?? []
    }

    /// Which of `date` and `as_of` each status takes, so that no fact is ambiguous about time.
    private func checkDating(status: Located<RatificationFact.Status>, date: Located<CalendarDate>?,
                             asOf: Located<CalendarDate>?, fields: Fields) {
        switch status.value {
        case .ratified:
            if let date, let asOf {
                bag.error("a ratification takes either 'date' (the event) or 'as_of' (ratified by then), not both",
                          at: asOf.location, notes: [.init("'date' is given here", at: date.location)])
            } else if date == nil && asOf == nil && !fields.has("date") && !fields.has("as_of") {
                bag.error("a ratification needs 'date' (when it was registered) or 'as_of' (the year by which "
                          + "a source confirms it); unknown stays unknown, so leave the pair out if neither is known",
                          at: status.location)
            }
        case .notRatified:
            if let date {
                bag.error("'not-ratified' takes 'as_of' (the year a source confirms it), not 'date'",
                          at: date.location)
            } else if asOf == nil && !fields.has("as_of") {
                bag.error("'not-ratified' needs 'as_of': the year up to which a source confirms it", at: status.location)
            }
        case .denounced:
            if let asOf {
                bag.error("a denunciation takes the 'date' it took effect, not 'as_of'", at: asOf.location)
            } else if date == nil && !fields.has("date") {
                bag.error("a denunciation needs the 'date' it took effect", at: status.location)
            }
        }
    }
}
