import IndicatorLibrary
import XLSXWriter

/// The matrix countries × instruments in the edition's year, instruments grouped by category.
///
/// Each cell is the year of ratification, "not ratified", "denounced" or "unknown", each in its own
/// colour; a known cell carries its source (and the note on how it was inferred) as a comment.
/// Unknown is never written as "not ratified": the library records what a source says, and a pair
/// with no source is unknown.
enum RatificationsSheet {
    static func name(_ context: EditionContext) -> String { context.phrase(.sheetRatifications) }

    static func table(_ context: EditionContext) -> SheetTable {
        let year = context.year
        let groups = instrumentGroups(context)
        var columns: [SheetTable.Column] = [
            .init(header: context.phrase(.country), width: 9),
            .init(header: context.phrase(.name), width: 16),
        ]
        var tableGroups: [SheetTable.ColumnGroup] = []
        for group in groups {
            let first = columns.count
            for instrument in group.instruments {
                columns.append(.init(header: instrument.code.value, width: 9, wraps: true,
                                     comment: describe(instrument, context)))
            }
            tableGroups.append(.init(title: group.title, columns: first...(columns.count - 1)))
        }
        let name = name(context)
        var table = SheetTable(name: name, title: context.title(name), columns: columns)
        table.emptyMessage = context.phrase(.nothingRecorded)
        var rows: [[SheetCell]] = []
        table.groups = tableGroups
        table.frozenColumns = 2
        table.notes = context.leadingNotes + [
            (context.phrase(.ratificationsStatusNote, ["year": "\(year)"]), WorkbookStyles.note),
            (context.phrase(.ratificationsHoverNote, ["year": "\(year)"]), WorkbookStyles.note),
        ]
        let instruments = groups.flatMap(\.instruments)
        for code in countries(context) {
            var row: [SheetCell] = [.text(code), .text(context.countryName(code))]
            row += instruments.map { cell(country: code, instrument: $0.code.value, context: context) }
            rows.append(row)
        }
        table.rows = SheetRows(built: rows)
        return table
    }

    /// The edition's countries, then the catalog's other countries that have a recorded fact (a
    /// participant such as Mongolia), so that every recorded fact of the year is in the matrix; the
    /// country alone in its extract.
    static func countries(_ context: EditionContext) -> [String] {
        let monitored = context.edition.countries.map(\.country.value)
        if context.extractOf != nil { return monitored }
        let withFacts = Set(context.library.ratifications.facts.map(\.country.value))
        let others = context.library.catalog.countries.map(\.code.value)
            .filter { withFacts.contains($0) && !monitored.contains($0) }
        return monitored + others
    }

    static func instrumentGroups(_ context: EditionContext) -> [(title: String, instruments: [Instrument])] {
        let year = context.year
        let instruments = context.library.catalog.instruments
        let fundamental = instruments.filter { $0.isFundamental(in: year) }
        let rest = instruments.filter { !$0.isFundamental(in: year) }
        let groups: [(String, [Instrument])] = [
            (context.phrase(.groupFundamental, ["year": "\(year)"]), fundamental),
            (context.phrase(.groupGovernance), rest.filter { $0.category.value == .governance }),
            (context.phrase(.groupTechnical), rest.filter { $0.category.value == .technical }),
            (context.phrase(.groupMigrant), rest.filter { $0.category.value == .migrant }),
        ]
        return groups.filter { !$0.1.isEmpty }.map { (title: $0.0, instruments: $0.1) }
    }

    static func cell(country: String, instrument: String, context: EditionContext) -> SheetCell {
        let ledger = context.library.ratifications
        let year = context.year
        let status = ledger.status(country: country, instrument: instrument, year: year)
        guard status.isKnown, let fact = ledger.basis(country: country, instrument: instrument, year: year) else {
            return .text(context.word("unknown"), style: WorkbookStyles.unknown)
        }
        var comment = context.phrase(.sourceComment, ["source": fact.source.value])
        let said = context.word(fact.status.value.rawValue)
        if let date = fact.date?.value { comment = context.phrase(.statedOn, ["status": said, "date": "\(date)"]) + comment }
        if let asOf = fact.asOf?.value {
            comment = context.phrase(.statedAsOf, ["status": said, "date": "\(asOf)"]) + comment
        }
        if let note = fact.note?.value { comment += context.phrase(.noteComment, ["note": note]) }
        let origin = context.origin("the source of \(country) × \(instrument)", fact.location)
        switch status {
        case .ratified:
            if let date = fact.date?.value {
                return SheetCell(.number(Double(date.year)), style: WorkbookStyles.ratified, comment: comment,
                                 origin: origin)
            }
            let text = fact.asOf.map { context.phrase(.ratifiedBy, ["year": "\($0.value.year)"]) }
                ?? context.word("ratified")
            return SheetCell(.text(text), style: WorkbookStyles.ratified, comment: comment, origin: origin)
        case .notRatified:
            return SheetCell(.text(context.word("not-ratified")), style: WorkbookStyles.notRatified, comment: comment,
                             origin: origin)
        case .denounced:
            let text = fact.date.map { context.phrase(.denouncedIn, ["year": "\($0.value.year)"]) }
                ?? context.word("denounced")
            return SheetCell(.text(text), style: WorkbookStyles.denounced, comment: comment, origin: origin)
        case .unknown:
            return .text(context.word("unknown"), style: WorkbookStyles.unknown)
        }
    }

    private static func describe(_ instrument: Instrument, _ context: EditionContext) -> String {
        var text = context.phrase(.instrumentComment, ["title": context.citation(instrument.title.value),
                                                       "body": instrument.body.value.rawValue,
                                                       "adopted": "\(instrument.adopted.value)"])
        if let since = instrument.fundamentalSince?.value {
            text += context.phrase(.fundamentalSince, ["date": "\(since)"])
        }
        return text
    }
}
