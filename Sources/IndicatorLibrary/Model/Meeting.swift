/// An edition's `meeting.yaml`: the gathering and the document's regional parts.
package struct Meeting: Sendable {
    /// The ordinal of the heading ("Fifth") comes from it.
    package let edition: Located<Int>
    /// What the gathering was called ("Coordination Meeting"; 2022's was a "Conference").
    package let event: Located<LocalizedText>
    package let mission: Located<LocalizedText>
    /// Optional subtitle of the document.
    package let theme: Located<LocalizedText>?
    package let place: Located<LocalizedText>
    package let date: Located<CalendarDate>
    package let online: Located<Bool>
    /// The languages the edition is published in, the first the one its file names keep
    /// (`languages: [en, ru]`, or `language: en`; default English). Never empty.
    package let languages: [Located<String>]
    /// The first of `languages`.
    package var language: Located<String> { languages[0] }
    /// The languages whose version is a translation made without the meeting's sign-off
    /// (`translations: {ru: unofficial}`): the outputs in them say so under the heading.
    package let unofficialLanguages: [Located<String>]
    /// The mission's name as the heading prints it after the event, per language, where the language
    /// declines it there (Russian puts it in the genitive: "… совещание Международной … миссии").
    package let missionInHeading: Located<LocalizedText>?
    /// The heading's ordinal as written, per language, in place of the one the tool derives
    /// (`ordinal: {ru: Пятая}` for an event whose gender the tool reads wrongly).
    package let ordinal: Located<LocalizedText>?
    package let participants: [Located<String>]
    package let opening: Located<LocalizedText>
    package let narrative: [NarrativeBlock]
    package let appealsIntro: Located<LocalizedText>?
    /// Order of the per-government appeal blocks.
    package let appeals: [Located<String>]
    /// The sentence that leads into "state their intention to:".
    package let intentionsIntro: Located<LocalizedText>?
    package let intentions: [Located<LocalizedText>]
    package let calls: [Call]
    /// Findings about the region as a whole, not one country.
    package let findings: [Finding]
    /// Where the document itself was read or published.
    package let sources: [Source]
    /// True when only part of the edition is known (a document that could not be read in full):
    /// outputs say so, and a comparison with it does not read what is missing as a change.
    package let partial: Located<Bool>
    /// What is known and what is missing, for the outputs to show.
    package let partialNote: Located<LocalizedText>?

    /// Fields written empty for the secretariat to fill in (`place`, `date`, `opening` of a skeleton
    /// made by `carry-forward`); their values are placeholders, so no document is made until it is empty.
    package let unfilled: [Located<String>]
    /// As a country file's: names in this file's texts that are not the confidential people they resemble.
    package let acknowledged: [Acknowledgement]
    package let file: String

    init(edition: Located<Int>, event: Located<LocalizedText>, mission: Located<LocalizedText>,
                theme: Located<LocalizedText>?, place: Located<LocalizedText>, date: Located<CalendarDate>,
                online: Located<Bool>, languages: [Located<String>], unofficialLanguages: [Located<String>] = [],
                missionInHeading: Located<LocalizedText>? = nil, ordinal: Located<LocalizedText>? = nil,
                participants: [Located<String>],
                opening: Located<LocalizedText>, narrative: [NarrativeBlock], appealsIntro: Located<LocalizedText>?,
                appeals: [Located<String>], intentionsIntro: Located<LocalizedText>?,
                intentions: [Located<LocalizedText>], calls: [Call], findings: [Finding], sources: [Source],
                partial: Located<Bool>? = nil, partialNote: Located<LocalizedText>? = nil,
                unfilled: [Located<String>] = [], acknowledged: [Acknowledgement] = [], file: String) {
        self.acknowledged = acknowledged
        self.edition = edition
        self.event = event
        self.mission = mission
        self.theme = theme
        self.place = place
        self.date = date
        self.online = online
        self.languages = languages
        self.unofficialLanguages = unofficialLanguages
        self.missionInHeading = missionInHeading
        self.ordinal = ordinal
        self.participants = participants
        self.opening = opening
        self.narrative = narrative
        self.appealsIntro = appealsIntro
        self.appeals = appeals
        self.intentionsIntro = intentionsIntro
        self.intentions = intentions
        self.calls = calls
        self.findings = findings
        self.sources = sources
        self.partial = partial ?? Located(false, at: .file(file))
        self.partialNote = partialNote
        self.unfilled = unfilled
        self.file = file
    }
}
