
/// Reads one edition's `meeting.yaml` and country files.
struct EditionLoader {
    let bag: DiagnosticBag
    let year: Int
    /// The catalog's ids, shared by the findings and values that name them.
    var names = CatalogNames()

    static let meetingKeys = [
        "edition", "event", "mission", "theme", "place", "date", "online", "language", "languages",
        "translations", "mission_in_heading", "ordinal", "participants", "opening",
        "narrative", "appeals_intro", "appeals", "intentions_intro", "intentions", "calls", "findings", "sources",
        "partial", "partial_note", "acknowledged",
    ]

    func meeting(_ events: YAMLEvents, file: String) throws(YAMLEvents.Failure) -> Meeting? {
        let reader = NodeReader(file: file, bag: bag)
        var findings: [Finding] = []
        let fields = try reader.mapping(pulling: events, what: "the meeting", keys: Self.meetingKeys,
                                        listed: ["findings"]) { _, item, _ in
            finding(item, country: nil, reader: reader).map { findings.append($0) }
        }
        guard let fields else { return nil }
        let edition = fields.required("edition").flatMap { reader.int($0, what: "edition", range: 1...999) }
        let event = fields.required("event").flatMap { reader.text($0, what: "event") }
        let mission = fields.required("mission").flatMap { reader.text($0, what: "mission") }
        let theme = fields.optional("theme").flatMap { reader.text($0, what: "theme") }
        // A skeleton from carry-forward leaves these empty for the secretariat: the checker warns, and
        // no document is made until they are filled in.
        var unfilled: [Located<String>] = []
        func leftEmpty(_ key: String) -> SourceLocation? {
            guard let location = fields.leftEmpty(key) else { return nil }
            unfilled.append(Located(key, at: location))
            return location
        }
        let place = leftEmpty("place").map { Located(LocalizedText(""), at: $0) }
            ?? fields.required("place").flatMap { reader.text($0, what: "place") }
        let date = leftEmpty("date").flatMap { at in CalendarDate(year: year).map { Located($0, at: at) } }
            ?? fields.required("date").flatMap { reader.date($0, what: "date", precision: .day) }
        let online = fields.optional("online").flatMap { reader.bool($0, what: "online") }
        let languages = self.languages(fields, reader: reader)
        let unofficial = translations(fields.optional("translations"), reader: reader)
        let missionInHeading = fields.optional("mission_in_heading").flatMap { reader.text($0, what: "mission_in_heading") }
        let ordinal = fields.optional("ordinal").flatMap { reader.text($0, what: "ordinal") }
        let participants = reader.list(fields.optional("participants"), what: "participants") {
            reader.countryCode($0, what: "participant")
        }
        let opening = leftEmpty("opening").map { Located(LocalizedText(""), at: $0) }
            ?? fields.required("opening").flatMap { reader.text($0, what: "opening") }
        let narrative = reader.list(fields.optional("narrative"), what: "narrative") {
            narrativeBlock($0, reader: reader)
        }
        let appealsIntro = fields.optional("appeals_intro").flatMap { reader.text($0, what: "appeals_intro") }
        let appeals = reader.list(fields.optional("appeals"), what: "appeals") {
            reader.countryCode($0, what: "appeal")
        }
        let intentionsIntro = fields.optional("intentions_intro").flatMap { reader.text($0, what: "intentions_intro") }
        let intentions = reader.list(fields.optional("intentions"), what: "intentions") {
            reader.text($0, what: "an intention")
        }
        let calls = reader.list(fields.optional("calls"), what: "calls") { call($0, reader: reader) }
        // Only what is not a list is left in the fields, for them to report.
        findings += reader.list(fields.optional("findings"), what: "findings") { finding($0, country: nil, reader: reader) }
        let sources = reader.list(fields.optional("sources"), what: "sources") { source($0, reader: reader) }
        let partial = fields.optional("partial").flatMap { reader.bool($0, what: "partial") }
        let partialNote = fields.optional("partial_note").flatMap { reader.text($0, what: "partial_note") }
        let acknowledged = acknowledgements(fields.optional("acknowledged"), reader: reader)
        guard let edition, let event, let mission, let place, let date, let opening else { return nil }
        return Meeting(
            edition: edition, event: event, mission: mission, theme: theme, place: place, date: date,
            online: online ?? Located(false, at: fields.location),
            languages: languages.isEmpty ? [Located(LocalizedText.defaultLanguage, at: fields.location)] : languages,
            unofficialLanguages: unofficial, missionInHeading: missionInHeading, ordinal: ordinal,
            participants: participants, opening: opening, narrative: narrative, appealsIntro: appealsIntro,
            appeals: appeals, intentionsIntro: intentionsIntro, intentions: intentions, calls: calls,
            findings: findings, sources: sources, partial: partial, partialNote: partialNote, unfilled: unfilled,
            acknowledged: acknowledged, file: file)
    }

