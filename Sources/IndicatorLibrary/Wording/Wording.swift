/// The words the tool itself prints in one language: the Final Document's headings, lead-ins and
/// markings, dates, joined lists, ordinals. Every language's words are one strings file
/// (`Templates/strings/LANG.yaml`), so that a format's template never holds a language's words, and a
/// new language is one more file (Templates/README.md, "Languages").
package struct Wording: Sendable {
    /// A phrase every strings file gives. `{name}` in a phrase stands for what the tool puts there.
    package enum Phrase: String, CaseIterable, Sendable {
        case finalDocument = "final_document"
        /// "{ordinal} {event}": the heading's line under "Final Document".
        case headingEvent = "heading_event"
        case placeAndDate = "place_and_date"
        /// "{addressee} to:", the line over each appeal's recommendations.
        case appealTo = "appeal_to"
        case intentionsLead = "intentions_lead"
        case callsLead = "calls_lead"
        case partialEdition = "partial_edition"
        case partialUnknown = "partial_unknown"
        case unofficialTranslation = "unofficial_translation"
        /// "[not translated] {text}": a draft's text that has no translation yet.
        case untranslated
        case internalMarking = "internal_marking"
        case draftMarking = "draft_marking"
        /// The page footer of the Word and PDF documents: `{page}` and `{pages}` are Word's page fields.
        case pageOf = "page_of"
        /// Under the heading of a one-country extract: "Extract: Kazakhstan".
        case extractOf = "extract_of"
        /// The static site's words (`labour-monitor site`).
        case siteTitle = "site_title"
        case sitePublic = "site_public"
        case siteLanguage = "site_language"
        case siteCountries = "site_countries"
        case siteEditions = "site_editions"
        case siteAllCountries = "site_all_countries"
        case siteOpenViolations = "site_open_violations"
        case siteResolved = "site_resolved"
        case siteProgress = "site_progress"
        case siteFundamental = "site_fundamental"
        case siteMigrant = "site_migrant"
        case siteTrend = "site_trend"
        case siteFindings = "site_findings"
        case siteFinding = "site_finding"
        case siteFirstReported = "site_first_reported"
        case siteResolvedIn = "site_resolved_in"
        case siteRecommendations = "site_recommendations"
        case siteRecommendation = "site_recommendation"
        case siteNumber = "site_number"
        case siteRatifications = "site_ratifications"
        case siteInstrument = "site_instrument"
        case siteSeries = "site_series"
        case siteYear = "site_year"
        case siteValue = "site_value"
        case siteSource = "site_source"
        case siteNoSeries = "site_no_series"
        case siteGroups = "site_groups"
        case siteThemes = "site_themes"
        case siteGroup = "site_group"
        case siteTheme = "site_theme"
        case siteCount = "site_count"
        case siteStory = "site_story"
        case siteFirstEdition = "site_first_edition"
        case siteNewFindings = "site_new_findings"
        case siteResolvedFindings = "site_resolved_findings"
        case siteDocuments = "site_documents"
        case siteNoDocuments = "site_no_documents"
        case siteNotMonitored = "site_not_monitored"
        case siteChartNote = "site_chart_note"
        case annexHeading = "annex_heading"
        case annexRegional = "annex_regional"
        case confidential
        case person
        case source
        case violation, progress, concern
        case ongoing, resolved, carried
        case dateWithDay = "date_with_day"
        case dateWithMonth = "date_with_month"
        case dateYear = "date_year"
        case listSeparator = "list_separator"
        case listLast = "list_last"
        case listPair = "list_pair"
    }

    /// A phrase of the workbook (the strings file's `workbook:`): its sheets' names, titles, headers,
    /// notes and comments.
    package enum WorkbookPhrase: String, CaseIterable, Sendable {
        case sheetSummary = "sheet_summary", sheetRatifications = "sheet_ratifications", sheetFindings = "sheet_findings"
        case sheetRecommendations = "sheet_recommendations", sheetIndicators = "sheet_indicators"
        case sheetChanges = "sheet_changes", sheetGroups = "sheet_groups"
        case group, openCount = "open_count", resolvedCount = "resolved_count", totalCount = "total_count"
        case groupsNote = "groups_note", groupsEmpty = "groups_empty"
        case sheetTitle = "sheet_title", sheetPart = "sheet_part"
        case publicNote = "public_note", internalNote = "internal_note", draftNote = "draft_note"
        case nothingRecorded = "nothing_recorded"
        case country, name, id, status
        case openViolations = "open_violations", openConcerns = "open_concerns", progressFindings = "progress_findings"
        case resolvedIn = "resolved_in", resolvedInComment = "resolved_in_comment"
        case recommendationsBy = "recommendations_by"
        case fundamentalRatified = "fundamental_ratified", fundamentalIn = "fundamental_in"
        case migrantRatified = "migrant_ratified", unknownStatus = "unknown_status"
        case unknownStatusComment = "unknown_status_comment", summaryNote = "summary_note"
        case violationsChartTitle = "violations_chart_title", violationsChartAxis = "violations_chart_axis"
        case groupFundamental = "group_fundamental", groupGovernance = "group_governance"
        case groupTechnical = "group_technical", groupMigrant = "group_migrant"
        case ratificationsStatusNote = "ratifications_status_note", ratificationsHoverNote = "ratifications_hover_note"
        case ratifiedBy = "ratified_by", denouncedIn = "denounced_in"
        case sourceComment = "source_comment", statedOn = "stated_on", statedAsOf = "stated_as_of"
        case noteComment = "note_comment", instrumentComment = "instrument_comment"
        case fundamentalSince = "fundamental_since"
        case kind, indicators, groups, summary, since
        case sinceComment = "since_comment", people
        case confidentialColumn = "confidential_column", sourceNumber = "source_number"
        case findingsNote = "findings_note", findingsEmpty = "findings_empty"
        case personConfidential = "person_confidential", wholeFinding = "whole_finding"
        case somePeople = "some_people", noPeople = "no_people"
        case addressee, number, numberComment = "number_comment", recommendation
        case statusComment = "status_comment", earlierEditions = "earlier_editions"
        case earlierEditionsComment = "earlier_editions_comment", firstMade = "first_made", findings
        case recommendationsNote = "recommendations_note", recommendationsEmpty = "recommendations_empty"
        case indicator, title, unit, better, betterComment = "better_comment"
        case indicatorsNote = "indicators_note", spanOne = "span_one", spanMany = "span_many"
        case indicatorsEmpty = "indicators_empty", editionAxis = "edition_axis"
        case area, item, change, inYear = "in_year", details
        case changesNote = "changes_note", changesPartial = "changes_partial", changesEmpty = "changes_empty"
        case areaFinding = "area_finding", areaRecommendation = "area_recommendation"
        case areaRatification = "area_ratification", areaValue = "area_value", areaGroup = "area_group"
        case newlyAffected = "newly_affected"
        case entered, left, madeIn = "made_in", madeOnce = "made_once", recordedAs = "recorded_as"
        case sourceDetail = "source_detail", notRecorded = "not_recorded"
        case propertiesTitle = "properties_title", propertiesKeywords = "properties_keywords"
        case propertiesComments = "properties_comments"
    }

    /// A phrase of the changes between two editions (the strings file's `changes:`), in every format.
    package enum ChangesPhrase: String, CaseIterable, Sendable {
        case title, fromPartial = "from_partial", toPartial = "to_partial", note
        case findingNew = "finding_new", findingResolved = "finding_resolved"
        case findingNoLongerReported = "finding_no_longer_reported", unknownInPartial = "unknown_in_partial"
        case findingChanged = "finding_changed", findingContinuing = "finding_continuing"
        case recommendationNew = "recommendation_new", recommendationRepeated = "recommendation_repeated"
        case recommendationRevised = "recommendation_revised", recommendationNoLongerMade = "recommendation_no_longer_made"
        case ratificationRatified = "ratification_ratified", ratificationDenounced = "ratification_denounced"
        case ratificationChanged = "ratification_changed", ratificationNewInformation = "ratification_new_information"
        case ratificationNoLongerKnown = "ratification_no_longer_known"
        case notRecorded = "not_recorded", yes, no, madeIn = "made_in", madeOnce = "made_once", totals
        case countryEntered = "country_entered", countryLeft = "country_left"
        case countries, enteredMonitoring = "entered_monitoring", leftMonitoring = "left_monitoring"
        case countriesNone = "countries_none", findings, findingsNone = "findings_none"
        case recommendations, recommendationsNone = "recommendations_none"
        case recordedAsIn = "recorded_as_in", notKnownInPartial = "not_known_in_partial", notIn = "not_in"
        case source, ratifications, ratificationsNone = "ratifications_none"
        case values, valuesNone = "values_none"
        /// The line every presentation of the changes opens with, and its parts.
        case headline, headlineFindings = "headline_findings", headlineRecommendations = "headline_recommendations"
        case headlineRatifications = "headline_ratifications", headlineNoRatification = "headline_no_ratification"
        case headlineMoreValues = "headline_more_values"
        case countNew = "count_new", countResolved = "count_resolved", countChanged = "count_changed"
        case countContinuing = "count_continuing", countNoLongerReported = "count_no_longer_reported"
        case countUnknown = "count_unknown", countRepeated = "count_repeated", countRevised = "count_revised"
        case countImplemented = "count_implemented", countWithdrawn = "count_withdrawn"
        case countNoLongerMade = "count_no_longer_made", countRatified = "count_ratified"
        case countDenounced = "count_denounced", countStatusChanged = "count_status_changed"
        /// A repeated recommendation printed under another number: "No. 3 → 2".
        case renumbered
        /// The ratification statuses no longer known, gathered in one line.
        case noLongerKnownNote = "no_longer_known_note"
        /// The affected groups a country's findings name for the first time.
        case groups, groupsNewlyNamed = "groups_newly_named", groupAppeared = "group_appeared", groupsNone = "groups_none"
    }

    /// How the workbook and the changes print a code of the library (`partially-implemented`,
    /// `no-longer-reported`): the strings file's `words:`, one for each.
    package static let codes = [
        "new", "repeated", "partially-implemented", "implemented", "withdrawn", "carried", "violation", "progress",
        "concern", "ongoing", "resolved", "ratified", "not-ratified", "denounced", "unknown", "no-longer-reported",
        "unknown-in-partial", "changed", "continuing", "revised", "no-longer-made", "new-information",
        "no-longer-known", "better", "worse", "unchanged", "neutral", "lower", "higher", "none",
        // The fields a change names.
        "status", "kind", "indicators", "summary", "text",
    ]

    /// The grammatical gender an ordinal agrees with, in a language whose ordinals agree.
    package enum Gender: String, CaseIterable, Sendable {
        case masculine, feminine, neuter
    }

    /// The language code (`en`, `ru`).
    package let language: String
    /// Where the words were read, for messages.
    package let file: String
    let phrases: [Phrase: String]
    let workbookPhrases: [WorkbookPhrase: String]
    let changesPhrases: [ChangesPhrase: String]
    let codeWords: [String: String]
    let months: [String]
    /// Month names as a date with its day writes them (Russian: the genitive, "7 декабря").
    let monthsWithDay: [String]
    /// Ordinal words from "first", one list per gender (a single list under `masculine` where the
    /// language's ordinals do not agree).
    let ordinals: [Gender: [String]]
    /// Endings of the event's last word that make it feminine or neuter; any other is masculine.
    let genderEndings: [Gender: [String]]
    /// Whether the heading declines the mission's name after the event (then the edition gives it in
    /// `mission_in_heading`).
    package let declinesMissionInHeading: Bool

    package func phrase(_ phrase: Phrase) -> String { phrases[phrase] ?? phrase.rawValue }

    /// A phrase with its `{name}` places filled.
    package func phrase(_ phrase: Phrase, _ values: KeyValuePairs<String, String>) -> String {
        Self.filled(self.phrase(phrase), values)
    }

    package func phrase(_ phrase: WorkbookPhrase) -> String { workbookPhrases[phrase] ?? phrase.rawValue }

    package func phrase(_ phrase: WorkbookPhrase, _ values: KeyValuePairs<String, String>) -> String {
        Self.filled(self.phrase(phrase), values)
    }

    package func phrase(_ phrase: ChangesPhrase, _ values: KeyValuePairs<String, String> = [:]) -> String {
        Self.filled(changesPhrases[phrase] ?? phrase.rawValue, values)
    }

    /// A code of the library as this language prints it; the code itself for one the file lacks (the
    /// loader refuses such a file, so only a code added to the library later gets there).
    package func word(_ code: String) -> String { codeWords[code] ?? code }

    private static func filled(_ text: String, _ values: KeyValuePairs<String, String>) -> String {
        var text = text
        for (name, value) in values { text = text.replacingOccurrences(of: "{\(name)}", with: value) }
        return text
    }

    /// Every phrase by its name in the strings file, for the templates (`{{words.final_document}}`).
    package var namedPhrases: [(name: String, text: String)] {
        Phrase.allCases.map { ($0.rawValue, phrase($0)) }
    }

    /// Whether the language's ordinals agree in gender with the event.
    package var ordinalsAgree: Bool { ordinals.count > 1 }

    /// The gender of an event's name, read from the ending of its last word ("совещание" is neuter,
    /// "конференция" feminine, "форум" masculine). Where that reads wrongly, the edition writes its
    /// `ordinal`.
    package func gender(of event: String) -> Gender {
        let last = event.split(whereSeparator: { $0 == " " }).last.map { String($0).lowercased() } ?? ""
        // The longest ending that matches decides (the Russian "-ие" before "-е").
        var best: (gender: Gender, length: Int)?
        for (gender, endings) in genderEndings {
            for ending in endings where last.hasSuffix(ending) && ending.count > (best?.length ?? 0) {
                best = (gender, ending.count)
            }
        }
        return best?.gender ?? .masculine
    }

    /// The ordinal word of edition `number` for an event so named, or nil beyond the strings file's list.
    package func ordinal(_ number: Int, event: String) -> String? {
        let list = ordinals[ordinalsAgree ? gender(of: event) : .masculine] ?? []
        return list.indices.contains(number - 1) ? list[number - 1] : nil
    }

    /// The highest edition number the strings file has an ordinal for.
    package var ordinalCount: Int { ordinals.values.map(\.count).min() ?? 0 }

    /// A text in this language. One without it reaches an output only in a draft (the checker asks a
    /// publication for every text it prints): in `fallback`'s language, marked as not translated.
    package func text(_ text: LocalizedText, else fallback: String) -> String {
        text.has(language) ? text.text(in: language) : phrase(.untranslated, ["text": text.text(in: fallback)])
    }

    /// What every page and sheet of an output says of itself, in this order: that it is internal,
    /// that it is a draft.
    package func markings(audience: Audience, isDraft: Bool) -> [String] {
        (audience == .internal ? [phrase(.internalMarking)] : []) + (isDraft ? [phrase(.draftMarking)] : [])
    }

    /// The heading's ordinal of `meeting` in this language: as the edition writes it, else derived from
    /// its event; the number where neither exists (the checker refuses that outside a draft).
    package func ordinal(of meeting: Meeting) -> String {
        if let written = meeting.ordinal, written.value.has(language) { return written.value.text(in: language) }
        let event = text(meeting.event.value, else: meeting.language.value)
        return ordinal(meeting.edition.value, event: event) ?? "\(meeting.edition.value)"
    }

    /// What the outputs tell their readers of a partial edition, in this language: its note, or that
    /// only part of it is known; nil for a complete edition.
    package func partialNote(of meeting: Meeting, else fallback: String) -> String? {
        guard meeting.partial.value else { return nil }
        return meeting.partialNote.map { text($0.value, else: fallback) } ?? phrase(.partialUnknown)
    }

    /// "7 December 2021", "7 декабря 2021 г.", "December 2021", "2021".
    /// A piece of the printed pages' footer: text, or where the page's number or the number of pages goes.
    package enum PagePiece: Equatable, Sendable {
        case text(String)
        case page
        case pages
    }

    /// "Page {page} of {pages}" (`page_of`) in pieces, for the Word document's footer and the printed
    /// workbook's, each of which writes the numbers as its format's own fields.
    package var pageLine: [PagePiece] {
        var pieces: [PagePiece] = []
        var rest = phrase(.pageOf)[...]
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            if open > rest.startIndex { pieces.append(.text(String(rest[..<open]))) }
            switch rest[rest.index(after: open)..<close] {
            case "page": pieces.append(.page)
            case "pages": pieces.append(.pages)
            default: pieces.append(.text(String(rest[open...close])))
            }
            rest = rest[rest.index(after: close)...]
        }
        if !rest.isEmpty { pieces.append(.text(String(rest))) }
        return pieces
    }

    package func date(_ date: CalendarDate) -> String {
        switch (date.month, date.day) {
        case let (month?, day?):
            return phrase(.dateWithDay, ["day": "\(day)", "month": monthsWithDay[month - 1], "year": "\(date.year)"])
        case let (month?, nil):
            return phrase(.dateWithMonth, ["month": months[month - 1], "year": "\(date.year)"])
        default:
            return phrase(.dateYear, ["year": "\(date.year)"])
        }
    }

    /// "A, B, and C" in English (the serial comma, as the Mission's documents write it), "A, B и C" in
    /// Russian: as the strings file joins them.
    package func list(_ items: [String]) -> String {
        guard items.count > 1, let last = items.last else { return items.first ?? "" }
        if items.count == 2 { return phrase(.listPair, ["first": items[0], "second": last]) }
        return items.dropLast().joined(separator: phrase(.listSeparator)) + phrase(.listLast) + last
    }
}
