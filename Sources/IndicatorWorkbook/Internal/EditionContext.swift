import IndicatorLibrary
import XLSXWriter

/// What every sheet of one edition's workbook needs: the data, who it is for, and how to word it.
struct EditionContext: Sendable {
    let library: Library
    let edition: Edition
    let audience: Audience
    let isDraft: Bool
    /// The words of the workbook's language (Templates/strings/).
    let wording: Wording
    /// The editions of the trend sheet, in order.
    let trendYears: [Int]
    /// The first edition of every id: the Findings and Recommendations sheets' "since".
    let firstAppearance: FirstAppearance
    /// The findings this workbook shows, regional ones first: chosen once, for the sheets that count,
    /// list and refer to them.
    let findings: [Finding]
    /// The country of a one-country extract.
    let extractOf: String?

    init(library: Library, edition: Edition, audience: Audience, isDraft: Bool = false, wording: Wording,
         trendYears: [Int], extractOf: String? = nil) {
        self.library = library
        self.extractOf = extractOf
        self.isDraft = isDraft
        self.wording = wording
        self.edition = edition
        self.audience = audience
        self.trendYears = trendYears
        firstAppearance = FirstAppearance(library: library)
        findings = edition.findings.filter(audience.shows)
    }


    var year: Int { edition.year }
    var language: String { wording.language }

    /// What every sheet and printed page says of itself, in its language: that it is internal, that it
    /// is a draft.
    var markings: [String] { wording.markings(audience: audience, isDraft: isDraft) }

    /// Text fields as plain text in the workbook's language: a cell holds no Markdown. A text without
    /// it reaches here only in a draft (the checker stops a publication): in the edition's first
    /// language, marked as not translated.
    func plain(_ text: LocalizedText) -> String {
        Markup.plain(wording.text(text, else: edition.meeting.language.value))
    }

    /// A citation: the title of a source, or an instrument's official title, printed as the work is
    /// titled (its title in the workbook's language when the library gives one), never marked as
    /// untranslated: a cited work keeps its own title.
    func citation(_ text: LocalizedText) -> String {
        Markup.plain(text.has(language) ? text.text(in: language) : text.text)
    }

    func countryName(_ code: String) -> String {
        library.catalog.country(code).map { wording.text($0.name.value, else: edition.meeting.language.value) } ?? code
    }

    /// An affected group as the workbook's language names it: the catalog's title, else its id.
    func groupName(_ id: String) -> String { library.catalog.groupTitle(id).map { plain($0.value) } ?? id }

    /// A code of the library (`partially-implemented`) as the workbook's language prints it.
    func word(_ code: String) -> String { wording.word(code) }

    func phrase(_ phrase: Wording.WorkbookPhrase, _ values: KeyValuePairs<String, String> = [:]) -> String {
        wording.phrase(phrase, values)
    }

    /// The heading's ordinal in the workbook's language, as the Final Document prints it.
    var ordinal: String { wording.ordinal(of: edition.meeting) }

    /// "Findings, 2021 edition: Fifth Coordination Meeting, Bishkek, 2021-12-07".
    func title(_ sheet: String) -> String {
        let meeting = edition.meeting
        return phrase(.sheetTitle, ["sheet": sheet, "year": "\(year)", "ordinal": ordinal,
                                    "event": plain(meeting.event.value), "place": plain(meeting.place.value),
                                    "date": "\(meeting.date.value)"])
    }

    /// The first note of every sheet: who the workbook is for.
    var audienceNote: (text: String, style: CellStyle) {
        switch audience {
        case .public:
            return (phrase(.publicNote), WorkbookStyles.note)
        case .internal:
            return (phrase(.internalNote, ["marking": wording.phrase(.internalMarking)]), WorkbookStyles.internalMarking)
        }
    }

    /// The first notes of every sheet: who the workbook is for, whether this language's version is an
    /// unofficial translation, and whether the edition is known only in part (then an absence in it
    /// says nothing).
    var leadingNotes: [(text: String, style: CellStyle)] {
        var notes = [audienceNote]
        if let extractOf {
            notes.append((wording.phrase(.extractOf, ["country": countryName(extractOf)]), WorkbookStyles.partial))
        }
        if edition.meeting.unofficialLanguages.contains(where: { $0.value == language }) {
            notes.append((wording.phrase(.unofficialTranslation), WorkbookStyles.partial))
        }
        if isDraft {
            notes.append((phrase(.draftNote, ["marking": wording.phrase(.draftMarking), "year": "\(year)"]),
                          WorkbookStyles.internalMarking))
        }
        if let note = partialNote(of: year) {
            notes.append(("\(wording.phrase(.partialEdition)) \(note)", WorkbookStyles.partial))
        }
        return notes
    }

    /// What the sheets say of a partial edition of the library, in the workbook's language; nil when
    /// it is complete.
    func partialNote(of year: Int) -> String? {
        library.edition(year).flatMap { wording.partialNote(of: $0.meeting, else: edition.meeting.language.value) }
            .map(Markup.plain)
    }

    /// A country's value of a quantitative indicator in the edition of `year`.
    /// The edition's value of that year, else the series' (`Library.value(of:country:year:)`).
    func value(of indicator: String, country: String, year: Int) -> IndicatorValue? {
        library.value(of: indicator, country: country, year: year)
    }

    func origin(_ what: String, _ location: SourceLocation) -> SheetCell.Origin {
        SheetCell.Origin(what: what, location: location)
    }
}