    /// `languages: [en, ru]`, or the one of `language: en`; empty when neither is written (English).
    private func languages(_ fields: Fields, reader: NodeReader) -> [Located<String>] {
        let one = fields.optional("language")
        let many = fields.optional("languages")
        if let one, many != nil {
            bag.error("write either 'language' (one) or 'languages' (a list such as [en, ru]), not both",
                      at: reader.location(of: one))
        }
        if let one { return languageCode(one, reader: reader, what: "language").map { [$0] } ?? [] }
        let codes = reader.list(many, what: "languages") { languageCode($0, reader: reader, what: "a language") }
        if let many, codes.isEmpty, reader.sequence(many, what: "languages")?.isEmpty == true {
            bag.error("'languages' is empty; list the languages the edition is published in, such as [en, ru]",
                      at: reader.location(of: many))
        }
        bag.reportDuplicates(codes, what: "language")
        return codes
    }

    /// `translations: {ru: unofficial}`: the languages whose version is not the signed text.
    private func translations(_ node: Node?, reader: NodeReader) -> [Located<String>] {
        guard let node else { return [] }
        guard case let .mapping(mapping) = node else {
            reader.mismatch(node, expected: "a map of language codes to official or unofficial, such as {ru: unofficial}",
                            what: "translations")
            return []
        }
        var unofficial: [Located<String>] = []
        for (key, value) in mapping {
            guard let code = languageCode(key, reader: reader, what: "a language of translations") else { continue }
            switch reader.string(value, what: "the translation into \(code.value)")?.value {
            case "unofficial"?: unofficial.append(code)
            case "official"?: break
            case let other?:
                bag.error("the translation into \(code.value) is '\(other)'; write official or unofficial",
                          at: reader.location(of: value))
            case nil: break
            }
        }
        return unofficial
    }

    private func languageCode(_ node: Node, reader: NodeReader, what: String) -> Located<String>? {
        guard let code = reader.string(node, what: what) else { return nil }
        guard LocalizedText.isLanguageCode(code.value) else {
            bag.error("language '\(code.value)' must be an ISO 639 code such as en or ru", at: code.location)
            return nil
        }
        return code
    }

    private func narrativeBlock(_ node: Node, reader: NodeReader) -> NarrativeBlock? {
        guard let fields = reader.mapping(node, what: "a narrative block", keys: ["text", "country"]) else { return nil }
        switch (fields.optional("text"), fields.optional("country")) {
        case let (text?, nil):
            return reader.text(text, what: "text").map(NarrativeBlock.text)
        case let (nil, country?):
            return reader.countryCode(country, what: "country").map(NarrativeBlock.country)
        case (_?, _?):
            bag.error("a narrative block is either 'text' or 'country', not both", at: fields.location)
        case (nil, nil):
            bag.error("a narrative block needs 'text' (a regional paragraph) or 'country' (that country's situation)",
                      at: fields.location)
        }
        return nil
    }

    private func call(_ node: Node, reader: NodeReader) -> Call? {
        guard let fields = reader.mapping(node, what: "a call", keys: ["to", "text"]) else { return nil }
        let to = fields.required("to").flatMap { reader.text($0, what: "to") }
        let text = fields.required("text").flatMap { reader.text($0, what: "text") }
        guard let to, let text else { return nil }
        return Call(to: to, text: text, location: fields.location)
    }

    static let countryKeys = [
        "country", "addressee", "situation", "numbered", "findings", "recommendations", "values", "acknowledged",
    ]

