/// An edition's `meeting.yaml`: the gathering and the document's regional parts.
public struct Meeting: Sendable {
    /// The ordinal of the heading ("Fifth") comes from it.
    public let edition: Located<Int>
    /// What the gathering was called ("Coordination Meeting"; 2022's was a "Conference").
    public let event: Located<LocalizedText>
    public let mission: Located<LocalizedText>
    /// Optional subtitle of the document.
    public let theme: Located<LocalizedText>?
    public let place: Located<LocalizedText>
    public let date: Located<CalendarDate>
    public let online: Located<Bool>
    /// The language the document is written in (default English).
    public let language: Located<String>
    public let participants: [Located<String>]
    public let opening: Located<LocalizedText>
    public let narrative: [NarrativeBlock]
    public let appealsIntro: Located<LocalizedText>?
    /// Order of the per-government appeal blocks.
    public let appeals: [Located<String>]
    /// The sentence that leads into "state their intention to:".
    public let intentionsIntro: Located<LocalizedText>?
    public let intentions: [Located<LocalizedText>]
    public let calls: [Call]
    /// Findings about the region as a whole, not one country.
    public let findings: [Finding]
    /// Where the document itself was read or published.
    public let sources: [Source]
    /// True when only part of the edition is known (a document that could not be read in full):
    /// outputs say so, and a comparison with it does not read what is missing as a change.
    public let partial: Located<Bool>
    /// What is known and what is missing, for the outputs to show.
    public let partialNote: Located<LocalizedText>?

    /// What a reader is told of a partial edition (its note, in its language, or that only part is
    /// known); nil when the edition is complete.
    public var partialStatement: String? {
        guard partial.value else { return nil }
        return partialNote?.value.text(in: language.value) ?? "Only part of this edition is known."
    }
    /// Fields written empty for the secretariat to fill in (`place`, `date`, `opening` of a skeleton
    /// made by `carry-forward`); their values are placeholders, so no document is made until it is empty.
    public let unfilled: [Located<String>]
    /// As a country file's: names in this file's texts that are not the confidential people they resemble.
    public let acknowledged: [Acknowledgement]
    public let file: String

    init(edition: Located<Int>, event: Located<LocalizedText>, mission: Located<LocalizedText>,
                theme: Located<LocalizedText>?, place: Located<LocalizedText>, date: Located<CalendarDate>,
                online: Located<Bool>, language: Located<String>, participants: [Located<String>],
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
        self.language = language
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
