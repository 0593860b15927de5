import IndicatorLibrary
import XLSXWriter

/// One row per country of the edition: what was found (open violations and concerns, progress, and
/// what was resolved, apart), what was asked, what is ratified; and a chart of open violations by
/// country.
enum SummarySheet {
    static func name(_ context: EditionContext) -> String { context.phrase(.sheetSummary) }
    /// Columns of the chart's categories and values.
    static let nameColumn = 1
    /// The first count, open violations, right after the names.
    static let violationsColumn = 2

    static func table(_ context: EditionContext) -> SheetTable {
        let year = context.year
        let instruments = context.library.catalog.instruments
        let fundamental = instruments.filter { $0.isFundamental(in: year) }
        let migrant = instruments.filter { $0.category.value == .migrant }
        var standings: [RecommendationStanding] = [
            .new, .repeated(editions: 1), .recorded(.partiallyImplemented), .recorded(.implemented),
            .recorded(.withdrawn),
        ]
        // A skeleton made by carry-forward: its recommendations await review.
        if context.edition.recommendations.contains(where: { $0.status?.value == .carried }) {
            standings.append(.recorded(.carried))
        }
        let yearText = "\(year)"
        var columns: [SheetTable.Column] = [
            .init(header: context.phrase(.country), width: 9),
            .init(header: context.phrase(.name), width: 16),
        ]
        columns += [
            .init(header: context.phrase(.openViolations), width: 12),
            .init(header: context.phrase(.openConcerns), width: 12),
            .init(header: context.phrase(.progressFindings), width: 12),
            .init(header: context.phrase(.resolvedIn, ["year": yearText]), width: 12,
                  comment: context.phrase(.resolvedInComment)),
        ]
        columns += standings.map {
            .init(header: context.phrase(.recommendationsBy, ["standing": context.word($0.description)]), width: 16)
        }
        columns += [
            .init(header: context.phrase(.fundamentalRatified, ["count": "\(fundamental.count)", "year": yearText]),
                  width: 16,
                  comment: context.phrase(.fundamentalIn, ["year": yearText,
                                                           "codes": fundamental.map(\.code.value).joined(separator: ", ")])),
            .init(header: context.phrase(.migrantRatified, ["count": "\(migrant.count)"]), width: 16,
                  comment: migrant.map(\.code.value).joined(separator: ", ")),
            .init(header: context.phrase(.unknownStatus, ["count": "\(instruments.count)"]), width: 16,
                  comment: context.phrase(.unknownStatusComment, ["year": yearText])),
        ]
        let name = name(context)
        var table = SheetTable(name: name, title: context.title(name), columns: columns)
        var rows: [[SheetCell]] = []
        table.notes = context.leadingNotes + [(context.phrase(.summaryNote, ["year": yearText]), WorkbookStyles.note)]
        table.emptyMessage = context.phrase(.nothingRecorded)
        table.frozenColumns = 2
        // Counted in one pass over the findings: filtering them once per country made a regional
        // council's summary cost its countries times its findings.
        var counts: [String?: FindingTally] = [:]
        for finding in context.findings {
            counts[finding.country, default: FindingTally()].add(finding)
        }
        for report in context.edition.countries {
            let code = report.country.value
            let own = counts[code] ?? FindingTally()
            var row: [SheetCell] = [.text(code), .text(context.countryName(code))]
            row += own.counts.map { .number($0.count) }
            let made = report.recommendations.map { context.library.standing(of: $0, in: context.year) }
            row += standings.map { standing in .number(made.filter { same($0, standing) }.count) }
            let tally = context.library.ratificationTally(country: code, year: context.year)
            row += [.number(tally.ratifiedFundamental), .number(tally.ratifiedMigrant), .number(tally.unknown)]
            rows.append(row)
        }
        if let regional = counts[nil] {
            var row: [SheetCell] = [.text("—"), .text(context.wording.phrase(.annexRegional))]
            row += regional.counts.map { .number($0.count) }
            rows.append(row)
        }
        table.rows = SheetRows(built: rows)
        return table
    }

    /// A column chart of violations by country, beside the table; not drawn when the table had to be
    /// split (a summary has one row per country, so only a synthetic library gets there).
    static func addChart(_ context: EditionContext, table: SheetTable, placements: [TableWriter.Placement],
                         to workbook: Workbook) throws(XLSXError) {
        guard placements.count == 1, let placement = placements.first else { return }
        let countries = context.edition.countries.count
        guard countries > 0 else { return }
        let rows = placement.firstDataRow...(placement.firstDataRow + countries - 1)
        let chart = try workbook.addChart(.column)
        chart.setTitle(context.phrase(.violationsChartTitle, ["year": "\(context.year)"]))
        chart.setAxisNames(x: nil, y: context.phrase(.violationsChartAxis))
        try chart.addSeries(name: context.phrase(.violationsChartAxis),
                            categories: .column(nameColumn, rows: rows, on: placement.sheet.name),
                            values: .column(violationsColumn, rows: rows, on: placement.sheet.name))
        try placement.sheet.insert(chart, row: placement.headerRow + table.rows.count + 2, column: 1)
    }

    private static func same(_ lhs: RecommendationStanding, _ rhs: RecommendationStanding) -> Bool {
        switch (lhs, rhs) {
        case (.repeated, .repeated): return true
        default: return lhs == rhs
        }
    }
}
