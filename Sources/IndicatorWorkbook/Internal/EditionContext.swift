import IndicatorLibrary
import XLSXWriter

/// What every sheet of one edition's workbook needs: the data, who it is for, and how to word it.
struct EditionContext: Sendable {
    let library: Library
    let edition: Edition
    let audience: Audience
    /// What every sheet and printed page says of itself (internal, draft), in order.
    let markings: [String]
    /// The editions of the trend sheet, in order.
    let trendYears: [Int]
    /// The first edition of every id: the Findings and Recommendations sheets' "since".
    let firstAppearance: FirstAppearance
    /// The findings this workbook shows, regional ones first: chosen once, for the sheets that count,
    /// list and refer to them.
    let findings: [Finding]

    init(library: Library, edition: Edition, audience: Audience, markings: [String] = [], trendYears: [Int]) {
        self.library = library
        self.markings = markings
        self.edition = edition
        self.audience = audience
        self.trendYears = trendYears
        firstAppearance = FirstAppearance(library: library)
        findings = edition.findings.filter(audience.shows)
    }


    var year: Int { edition.year }
    var language: String { edition.meeting.language.value }

    /// Text fields as plain text in the edition's language: a cell holds no Markdown.
    func plain(_ text: LocalizedText) -> String {
        Markup.plain(text.text(in: language))
    }

    func countryName(_ code: String) -> String {
        library.catalog.country(code).map { $0.name.value.text(in: language) } ?? code
    }

    /// "Findings, 2021 edition: Fifth Coordination Meeting, Bishkek, 2021-12-07".
    func title(_ sheet: String) -> String {
        let meeting = edition.meeting
        return "\(sheet), \(year) edition: \(Ordinal.word(meeting.edition.value)) "
            + "\(meeting.event.value.text(in: language)), \(meeting.place.value.text(in: language)), "
            + "\(meeting.date.value)"
    }

    /// The first note of every sheet: who the workbook is for.
    var audienceNote: (text: String, style: CellStyle) {
        switch audience {
        case .public:
            return ("Public edition: findings and people marked confidential in the library are left out.",
                    WorkbookStyles.note)
        case .internal:
            return ("\(Audience.internalMarking): this workbook includes confidential findings and people.",
                    WorkbookStyles.internalMarking)
        }
    }

    /// The first notes of every sheet: who the workbook is for, and whether the edition is known only
    /// in part (then an absence in it says nothing).
    var leadingNotes: [(text: String, style: CellStyle)] {
        var notes = [audienceNote]
        if markings.contains(RedactedEdition.draftMarking) {
            notes.append(("\(RedactedEdition.draftMarking): the edition is not ready to publish; "
                          + "`labour-monitor check --todo \(year)` lists what is left to do.", WorkbookStyles.internalMarking))
        }
        let meeting = edition.meeting
        if meeting.partial.value {
            let note = meeting.partialNote.map { plain($0.value) } ?? "Only part of this edition is known."
            notes.append(("Partial edition. \(note)", WorkbookStyles.partial))
        }
        return notes
    }

    /// A country's value of a quantitative indicator in the edition of `year`.
    func value(of indicator: String, country: String, year: Int) -> IndicatorValue? {
        library.edition(year)?.country(country)?.value(of: indicator)
    }

    func origin(_ what: String, _ location: SourceLocation) -> SheetCell.Origin {
        SheetCell.Origin(what: what, location: location)
    }
}
