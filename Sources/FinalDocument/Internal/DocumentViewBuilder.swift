import IndicatorLibrary

/// Builds the view of one edition for one format and audience: the Swift side of "keep the logic out
/// of the templates".
struct DocumentViewBuilder {
    let library: Library
    let edition: Edition
    let format: DocumentFormat
    let audience: Audience
    let isDraft: Bool
    /// The words of the language the document is written in.
    let wording: Wording
    /// The country of a one-country extract.
    var extractOf: String? = nil

    private var meeting: Meeting { edition.meeting }
    private var language: String { wording.language }

    /// What every page says of the document, in its language.
    private var markings: [String] { wording.markings(audience: audience, isDraft: isDraft) }

    func build() -> DocumentView {
        let appeals = library.appeals(in: edition)
        let event = text(meeting.event.value)
        let ordinal = wording.ordinal(of: meeting)
        let missionInHeading = wording.declinesMissionInHeading
            ? meeting.missionInHeading.map { text($0.value) } ?? text(meeting.mission.value)
            : text(meeting.mission.value)
        let place = text(meeting.place.value)
        let date = wording.date(meeting.date.value)
        let unofficial = meeting.unofficialLanguages.contains { $0.value == language }
        return DocumentView(
            language: language,
            words: Dictionary(uniqueKeysWithValues: wording.namedPhrases.map { ($0.name, plain($0.text)) }),
            internal: audience == .internal,
            internalMarking: plain(wording.phrase(.internalMarking)),
            marked: !markings.isEmpty,
            marking: plain(markings.joined(separator: " · ")),
            edition: meeting.edition.value,
            ordinal: plain(ordinal),
            event: plain(event),
            mission: plain(text(meeting.mission.value)),
            headingEvent: plain(wording.phrase(.headingEvent, ["ordinal": ordinal, "event": event])),
            headingMission: plain(missionInHeading),
            unofficial: unofficial ? plain(wording.phrase(.unofficialTranslation)) : nil,
            extract: extractOf.map { plain(wording.phrase(.extractOf, ["country": countryName($0)])) },
            placeAndDate: plain(wording.phrase(.placeAndDate, ["place": place, "date": date])),
            theme: meeting.theme.map { inline($0.value) },
            partialNote: meeting.partial.value
                ? meeting.partialNote.map { inline($0.value) } ?? plain(wording.phrase(.partialUnknown))
                : nil,
            place: plain(place),
            date: plain(date),
            year: edition.year,
            online: meeting.online.value,
            participants: plain(wording.list(meeting.participants.map { countryName($0.value) })),
            opening: block(meeting.opening.value),
            narrative: meeting.narrative.compactMap(narrative),
            appealsIntro: meeting.appealsIntro.map { block($0.value) },
            appeals: appeals.map(appeal),
            intentionsIntro: meeting.intentionsIntro.map { block($0.value) },
            intentions: meeting.intentions.enumerated().map { offset, intention in
                DocumentView.Item(number: offset + 1, text: inline(intention.value))
            },
            calls: meeting.calls.enumerated().map { offset, call in
                DocumentView.Call(number: offset + 1, to: inline(call.to.value), text: inline(call.text.value))
            },
            hasAppeals: !appeals.isEmpty,
            hasIntentions: !meeting.intentions.isEmpty,
            hasCalls: !meeting.calls.isEmpty,
            annex: audience == .internal ? annex() : nil
        )
    }

    private func narrative(_ block: NarrativeBlock) -> DocumentView.Narrative? {
        switch block {
        case let .text(paragraph):
            return DocumentView.Narrative(text: self.block(paragraph.value), country: nil)
        case let .country(code):
            guard let situation = edition.country(code.value)?.situation else { return nil }
            return DocumentView.Narrative(text: self.block(situation.value), country: code.value)
        }
    }

    private func appeal(_ appeal: Appeal) -> DocumentView.Appeal {
        DocumentView.Appeal(
            country: appeal.country,
            countryName: plain(countryName(appeal.country)),
            addressee: inline(appeal.addressee),
            addresseeLine: RichText.inline(wording.phrase(.appealTo, ["addressee": text(appeal.addressee)]), as: format),
            numbered: appeal.isNumbered,
            recommendations: appeal.items.map { item in
                DocumentView.Recommendation(number: item.number, id: plain(item.recommendation.id.value),
                                            text: inline(item.recommendation.text.value))
            })
    }

    private func annex() -> DocumentView.Annex {
        var sections: [DocumentView.AnnexSection] = []
        if !meeting.findings.isEmpty {
            sections.append(DocumentView.AnnexSection(heading: plain(wording.phrase(.annexRegional)),
                                                      findings: meeting.findings.map(finding)))
        }
        for report in edition.countries where !report.findings.isEmpty {
            sections.append(DocumentView.AnnexSection(heading: plain(countryName(report.country.value)),
                                                      findings: report.findings.map(finding)))
        }
        return DocumentView.Annex(sections: sections)
    }

    private func finding(_ finding: Finding) -> DocumentView.Finding {
        DocumentView.Finding(
            id: plain(finding.id.value),
            kind: plain(word(finding.kind.value.rawValue)),
            status: plain(word(finding.status.value.rawValue)),
            summary: inline(finding.summary.value),
            confidential: finding.confidential.value,
            people: finding.people.map { DocumentView.Person(name: plain($0.localizedName.text(in: language)), confidential: $0.confidential.value) },
            sources: finding.sources.map { source in
                DocumentView.Source(title: source.title.map { plain(text($0.value)) }, url: source.url.map { plain($0.value) })
            })
    }

    private func countryName(_ code: String) -> String {
        library.catalog.country(code).map { text($0.name.value) } ?? code
    }

    /// A kind or status word ("violation", "ongoing") in the document's language.
    private func word(_ name: String) -> String {
        Wording.Phrase(rawValue: name).map(wording.phrase) ?? name
    }

    /// The text in the document's language, else in the edition's first, marked as not translated.
    private func text(_ text: LocalizedText) -> String { wording.text(text, else: meeting.language.value) }
    private func plain(_ string: String) -> String { RichText.plain(string, as: format) }
    private func inline(_ text: LocalizedText) -> String { RichText.inline(self.text(text), as: format) }
    private func block(_ text: LocalizedText) -> String { RichText.block(self.text(text), as: format) }
}
