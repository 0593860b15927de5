import IndicatorLibrary

/// The words the text and Markdown presentations share: section titles, counts, what each kind of
/// change means, so that the two never tell the story differently. In one language: its words come
/// from the strings file (`changes:`), its texts from the editions' translations.
struct ChangeWording {
    let library: Library
    let changes: EditionChanges
    let wording: Wording
    /// What the document says of itself first and last (internal, draft), in its language.
    var markings: [String] = []

    private var language: String { wording.language }
    private var from: String { "\(changes.from)" }
    private var to: String { "\(changes.to)" }

    func phrase(_ phrase: Wording.ChangesPhrase, _ values: KeyValuePairs<String, String> = [:]) -> String {
        wording.phrase(phrase, values)
    }

    var title: String { phrase(.title, ["from": from, "to": to]) }

    /// Notes on partial editions, said before any change, since they change how to read them.
    var partialNotes: [String] {
        var notes: [String] = []
        if let note = partialStatement(of: changes.from) {
            notes.append(phrase(.fromPartial, ["from": from, "note": note]))
        }
        if let note = partialStatement(of: changes.to) {
            notes.append(phrase(.toPartial, ["to": to, "note": note]))
        }
        return notes
    }

    /// What a partial edition's note says, in the document's language; nil for a complete edition.
    private func partialStatement(of year: Int) -> String? {
        library.edition(year).flatMap { wording.partialNote(of: $0.meeting, else: LocalizedText.defaultLanguage) }
            .map(Markup.plain)
    }

    /// A text in the document's language, as plain text; one without it (a draft, or an edition
    /// published in fewer languages) in the default language, marked as not translated.
    func text(_ text: LocalizedText) -> String {
        Markup.plain(wording.text(text, else: LocalizedText.defaultLanguage))
    }

    /// An affected group as the document's language names it: the catalog's title, else its id.
    func groupName(_ id: String) -> String { library.catalog.groupTitle(id).map { text($0.value) } ?? id }

    func countryName(_ code: String?) -> String {
        guard let code else { return wording.phrase(.annexRegional) }
        return library.catalog.country(code).map { wording.text($0.name.value, else: LocalizedText.defaultLanguage) }
            ?? code
    }

    func findingTitle(_ kind: FindingChange.Kind) -> String {
        switch kind {
        case .new: return phrase(.findingNew)
        case .resolved: return phrase(.findingResolved, ["to": to])
        case .noLongerReported: return phrase(.findingNoLongerReported, ["from": from, "to": to])
        case .unknownInPartial: return phrase(.unknownInPartial, ["to": to])
        case .changed: return phrase(.findingChanged)
        case .continuing: return phrase(.findingContinuing)
        }
    }

    func recommendationTitle(_ kind: RecommendationChange.Kind) -> String {
        switch kind {
        case .new: return phrase(.recommendationNew)
        case .repeated: return phrase(.recommendationRepeated)
        case .revised: return phrase(.recommendationRevised)
        case .noLongerMade: return phrase(.recommendationNoLongerMade)
        case .unknownInPartial: return phrase(.unknownInPartial, ["to": to])
        }
    }

    func ratificationTitle(_ kind: RatificationChange.Kind) -> String {
        switch kind {
        case .ratified: return phrase(.ratificationRatified)
        case .denounced: return phrase(.ratificationDenounced)
        case .changed: return phrase(.ratificationChanged)
        case .newInformation: return phrase(.ratificationNewInformation, ["from": from, "to": to])
        case .noLongerKnown: return phrase(.ratificationNoLongerKnown, ["from": from, "to": to])
        }
    }

    /// "kz-trade-union-law-unamended (violation): The ILO's ...": a finding in one line.
    func describe(_ finding: Finding) -> String {
        "\(finding.id.value) (\(wording.word(finding.kind.value.rawValue))): \(text(finding.summary.value))"
    }

    func describe(_ recommendation: Recommendation) -> String {
        "\(recommendation.id.value): \(text(recommendation.text.value))"
    }

    /// A code (`not-ratified`, `status`) as the language prints it.
    func word(_ code: String) -> String { wording.word(code) }

    /// What differs in a changed finding, its summary in the document's language.
    func fields(_ change: FindingChange) -> [FieldChange] {
        change.fields(text: text)
    }

    /// A revised recommendation's text, compared in the document's language.
    func revisedText(_ change: RecommendationChange) -> FieldChange? {
        change.revisedText(text: text)
    }

    func quantity(_ value: IndicatorValue.Quantity?) -> String {
        ChangesHeadline.quantity(value, wording)
    }


    /// The line the changes open with.
    var headline: String {
        ChangesHeadline(changes, library: library, wording: wording, text: text).line
    }

    /// "made in 2 editions", and "No. 3 → 2" when the documents numbered it differently.
    func made(_ change: RecommendationChange) -> String {
        let made = change.timesMade > 1 ? phrase(.madeIn, ["count": "\(change.timesMade)"]) : phrase(.madeOnce)
        return ChangesHeadline.renumbering(change, wording: wording).map { made + "; " + $0 } ?? made
    }

    /// The statuses no longer known, in one line; nil when there are none.
    var noLongerKnownNote: String? {
        ChangesHeadline.noLongerKnownNote(changes, wording: wording)
    }

    var totals: String {
        let findingChanges = changes.findings.filter { $0.kind != .continuing }.count
        let recommendationChanges = changes.recommendations.filter { $0.kind != .repeated }.count
        return phrase(.totals, ["findings": "\(findingChanges)", "recommendations": "\(recommendationChanges)",
                                "ratifications": "\(changes.ratifications.count)", "values": "\(changes.values.count)",
                                "countries": "\(changes.countriesEntered.count + changes.countriesLeft.count)"])
    }
}
