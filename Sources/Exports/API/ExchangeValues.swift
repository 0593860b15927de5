import IndicatorLibrary

/// The library's model as the exchange file writes it: every object with the keys of the library file
/// it comes from (a finding as a country file writes it, the meeting as meeting.yaml does), so that a
/// partner who knows the files reads the exchange, and the merge writes it back as files.
///
/// Optional keys are left out when the library file would leave them out; nothing is defaulted in.
package enum ExchangeValues {
    package static func text(_ text: LocalizedText) -> JSONValue {
        guard text.isTranslated else { return .string(text.text) }
        return .object(text.translations.map { ($0.language, .string($0.text)) })
    }

    static func strings(_ values: [Located<String>]) -> JSONValue {
        .array(values.map { .string($0.value) })
    }

    package static func quantity(_ quantity: IndicatorValue.Quantity) -> JSONValue {
        switch quantity {
        case let .number(number): return .number(IndicatorValue.written(number))
        case let .boolean(value): return .bool(value)
        case let .label(label): return .string(label)
        }
    }

    static func source(_ source: Source) -> JSONValue {
        var members: [(key: String, value: JSONValue)] = []
        if let title = source.title { members.append(("title", text(title.value))) }
        if let url = source.url { members.append(("url", .string(url.value))) }
        return .object(members)
    }

    static func person(_ person: Person) -> JSONValue {
        var members: [(key: String, value: JSONValue)] = [
            ("name", text(person.localizedName)), ("confidential", .bool(person.confidential.value)),
        ]
        let translated = Set(person.localizedName.translations.map(\.text))
        let also = person.also.filter { !translated.contains($0.value) }
        if !also.isEmpty { members.append(("also", strings(also))) }
        return .object(members)
    }

    package static func finding(_ finding: Finding) -> JSONValue {
        var members: [(key: String, value: JSONValue)] = [
            ("id", .string(finding.id.value)), ("kind", .string(finding.kind.value.rawValue)),
            ("indicators", strings(finding.indicators)), ("summary", text(finding.summary.value)),
            ("status", .string(finding.status.value.rawValue)),
        ]
        if let since = finding.since { members.append(("since", .number(since.value))) }
        if !finding.groups.isEmpty { members.append(("groups", strings(finding.groups))) }
        if !finding.people.isEmpty { members.append(("people", .array(finding.people.map(person)))) }
        if !finding.sources.isEmpty { members.append(("sources", .array(finding.sources.map(source)))) }
        if finding.confidential.value { members.append(("confidential", .bool(true))) }
        return .object(members)
    }

    package static func recommendation(_ recommendation: Recommendation) -> JSONValue {
        var members: [(key: String, value: JSONValue)] = [
            ("id", .string(recommendation.id.value)), ("text", text(recommendation.text.value)),
        ]
        if !recommendation.findings.isEmpty { members.append(("findings", strings(recommendation.findings))) }
        if let status = recommendation.status { members.append(("status", .string(status.value.rawValue))) }
        if let since = recommendation.since { members.append(("since", .number(since.value))) }
        return .object(members)
    }

    static func acknowledged(_ acknowledgements: [Acknowledgement]) -> JSONValue {
        .array(acknowledgements.map { .object([("name", .string($0.name.value)), ("reason", .string($0.reason.value))]) })
    }

    /// The country file, without its findings and recommendations (the merge compares those one by one).
    package static func countryFields(_ report: CountryReport) -> [(key: String, value: JSONValue)] {
        var members: [(key: String, value: JSONValue)] = [("country", .string(report.country.value))]
        if let addressee = report.addressee { members.append(("addressee", text(addressee.value))) }
        if let situation = report.situation { members.append(("situation", text(situation.value))) }
        if let numbered = report.numbered { members.append(("numbered", .bool(numbered.value))) }
        if !report.values.isEmpty {
            members.append(("values", .object(report.values.map { value in
                var fields: [(key: String, value: JSONValue)] = [("value", quantity(value.value.value))]
                if let source = value.source { fields.append(("source", .string(source.value))) }
                return (value.indicator.value, .object(fields))
            })))
        }
        if !report.acknowledged.isEmpty { members.append(("acknowledged", acknowledged(report.acknowledged))) }
        return members
    }

    package static func country(_ report: CountryReport) -> JSONValue {
        var members = countryFields(report)
        let at = members.firstIndex { $0.key == "values" || $0.key == "acknowledged" } ?? members.count
        members.insert(contentsOf: [
            ("findings", .array(report.findings.map(finding))),
            ("recommendations", .array(report.recommendations.map(recommendation))),
        ], at: at)
        return .object(members)
    }

    /// meeting.yaml, without its regional findings (listed apart, as the country files' are).
    package static func meetingFields(_ meeting: Meeting) -> [(key: String, value: JSONValue)] {
        let unfilled = Set(meeting.unfilled.map(\.value))
        func filled(_ key: String, _ value: JSONValue) -> (key: String, value: JSONValue) {
            (key, unfilled.contains(key) ? .null : value)
        }
        var members: [(key: String, value: JSONValue)] = [
            ("edition", .number(meeting.edition.value)), ("event", text(meeting.event.value)),
            ("mission", text(meeting.mission.value)),
        ]
        if let missionInHeading = meeting.missionInHeading {
            members.append(("mission_in_heading", text(missionInHeading.value)))
        }
        if let ordinal = meeting.ordinal { members.append(("ordinal", text(ordinal.value))) }
        members.append(("theme", meeting.theme.map { text($0.value) } ?? .null))
        members.append(filled("place", text(meeting.place.value)))
        members.append(filled("date", .string(meeting.date.value.description)))
        members.append(("online", .bool(meeting.online.value)))
        members.append(("languages", strings(meeting.languages)))
        if !meeting.unofficialLanguages.isEmpty {
            members.append(("translations", .object(meeting.unofficialLanguages.map { ($0.value, .string("unofficial")) })))
        }
        members.append(("participants", strings(meeting.participants)))
        if !meeting.sources.isEmpty { members.append(("sources", .array(meeting.sources.map(source)))) }
        members.append(filled("opening", text(meeting.opening.value)))
        members.append(("narrative", .array(meeting.narrative.map { block in
            switch block {
            case let .text(paragraph): return .object([("text", text(paragraph.value))])
            case let .country(code): return .object([("country", .string(code.value))])
            }
        })))
        if let intro = meeting.appealsIntro { members.append(("appeals_intro", text(intro.value))) }
        members.append(("appeals", strings(meeting.appeals)))
        if let intro = meeting.intentionsIntro { members.append(("intentions_intro", text(intro.value))) }
        members.append(("intentions", .array(meeting.intentions.map { text($0.value) })))
        members.append(("calls", .array(meeting.calls.map { call in
            .object([("to", text(call.to.value)), ("text", text(call.text.value))])
        })))
        if meeting.partial.value { members.append(("partial", .bool(true))) }
        if let note = meeting.partialNote { members.append(("partial_note", text(note.value))) }
        if !meeting.acknowledged.isEmpty { members.append(("acknowledged", acknowledged(meeting.acknowledged))) }
        return members
    }

    package static func meeting(_ meeting: Meeting) -> JSONValue {
        .object(meetingFields(meeting) + [("findings", .array(meeting.findings.map(finding)))])
    }

    package static func country(_ country: Country) -> JSONValue {
        var members: [(key: String, value: JSONValue)] = [("code", .string(country.code.value)),
                                                          ("name", text(country.name.value))]
        if let addressee = country.addressee { members.append(("addressee", text(addressee.value))) }
        return .object(members)
    }

    package static func indicator(_ indicator: Indicator) -> JSONValue {
        var members: [(key: String, value: JSONValue)] = [
            ("id", .string(indicator.id.value)), ("theme", .string(indicator.theme.value)),
            ("title", text(indicator.title.value)), ("kind", .string(indicator.kind.value.rawValue)),
        ]
        if let unit = indicator.unit { members.append(("unit", .string(unit.value))) }
        if let better = indicator.better { members.append(("better", .string(better.value.rawValue))) }
        if !indicator.scale.isEmpty { members.append(("scale", strings(indicator.scale))) }
        return .object(members)
    }

    package static func instrument(_ instrument: Instrument) -> JSONValue {
        var members: [(key: String, value: JSONValue)] = [
            ("code", .string(instrument.code.value)), ("title", text(instrument.title.value)),
            ("adopted", .number(instrument.adopted.value)), ("body", .string(instrument.body.value.rawValue)),
            ("category", .string(instrument.category.value.rawValue)),
        ]
        if let since = instrument.fundamentalSince { members.append(("fundamental_since", .string(since.value.description))) }
        return .object(members)
    }

    package static func ratification(_ fact: RatificationFact) -> JSONValue {
        var members: [(key: String, value: JSONValue)] = [
            ("country", .string(fact.country.value)), ("instrument", .string(fact.instrument.value)),
            ("status", .string(fact.status.value.rawValue)),
        ]
        if let date = fact.date { members.append(("date", .string(date.value.description))) }
        if let asOf = fact.asOf { members.append(("as_of", .string(asOf.value.description))) }
        members.append(("source", .string(fact.source.value)))
        if let note = fact.note { members.append(("note", .string(note.value))) }
        return .object(members)
    }
}