    /// The findings and recommendations are read one at a time as the file is parsed, so that the
    /// file is never held whole: each needs the file's country, so those written before `country:` wait
    /// for it, and none is read when it is not a valid code (reported once, as the file's own).
    func countryReport(_ events: YAMLEvents, file: String) throws(YAMLEvents.Failure) -> CountryReport? {
        let reader = NodeReader(file: file, bag: bag)
        var findings: [Finding] = []
        var recommendations: [Recommendation] = []
        var waiting: [(key: String, item: Node)] = []
        /// The file's country once read: a valid code, or nil for one that is not.
        var country: String??
        func read(_ key: String, _ item: Node, country: String) {
            if key == "findings" {
                finding(item, country: country, reader: reader).map { findings.append($0) }
            } else {
                recommendation(item, country: country, reader: reader).map { recommendations.append($0) }
            }
        }
        let fields = try reader.mapping(pulling: events, what: "a country file", keys: Self.countryKeys,
                                        listed: ["findings", "recommendations"]) { key, item, earlier in
            if country == nil, let node = earlier.optional("country") {
                // Checked quietly: the reading of the fields reports a bad code.
                country = .some(NodeReader(file: file, bag: DiagnosticBag()).countryCode(node, what: "country")?.value)
            }
            switch country {
            case nil: waiting.append((key, item))
            case let code??: read(key, item, country: code)
            case .some(nil): break
            }
        }
        guard let fields else { return nil }
        guard let code = fields.required("country").flatMap({ reader.countryCode($0, what: "country") }) else {
            return nil
        }
        for (key, item) in waiting { read(key, item, country: code.value) }
        let addressee = fields.optional("addressee").flatMap { reader.text($0, what: "addressee") }
        let situation = fields.optional("situation").flatMap { reader.text($0, what: "situation") }
        let numbered = fields.optional("numbered").flatMap { reader.bool($0, what: "numbered") }
        // Only what is not a list is left in the fields, for them to report.
        findings += reader.list(fields.optional("findings"), what: "findings") {
            finding($0, country: code.value, reader: reader)
        }
        recommendations += reader.list(fields.optional("recommendations"), what: "recommendations") {
            recommendation($0, country: code.value, reader: reader)
        }
        let values = values(fields.optional("values"), reader: reader)
        let acknowledged = acknowledgements(fields.optional("acknowledged"), reader: reader)
        return CountryReport(country: code, addressee: addressee, situation: situation, numbered: numbered,
                             findings: findings, recommendations: recommendations, values: values,
                             acknowledged: acknowledged, file: file)
    }

    static let findingKeys = [
        "id", "kind", "indicators", "summary", "status", "since", "groups", "people", "sources", "confidential",
    ]

    func finding(_ node: Node, country: String?, reader: NodeReader) -> Finding? {
        guard let fields = reader.mapping(node, what: "a finding", keys: Self.findingKeys) else { return nil }
        let id = fields.required("id").flatMap { reader.identifier($0, what: "finding id") }
        let kind = fields.required("kind").flatMap { reader.enumeration($0, what: "kind", as: Finding.Kind.self) }
        let indicatorsNode = fields.required("indicators")
        let indicators = reader.list(indicatorsNode, what: "indicators") {
            reader.identifier($0, what: "indicator", dotted: true).map(names.shared)
        }
        if let indicatorsNode, indicators.isEmpty, case .sequence = indicatorsNode {
            bag.error("a finding needs at least one indicator", at: reader.location(of: indicatorsNode))
        }
        let summary = fields.required("summary").flatMap { reader.text($0, what: "summary") }
        let status = fields.required("status").flatMap {
            reader.enumeration($0, what: "status", as: Finding.Status.self)
        }
        let since = fields.optional("since").flatMap { reader.int($0, what: "since", range: 1900...2100) }
        let groups = reader.list(fields.optional("groups"), what: "groups") {
            reader.identifier($0, what: "group").map(names.shared)
        }
        let people = reader.list(fields.optional("people"), what: "people") { person($0, reader: reader) }
        let sources = reader.list(fields.optional("sources"), what: "sources") { source($0, reader: reader) }
        let confidential = fields.optional("confidential").flatMap { reader.bool($0, what: "confidential") }
        guard let id, let kind, let summary, let status else {
            if let id { bag.noteUnreadable(id.value, in: .finding(year: year)) }
            return nil
        }
        return Finding(id: id, country: country, kind: kind, indicators: indicators, summary: summary,
                       status: status, since: since, groups: groups, people: people, sources: sources,
                       confidential: confidential ?? Located(false, at: fields.location), location: fields.location)
    }

    private func person(_ node: Node, reader: NodeReader) -> Person? {
        guard let fields = reader.mapping(node, what: "a person", keys: ["name", "confidential", "also"]) else {
            return nil
        }
        // A name in several scripts is one person: every translation is one more spelling to protect.
        let written = fields.required("name").flatMap { reader.text($0, what: "name") }
        let confidential = fields.required("confidential").flatMap { reader.bool($0, what: "confidential") }
        var also = reader.list(fields.optional("also"), what: "also") { reader.string($0, what: "another spelling") }
        guard let written, let confidential else { return nil }
        let name = Located(written.value.text, at: written.location)
        // Most names are one plain string: nothing more is made for them (a person per finding or so
        // in a large library).
        guard written.value.isTranslated else {
            return Person(name: name, confidential: confidential, also: also, location: fields.location)
        }
        also += written.value.translations.filter { $0.language != LocalizedText.defaultLanguage }
            .map { Located($0.text, at: written.location) }
        return Person(name: name, localizedName: written.value, confidential: confidential, also: also,
                      location: fields.location)
    }

