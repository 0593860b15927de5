import IndicatorLibrary
import XLSXWriter

/// The quantitative indicators per country across the editions of the trend: one row per indicator
/// and country, one column per year, and a line chart for each indicator followed over more than
/// one year. An empty cell is a value not recorded (unknown), never a zero.
enum IndicatorsSheet {
    static func name(_ context: EditionContext) -> String { context.phrase(.sheetIndicators) }
    static let firstYearColumn = 5

    /// One row of the table: an indicator for a country.
    struct Line {
        let indicator: Indicator
        let country: String
    }

    static func lines(_ context: EditionContext) -> [Line] {
        let editions = context.trendYears.compactMap(context.library.edition)
        var lines: [Line] = []
        for indicator in context.library.catalog.indicators where indicator.kind.value.isQuantitative {
            let id = indicator.id.value
            let years = Set(context.trendYears)
            let countries = Set(editions.flatMap { edition in
                edition.countries.filter { $0.value(of: id) != nil }
                    .map(\.country.value)
            } + context.library.series.filter { $0.indicator.value == id && years.contains($0.year.value) }
                .map(\.country.value))
            lines += countries.sorted().map { Line(indicator: indicator, country: $0) }
        }
        return lines
    }

    static func table(_ context: EditionContext, lines: [Line]) -> SheetTable {
        let years = context.trendYears
        var columns: [SheetTable.Column] = [
            .init(header: context.phrase(.indicator), width: 30, wraps: true),
            .init(header: context.phrase(.title), width: 40, wraps: true),
            .init(header: context.phrase(.unit), width: 10),
            .init(header: context.phrase(.better), width: 8, comment: context.phrase(.betterComment)),
            .init(header: context.phrase(.country), width: 9),
        ]
        columns += years.map { .init(header: String($0), width: 9, numericHeader: Double($0)) }
        let name = name(context)
        var table = SheetTable(name: name, title: context.title(name), columns: columns)
        var rows: [[SheetCell]] = []
        let span = years.count > 1
            ? context.phrase(.spanMany, ["years": years.map(String.init).joined(separator: ", ")])
            : context.phrase(.spanOne, ["years": years.map(String.init).joined()])
        table.notes = context.leadingNotes + [(context.phrase(.indicatorsNote, ["span": span]), WorkbookStyles.note)]
        table.emptyMessage = context.phrase(.indicatorsEmpty, ["span": span])
        table.frozenColumns = 1
        for line in lines {
            let indicator = line.indicator
            var row: [SheetCell] = [
                .text(indicator.id.value),
                .text(context.plain(indicator.title.value)),
                .text(indicator.unit?.value ?? (indicator.kind.value == .percent ? "%" : "")),
                .text(indicator.better.map { context.word($0.value.rawValue) } ?? ""),
                .text(line.country),
            ]
            row += years.map { year in
                guard let value = context.value(of: indicator.id.value, country: line.country, year: year) else {
                    return .empty
                }
                let comment = value.source.map { context.phrase(.sourceComment, ["source": $0.value]) }
                let origin = context.origin("the value of \(indicator.id.value) for \(line.country) in \(year)",
                                            value.location)
                switch value.value.value {
                case let .number(number):
                    let style = number.rounded() == number ? WorkbookStyles.whole : WorkbookStyles.decimal
                    return SheetCell(.number(number), style: style, comment: comment, origin: origin)
                case let .boolean(flag):
                    return SheetCell(.boolean(flag), comment: comment, origin: origin)
                case let .label(label):
                    return SheetCell(.text(label), comment: comment, origin: origin)
                }
            }
            rows.append(row)
        }
        table.rows = SheetRows(built: rows)
        return table
    }

    /// A chart for each numeric indicator with a value, each country a series, stacked to the right of
    /// the table: a scatter with lines over the years as numbers, so that 2019, 2021 and 2024 stand
    /// as far apart as they are, a year without a value is a gap, and a single year is a point.
    static func addCharts(_ context: EditionContext, lines: [Line], placements: [TableWriter.Placement],
                          to workbook: Workbook) throws(XLSXError) {
        guard placements.count == 1, let placement = placements.first else { return }
        let years = context.trendYears
        let sheet = placement.sheet.name
        let lastYearColumn = firstYearColumn + years.count - 1
        var chartRow = placement.headerRow
        for indicator in context.library.catalog.indicators where indicator.kind.value.isQuantitative
            && indicator.kind.value != .boolean {
            let rows = lines.indices.filter { lines[$0].indicator.id.value == indicator.id.value }
            let yearsWithValues = years.filter { year in
                rows.contains { context.value(of: indicator.id.value, country: lines[$0].country, year: year) != nil }
            }
            guard !yearsWithValues.isEmpty, !rows.isEmpty, indicator.kind.value != .rating else { continue }
            let chart = try workbook.addChart(.scatterWithLines)
            chart.setTitle(context.plain(indicator.title.value))
            chart.setAxisNames(x: context.phrase(.editionAxis), y: indicator.unit?.value)
            for index in rows {
                let row = placement.sheetRow(ofTableRow: index)
                try chart.addSeries(
                    name: context.countryName(lines[index].country),
                    categories: CellRange(sheet: sheet, firstRow: placement.headerRow, firstColumn: firstYearColumn,
                                          lastRow: placement.headerRow, lastColumn: lastYearColumn),
                    values: CellRange(sheet: sheet, firstRow: row, firstColumn: firstYearColumn, lastRow: row,
                                      lastColumn: lastYearColumn))
            }
            try placement.sheet.insert(chart, row: chartRow, column: lastYearColumn + 2)
            chartRow += 16
        }
    }
}
