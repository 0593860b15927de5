/// Reads one strings file (`Templates/strings/LANG.yaml`) into a `Wording`, every mistake a located
/// diagnostic: a phrase missing or unknown, a `{place}` the tool does not fill, a month list that is
/// not twelve months long.
struct WordingLoader {
    let bag: DiagnosticBag

    static let keys = ["language", "phrases", "workbook", "changes", "words", "months", "months_with_day", "ordinals",
                       "gender_endings", "declines_mission_in_heading"]

    /// The places each phrase may hold.
    static func places(of phrase: Wording.Phrase) -> [String] {
        switch phrase {
        case .headingEvent: ["ordinal", "event"]
        case .placeAndDate: ["place", "date"]
        case .appealTo: ["addressee"]
        case .untranslated: ["text"]
        case .pageOf: ["page", "pages"]
        case .extractOf: ["country"]
        case .siteTitle: ["mission"]
        case .siteNumber: ["number"]
        case .dateWithDay: ["day", "month", "year"]
        case .dateWithMonth: ["month", "year"]
        case .dateYear: ["year"]
        case .listPair: ["first", "second"]
        default: []
        }
    }

    static func places(of phrase: Wording.WorkbookPhrase) -> [String] {
        switch phrase {
        case .resolvedCount, .groupsEmpty: ["year"]
        case .sheetTitle: ["sheet", "year", "ordinal", "event", "place", "date"]
        case .sheetPart: ["part", "parts"]
        case .internalNote: ["marking"]
        case .draftNote: ["marking", "year"]
        case .resolvedIn, .summaryNote, .unknownStatusComment, .violationsChartTitle, .groupFundamental,
             .ratificationsStatusNote, .ratificationsHoverNote, .ratifiedBy, .denouncedIn, .findingsEmpty,
             .recommendationsEmpty, .inYear, .propertiesKeywords:
            ["year"]
        case .propertiesTitle: ["year", "ordinal", "event"]
        case .recommendationsBy: ["standing"]
        case .fundamentalRatified: ["count", "year"]
        case .fundamentalIn: ["year", "codes"]
        case .migrantRatified, .unknownStatus, .madeIn: ["count"]
        case .sourceComment, .sourceDetail: ["source"]
        case .statedOn, .statedAsOf: ["status", "date"]
        case .noteComment: ["note"]
        case .instrumentComment: ["title", "body", "adopted"]
        case .fundamentalSince: ["date"]
        case .sourceNumber: ["number"]
        case .personConfidential: ["name"]
        case .indicatorsNote, .indicatorsEmpty: ["span"]
        case .spanOne, .spanMany: ["years"]
        case .changesNote: ["from", "year"]
        case .changesPartial: ["from", "note"]
        case .changesEmpty: ["from"]
        case .recordedAs: ["status"]
        case .propertiesComments: ["markings"]
        default: []
        }
    }

    static func places(of phrase: Wording.ChangesPhrase) -> [String] {
        switch phrase {
        case .title: ["from", "to"]
        case .fromPartial: ["from", "note"]
        case .toPartial: ["to", "note"]
        case .findingResolved, .unknownInPartial, .notKnownInPartial, .notIn: ["to"]
        case .findingNoLongerReported, .ratificationNewInformation, .ratificationNoLongerKnown, .ratifications:
            ["from", "to"]
        case .madeIn: ["count"]
        case .totals: ["findings", "recommendations", "ratifications", "values", "countries"]
        case .countryEntered, .countryLeft: ["code", "name", "from", "to"]
        case .recordedAsIn: ["status", "to"]
        case .source: ["source"]
        case .headline: ["from", "to", "parts"]
        case .headlineFindings, .headlineRecommendations, .headlineRatifications: ["counts"]
        case .countNew, .countResolved, .countChanged, .countContinuing, .countNoLongerReported, .countUnknown,
             .countRepeated, .countRevised, .countImplemented, .countWithdrawn, .countNoLongerMade, .countRatified,
             .countDenounced, .countStatusChanged, .headlineMoreValues: ["count"]
        case .renumbered: ["from", "to"]
        case .noLongerKnownNote: ["count", "from", "to", "list"]
        case .groupsNewlyNamed: ["from"]
        case .groupAppeared: ["place", "group", "findings"]
        default: []
        }
    }

    func wording(_ text: String, file: String) -> Wording? {
        YAMLSource.parse(FileBytes(Array(text.utf8)), displayPath: file, into: bag) {
            events, bag throws(YAMLEvents.Failure) in
            let reader = NodeReader(file: file, bag: bag)
            return read(try reader.value(events), reader: reader, file: file)
        } ?? nil
    }