    private func acknowledgements(_ node: Node?, reader: NodeReader) -> [Acknowledgement] {
        reader.list(node, what: "acknowledged") { item -> Acknowledgement? in
            guard let fields = reader.mapping(item, what: "an acknowledgement", keys: ["name", "reason"]) else {
                return nil
            }
            let name = fields.required("name").flatMap { reader.string($0, what: "name") }
            let reason = fields.required("reason").flatMap { reader.string($0, what: "reason") }
            guard let name, let reason else { return nil }
            return Acknowledgement(name: name, reason: reason, location: fields.location)
        }
    }

    private func source(_ node: Node, reader: NodeReader) -> Source? {
        reader.source(node)
    }

    /// `^https?://\S+$`, checked by hand since every source goes through it.
    static func isWebAddress(_ text: String) -> Bool {
        // The prefix is that many ASCII characters, so as many bytes.
        let prefix: Int
        if text.hasPrefix("https://") {
            prefix = 8
        } else if text.hasPrefix("http://") {
            prefix = 7
        } else {
            return false
        }
        return text.utf8.count > prefix && !WhiteSpace.occurs(in: text, fromByte: prefix)
    }

    private func recommendation(_ node: Node, country: String, reader: NodeReader) -> Recommendation? {
        let keys = ["id", "text", "findings", "status", "since"]
        guard let fields = reader.mapping(node, what: "a recommendation", keys: keys) else { return nil }
        let id = fields.required("id").flatMap { reader.identifier($0, what: "recommendation id") }
        let text = fields.required("text").flatMap { reader.text($0, what: "text") }
        let findings = reader.list(fields.optional("findings"), what: "findings") {
            reader.identifier($0, what: "finding id")
        }
        let status = fields.optional("status").flatMap { statusNode -> Located<Recommendation.Status>? in
            if let word = statusNode.string, ["new", "repeated"].contains(word) {
                bag.error("status '\(word)' is derived from the earlier editions; write a status only for what "
                          + "the library cannot know: partially-implemented, implemented, withdrawn",
                          at: reader.location(of: statusNode))
                return nil
            }
            return reader.enumeration(statusNode, what: "status", as: Recommendation.Status.self)
        }
        let since = fields.optional("since").flatMap { reader.int($0, what: "since", range: 1900...2100) }
        guard let id, let text else { return nil }
        return Recommendation(id: id, country: country, text: text, findings: findings, status: status,
                              since: since, location: fields.location)
    }

    private func values(_ node: Node?, reader: NodeReader) -> [IndicatorValue] {
        guard let node else { return [] }
        guard case let .mapping(mapping) = node else {
            reader.mismatch(node, expected: "a mapping of indicator ids to values", what: "values")
            return []
        }
        return mapping.compactMap { pair -> IndicatorValue? in
            let (key, value) = (pair.key, pair.value)
            guard let indicator = reader.identifier(key, what: "indicator", dotted: true).map(names.shared) else {
                return nil
            }
            let what = "the value of '\(indicator.value)'"
            guard let fields = reader.mapping(value, what: what, keys: ["value", "source"]) else { return nil }
            let quantity = fields.required("value").flatMap { quantityNode -> Located<IndicatorValue.Quantity>? in
                reader.quantity(quantityNode)
            }
            let source = fields.optional("source").flatMap { reader.string($0, what: "source") }
            guard let quantity else { return nil }
            return IndicatorValue(indicator: indicator, value: quantity, source: source, location: fields.location)
        }
    }
}

extension NodeReader {
    /// A source: `{title, url}`, at least one of them, the address a web one.
    func source(_ node: Node) -> Source? {
        guard let fields = mapping(node, what: "a source", keys: ["title", "url"]) else { return nil }
        let title = fields.optional("title").flatMap { text($0, what: "title") }
        let url = fields.optional("url").flatMap { string($0, what: "url") }
        if !fields.has("title") && !fields.has("url") {
            bag.error("a source needs a 'title', a 'url', or both", at: fields.location)
            return nil
        }
        if let url, !EditionLoader.isWebAddress(url.value) {
            bag.error("url '\(url.value)' must be a web address starting with http:// or https://", at: url.location)
        }
        return Source(title: title, url: url, location: fields.location)
    }

    /// A value as written: `true` or `false`, a number, or any other word as a rating's label (which
    /// the checker matches with its indicator's kind and scale).
    func quantity(_ node: Node) -> Located<IndicatorValue.Quantity>? {
        if let word = node.string, word == "true" || word == "false" {
            return bool(node, what: "value").map { $0.map(IndicatorValue.Quantity.boolean) }
        }
        // A quoted word ("5"), or one that is no number (5+), is a rating's label.
        if let scalar = node.scalar, !scalar.string.isEmpty, scalar.style != .plain || Double(scalar.string) == nil {
            return string(node, what: "value").map { $0.map(IndicatorValue.Quantity.label) }
        }
        return number(node, what: "value").map { $0.map(IndicatorValue.Quantity.number) }
    }
}
