import IndicatorLibrary
import XLSXWriter

/// One row per country of the edition: what was found (open violations and concerns, progress, and
/// what was resolved, apart), what was asked, what is ratified; and a chart of open violations by
/// country.
enum SummarySheet {
    static let name = "Summary"
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
        var columns: [SheetTable.Column] = [
            .init(header: "Country", width: 9),
            .init(header: "Name", width: 16),
        ]
        columns += [
            .init(header: "Findings: open violations", width: 12),
            .init(header: "Findings: open concerns", width: 12),
            .init(header: "Findings: progress", width: 12),
            .init(header: "Findings: resolved in \(year)", width: 12,
                  comment: "Findings of any kind recorded as resolved in this edition: not part of the current "
                      + "picture, counted apart so that a resolved case is not read as a violation."),
        ]
        columns += standings.map { .init(header: "Recommendations: \($0.description)", width: 16) }
        columns += [
            .init(header: "Fundamental instruments ratified (of \(fundamental.count) in \(year))", width: 16,
                  comment: "Fundamental in \(year): " + fundamental.map(\.code.value).joined(separator: ", ")),
            .init(header: "Migrant workers' instruments ratified (of \(migrant.count))", width: 16,
                  comment: migrant.map(\.code.value).joined(separator: ", ")),
            .init(header: "Instruments with status unknown (of \(instruments.count))", width: 16,
                  comment: "No source recorded for the country and the instrument in \(year): unknown, "
                      + "which is not the same as not ratified."),
        ]
        var table = SheetTable(name: name, title: context.title("Summary"), columns: columns)
        var rows: [[SheetCell]] = []
        table.notes = context.leadingNotes + [
            ("Findings are counted once each: open violations, open concerns, progress, and those resolved in \(year) "
                + "apart; recommendations by status; instruments by their status in \(year), as derived from "
                + "ratifications.yaml.", WorkbookStyles.note),
        ]
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
            let made = report.recommendations.map { context.library.standing(of: $0, in: year) }
            row += standings.map { standing in .number(made.filter { same($0, standing) }.count) }
            let tally = context.library.ratificationTally(country: code, year: year)
            row += [.number(tally.ratifiedFundamental), .number(tally.ratifiedMigrant), .number(tally.unknown)]
            rows.append(row)
        }
        if let regional = counts[nil] {
            var row: [SheetCell] = [.text("—"), .text("Regional")]
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
        chart.setTitle("Open violations by country, \(context.year)")
        chart.setAxisNames(x: nil, y: "Open violations")
        try chart.addSeries(name: "Open violations",
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
