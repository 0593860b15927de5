/// Every text an edition prints has its translation into every language the edition is published in,
/// and the tool has the words of each (its strings file): a document in Russian never falls back to
/// English without saying so.
struct TranslationRules {
    let library: Library
    let edition: Edition
    let bag: DiagnosticBag

    private var meeting: Meeting { edition.meeting }

    func run() {
        let declared = Set(meeting.languages.map(\.value))
        for language in meeting.unofficialLanguages where !declared.contains(language.value) {
            bag.error("'translations' names \(language.value), which is not among the edition's languages "
                      + "(\(meeting.languages.map(\.value).joined(separator: ", ")))", at: language.location)
        }
        for language in meeting.languages {
            guard let wording = Wordings.builtIn(language.value) else {
                bag.error("the tool has no words for language '\(language.value)': add Templates/strings/"
                          + "\(language.value).yaml (Templates/README.md, \"Languages\", says how), or publish in "
                          + Wordings.languages.joined(separator: ", "), at: language.location)
                continue
            }
            checkHeading(in: wording)
            // Every text is written in the default language (the loader makes sure of it).
            guard language.value != LocalizedText.defaultLanguage else { continue }
            for (text, what) in printedTexts() where !text.value.has(language.value) {
                bag.untranslated("\(what) has no '\(language.value)' text, and the edition is published in "
                                 + "\(declaredList): write it as "
                                 + "{\(text.value.languages.first ?? LocalizedText.defaultLanguage): …, "
                                 + "\(language.value): …}", at: text.location)
            }
        }
    }

    /// "en and ru", "en, ru and kk".
    private var declaredList: String {
        let codes = meeting.languages.map(\.value)
        guard codes.count > 1, let last = codes.last else { return codes.first ?? "" }
        return codes.dropLast().joined(separator: ", ") + " and " + last
    }

    /// The heading's derived parts exist in the language, or the edition writes them.
    private func checkHeading(in wording: Wording) {
        let language = wording.language
        let ordinalWritten = meeting.ordinal?.value.has(language) ?? false
        if !ordinalWritten,
           wording.ordinal(meeting.edition.value, event: meeting.event.value.text(in: language)) == nil {
            bag.error("\(wording.file) has ordinals up to the \(wording.ordinalCount)th edition; write this one's "
                      + "as 'ordinal: {\(language): …}' in the meeting, or add it there", at: meeting.edition.location)
        }
        if wording.declinesMissionInHeading, !(meeting.missionInHeading?.value.has(language) ?? false) {
            bag.untranslated("the \(language) heading declines the mission's name after the event: write it as "
                             + "'mission_in_heading: {\(language): …}' (in Russian, the genitive)",
                             at: meeting.mission.location)
        }
    }

    /// Every text that the edition's public outputs print, with what to call it: the Final Document's,
    /// then the workbook's and the changes' (every recommendation, the findings' summaries, those of
    /// the edition before with its recommendations as the changes show them, and the titles of the
    /// indicators with values). Citations are not among them: a source's title is printed as the work
    /// is titled, and an instrument's as its official title.
    private func printedTexts() -> [(Located<LocalizedText>, String)] {
        var texts = documentTexts()
        let earlier = library.editions.last { $0.year < edition.year }
        let changesSheet = " (the changes to \(edition.year) print it)"
        for shown in [earlier, edition].compactMap({ $0 }) {
            for finding in shown.findings where !finding.confidential.value {
                texts.append((finding.summary, "the summary of finding '\(finding.id.value)'"
                              + (shown.year == edition.year ? "" : changesSheet)))
            }
        }
        for recommendation in earlier?.recommendations ?? [] {
            texts.append((recommendation.text, "recommendation '\(recommendation.id.value)'" + changesSheet))
        }
        if let earlier, earlier.meeting.partial.value, let note = earlier.meeting.partialNote {
            texts.append((note, "the partial_note of \(earlier.year)" + changesSheet))
        }
        let valued = Set(library.editions.filter { $0.year <= edition.year }
            .flatMap { $0.countries.flatMap { $0.values.map(\.indicator.value) } })
        for indicator in library.catalog.indicators where valued.contains(indicator.id.value) {
            texts.append((indicator.title, "the title of indicator '\(indicator.id.value)'"))
        }
        return texts
    }

    /// Every text of the edition that the public Final Document prints, and its recommendations.
    private func documentTexts() -> [(Located<LocalizedText>, String)] {
        var texts: [(Located<LocalizedText>, String)] = [(meeting.event, "event"), (meeting.mission, "mission")]
        let unfilled = Set(meeting.unfilled.map(\.value))
        if let theme = meeting.theme { texts.append((theme, "theme")) }
        if !unfilled.contains("place") { texts.append((meeting.place, "place")) }
        if !unfilled.contains("opening") { texts.append((meeting.opening, "opening")) }
        if meeting.partial.value, let note = meeting.partialNote { texts.append((note, "partial_note")) }
        for block in meeting.narrative {
            switch block {
            case let .text(paragraph):
                texts.append((paragraph, "the narrative's paragraph"))
            case let .country(code):
                if let situation = edition.country(code.value)?.situation {
                    texts.append((situation, "\(code.value)'s situation"))
                }
            }
        }
        if let intro = meeting.appealsIntro { texts.append((intro, "appeals_intro")) }
        for appeal in library.appeals(in: edition) {
            if let report = edition.country(appeal.country),
               let addressee = report.addressee ?? library.catalog.country(appeal.country)?.addressee {
                texts.append((addressee, "the addressee of \(appeal.country)"))
            }
        }
        // The document prints the appeals' recommendations; the workbook every one, implemented too.
        for recommendation in edition.recommendations {
            texts.append((recommendation.text, "recommendation '\(recommendation.id.value)'"))
        }
        if let intro = meeting.intentionsIntro { texts.append((intro, "intentions_intro")) }
        texts += meeting.intentions.map { ($0, "the intention") }
        for call in meeting.calls {
            texts.append((call.to, "the call's 'to'"))
            texts.append((call.text, "the call's text"))
        }
        return texts
    }
}