    private func read(_ node: Node, reader: NodeReader, file: String) -> Wording? {
        guard let fields = reader.mapping(node, what: "a strings file", keys: Self.keys) else { return nil }
        let language = fields.required("language").flatMap { reader.string($0, what: "language") }
        if let language, !LocalizedText.isLanguageCode(language.value) {
            bag.error("language '\(language.value)' must be an ISO 639 code such as en or ru", at: language.location)
        }
        // Separators (", ") are phrases too: taken as written, spaces included.
        let phrases = section("phrases", of: Wording.Phrase.self, in: fields, places: Self.places, reader: reader)
        let workbook = section("workbook", of: Wording.WorkbookPhrase.self, in: fields, places: Self.places,
                               reader: reader)
        let changes = section("changes", of: Wording.ChangesPhrase.self, in: fields, places: Self.places,
                              reader: reader)
        var words: [String: String] = [:]
        if let node = fields.required("words"), let given = reader.mapping(node, what: "words", keys: Wording.codes) {
            for code in Wording.codes {
                guard let value = given.required(code), let word = reader.string(value, what: code) else { continue }
                words[code] = word.value
            }
        }
        let months = monthList(fields.required("months"), what: "months", reader: reader)
        let monthsWithDay = monthList(fields.required("months_with_day"), what: "months_with_day", reader: reader)
        var ordinals: [Wording.Gender: [String]] = [:]
        if let node = fields.required("ordinals") {
            if case .sequence = node {
                ordinals[.masculine] = reader.list(node, what: "ordinals") { reader.string($0, what: "an ordinal")?.value }
            } else if let genders = reader.mapping(node, what: "ordinals", keys: Wording.Gender.allCases.map(\.rawValue)) {
                for gender in Wording.Gender.allCases {
                    ordinals[gender] = reader.list(genders.required(gender.rawValue), what: "ordinals' \(gender.rawValue)") {
                        reader.string($0, what: "an ordinal")?.value
                    }
                }
            }
        }
        var endings: [Wording.Gender: [String]] = [:]
        if let node = fields.optional("gender_endings"),
           let genders = reader.mapping(node, what: "gender_endings", keys: ["feminine", "neuter"]) {
            for gender in [Wording.Gender.feminine, .neuter] {
                endings[gender] = reader.list(genders.optional(gender.rawValue), what: "gender_endings' \(gender.rawValue)") {
                    reader.string($0, what: "an ending")?.value.lowercased()
                }
            }
        }
        if ordinals.count > 1, endings.isEmpty {
            bag.error("ordinals by gender need 'gender_endings' to tell an event's gender", at: fields.location)
        }
        let declines = fields.optional("declines_mission_in_heading").flatMap {
            reader.bool($0, what: "declines_mission_in_heading")
        }
        guard let language, let months, let monthsWithDay, phrases.count == Wording.Phrase.allCases.count,
              workbook.count == Wording.WorkbookPhrase.allCases.count, words.count == Wording.codes.count,
              changes.count == Wording.ChangesPhrase.allCases.count,
              !ordinals.isEmpty else { return nil }
        return Wording(language: language.value, file: file, phrases: phrases, workbookPhrases: workbook,
                       changesPhrases: changes,
                       codeWords: words, months: months,
                       monthsWithDay: monthsWithDay, ordinals: ordinals, genderEndings: endings,
                       declinesMissionInHeading: declines?.value ?? false)
    }

    /// Every phrase of one section of the file, each refused at its line when missing, unknown or
    /// with a place it does not take.
    private func section<Phrase: RawRepresentable & CaseIterable & Hashable>(
        _ key: String, of type: Phrase.Type, in fields: Fields, places: (Phrase) -> [String], reader: NodeReader
    ) -> [Phrase: String] where Phrase.RawValue == String {
        var phrases: [Phrase: String] = [:]
        guard let node = fields.required(key),
              let given = reader.mapping(node, what: key, keys: Phrase.allCases.map(\.rawValue)) else { return [:] }
        for phrase in Phrase.allCases {
            guard let value = given.required(phrase.rawValue),
                  let text = placed(value, name: phrase.rawValue, places: places(phrase), reader: reader)
            else { continue }
            phrases[phrase] = text
        }
        return phrases
    }

    /// A phrase's text as written (spaces kept), after refusing a `{place}` it does not take.
    private func placed(_ value: Node, name: String, places: [String], reader: NodeReader) -> String? {
        guard let scalar = reader.scalar(value, what: name) else { return nil }
        let text = scalar.value.string
        for place in placeholders(in: text) where !places.contains(place) {
            bag.error("'{\(place)}' is not a place of \(name)"
                      + (places.isEmpty ? ", which takes none" : "; it takes "
                         + places.map { "{\($0)}" }.joined(separator: ", ")), at: scalar.location)
        }
        return text
    }

    private func monthList(_ node: Node?, what: String, reader: NodeReader) -> [String]? {
        guard let node else { return nil }
        let names = reader.list(node, what: what) { reader.string($0, what: "a month")?.value }
        guard names.count == 12 else {
            bag.error("\(what) lists \(names.count) months; write the twelve, from January", at: reader.location(of: node))
            return nil
        }
        return names
    }

    private func placeholders(in text: String) -> [String] {
        var names: [String] = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            names.append(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return names
    }
}
