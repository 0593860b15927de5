import Foundation
internal import Parallelism
import IndicatorLibrary
import XLSXWriter

/// An edition's findings as an Excel workbook: Summary, Ratifications, Findings, Recommendations and
/// Indicators sheets, for analysts to filter, sort, chart and paste from.
///
/// The bytes depend on the library alone: the document's created date is the meeting's, never the
/// clock, so a workbook regenerated from the same data is the same file.
///
/// Rows go to disk as they are written (libxlsxwriter's constant-memory mode, so texts are stored
/// in their cells rather than in a shared table): a million findings cost no more memory in the
/// writer than ten. The sheets are therefore written top to bottom, and merged cells span one row.
public enum IndicatorWorkbook {
    /// `indicators-2021.xlsx`, and `indicators-2021.ru.xlsx` in a language other than the edition's
    /// first.
    public static func fileName(for year: Int, language: String? = nil, country: String? = nil) -> String {
        "indicators-\(year)\(country.map { "-\($0)" } ?? "")\(language.map { ".\($0)" } ?? "").xlsx"
    }

    /// Writes the workbook of `edition` to `path` (atomically: the old file stays until the new one
    /// is complete) and returns the warnings about what Excel's limits made it change.
    ///
    /// The edition comes redacted for its audience, and so do `changes`, which, when given, fill the
    /// Changes sheet instead of a comparison made here: `build` computes them once for both the sheet
    /// and its changes document.
    /// In `language` (default: the edition's first), whose words the tool must have (the checker
    /// refuses an edition in a language it has none for).
    public static func write(_ redacted: RedactedEdition, options: WorkbookOptions = WorkbookOptions(),
                             changes given: RedactedChanges? = nil, language: String? = nil,
                             to path: String) throws(WorkbookFailure) -> [Diagnostic] {
        let library = redacted.library
        let edition = redacted.edition
        let language = language ?? edition.meeting.language.value
        guard let wording = Wordings.builtIn(language) else { throw .noWords(language) }
        let context = EditionContext(library: library, edition: edition, audience: redacted.audience,
                                     isDraft: redacted.isDraft, wording: wording,
                                     trendYears: trendYears(options.years, upTo: edition.year, in: library),
                                     extractOf: redacted.extractOf)
        let summary = SummarySheet.table(context)
        let lines = IndicatorsSheet.lines(context)
        var tables = [
            summary, RatificationsSheet.table(context), FindingsSheet.table(context),
            RecommendationsSheet.table(context), GroupsSheet.table(context), IndicatorsSheet.table(context, lines: lines),
        ]
        if let given {
            tables.append(ChangesSheet.table(context, changes: given.changes))
        } else if let earlierYear = options.changesFrom
            ?? library.editions.last(where: { $0.year < edition.year })?.year,
            let earlier = redacted.redacted.edition(earlierYear) {
            // Compared on another core while the sheets before the Changes sheet are written.
            let extractOf = redacted.extractOf
            let comparison = Background {
                let changes = redacted.redacted.changes(from: earlier, to: redacted).changes
                return extractOf.map { changes.only(country: $0) } ?? changes
            }
            let rows = SheetRows(inBackground: { ChangesSheet.rows(of: comparison.value, context) })
            tables.append(ChangesSheet.table(context, from: earlier.year,
                                             fromPartial: context.partialNote(of: earlier.year),
                                             headline: Background { ChangesSheet.headline(of: comparison.value, context) },
                                             rows: rows))
        }
        let needed = TableWriter.rowsNeeded(by: tables)
        guard options.rowsPerSheet >= needed else { throw .tooFewRowsPerSheet(options.rowsPerSheet, needed: needed) }
        var warnings: [Diagnostic] = []
        do throws(Workbook.Failure<WorkbookFailure>) {
            try Workbook.write(to: path, properties: properties(context), constantMemory: true) {
                (workbook: Workbook) throws(WorkbookFailure) in
                var writer = TableWriter(
                    workbook: workbook, rowsPerSheet: options.rowsPerSheet, linksPerSheet: options.linksPerSheet,
                    printedMarking: context.markings.isEmpty ? nil : context.markings.joined(separator: " · "),
                    pageLine: wording.pageLine,
                    partTitle: { wording.phrase(.sheetPart, ["part": "\($0)", "parts": "\($1)"]) },
                    fallbackLocation: .file(edition.meeting.file))
                // Each table is let go once written: the Changes sheet's rows hold the whole comparison,
                // which would otherwise stay through the closing of the workbook, where libxlsxwriter
                // builds every link's relationship at once (a few kilobytes each, for up to 65,530 a sheet).
                // Where each table went, by its name: the charts are drawn beside their tables.
                var placements: [String: [TableWriter.Placement]] = [:]
                while !tables.isEmpty {
                    let table = tables.removeFirst()
                    placements[table.name] = try writer.write(table)
                }
                FreedMemory.release()
                do throws(XLSXError) {
                    try SummarySheet.addChart(context, table: summary, placements: placements[summary.name] ?? [],
                                              to: workbook)
                    try IndicatorsSheet.addCharts(context, lines: lines,
                                                  placements: placements[IndicatorsSheet.name(context)] ?? [],
                                                  to: workbook)
                } catch {
                    throw .xlsx(error)
                }
                warnings = writer.warnings
            }
        } catch {
            switch error {
            case let .xlsx(error): throw .xlsx(error)
            case let .build(failure): throw failure
            }
        }
        return warnings
    }

    /// The editions of `years` (every one up to `year` when nil) that the library holds.
    /// The years the Indicators sheet follows: the library's (`Library.years`), within `years` or up to
    /// the edition's.
    static func trendYears(_ years: ClosedRange<Int>?, upTo year: Int, in library: Library) -> [Int] {
        library.years.filter { years?.contains($0) ?? ($0 <= year) }
    }

    private static func properties(_ context: EditionContext) -> DocumentProperties {
        let meeting = context.edition.meeting
        let date = meeting.date.value
        var components = DateComponents()
        components.calendar = Calendar(identifier: .gregorian)
        components.timeZone = TimeZone(identifier: "UTC")
        components.year = date.year
        components.month = date.month ?? 1
        components.day = date.day ?? 1
        let created = components.date ?? Date(timeIntervalSince1970: 0)
        let audience = context.markings.map { "\($0). " }.joined()
        return DocumentProperties(
            title: context.phrase(.propertiesTitle, ["year": "\(context.year)", "ordinal": context.ordinal,
                                                     "event": context.plain(meeting.event.value)]),
            subject: context.plain(meeting.mission.value),
            author: context.plain(meeting.mission.value),
            keywords: context.phrase(.propertiesKeywords, ["year": "\(context.year)"]),
            comments: context.phrase(.propertiesComments, ["markings": audience]),
            created: created)
    }
}
