import IndicatorLibrary
import XLSXWriter

/// The matrix countries × instruments in the edition's year, instruments grouped by category.
///
/// Each cell is the year of ratification, "not ratified", "denounced" or "unknown", each in its own
/// colour; a known cell carries its source (and the note on how it was inferred) as a comment.
/// Unknown is never written as "not ratified": the library records what a source says, and a pair
/// with no source is unknown.
enum RatificationsSheet {
    static let name = "Ratifications"

    static func table(_ context: EditionContext) -> SheetTable {
        let year = context.year
        let groups = instrumentGroups(context)
        var columns: [SheetTable.Column] = [
            .init(header: "Country", width: 9),
            .init(header: "Name", width: 16),
        ]
        var tableGroups: [SheetTable.ColumnGroup] = []
        for group in groups {
            let first = columns.count
            for instrument in group.instruments {
                columns.append(.init(header: instrument.code.value, width: 10, comment: describe(instrument)))
            }
            tableGroups.append(.init(title: group.title, columns: first...(columns.count - 1)))
        }
        var table = SheetTable(name: name, title: context.title("Ratifications"), columns: columns)
        var rows: [[SheetCell]] = []
        table.groups = tableGroups
        table.frozenColumns = 2
        table.notes = context.leadingNotes + [
            ("Status in \(year). A year: ratified that year. \"not ratified\": a source says so. "
                + "\"unknown\": no source recorded, which is not the same as not ratified.", WorkbookStyles.note),
            ("Hover over a cell for its source; over an instrument's code for its title. Categories as they "
                + "stand in \(year) (C155 and C187 became fundamental in June 2022).", WorkbookStyles.note),
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
    /// participant such as Mongolia), so that every recorded fact of the year is in the matrix.
    static func countries(_ context: EditionContext) -> [String] {
        let monitored = context.edition.countries.map(\.country.value)
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
            ("Fundamental (\(year))", fundamental),
            ("Governance", rest.filter { $0.category.value == .governance }),
            ("Technical", rest.filter { $0.category.value == .technical }),
            ("Migrant workers", rest.filter { $0.category.value == .migrant }),
        ]
        return groups.filter { !$0.1.isEmpty }.map { (title: $0.0, instruments: $0.1) }
    }

    static func cell(country: String, instrument: String, context: EditionContext) -> SheetCell {
        let ledger = context.library.ratifications
        let year = context.year
        let status = ledger.status(country: country, instrument: instrument, year: year)
        guard status.isKnown, let fact = ledger.basis(country: country, instrument: instrument, year: year) else {
            return .text("unknown", style: WorkbookStyles.unknown)
        }
        var comment = "Source: \(fact.source.value)"
        let said = fact.status.value.rawValue.replacingOccurrences(of: "-", with: " ")
        if let date = fact.date?.value { comment = "\(said) \(date). " + comment }
        if let asOf = fact.asOf?.value { comment = "\(said) as of \(asOf). " + comment }
        if let note = fact.note?.value { comment += "\nNote: \(note)" }
        let origin = context.origin("the source of \(country) × \(instrument)", fact.location)
        switch status {
        case .ratified:
            if let date = fact.date?.value {
                return SheetCell(.number(Double(date.year)), style: WorkbookStyles.ratified, comment: comment,
                                 origin: origin)
            }
            let by = fact.asOf.map { " by \($0.value.year)" } ?? ""
            return SheetCell(.text("ratified\(by)"), style: WorkbookStyles.ratified, comment: comment, origin: origin)
        case .notRatified:
            return SheetCell(.text("not ratified"), style: WorkbookStyles.notRatified, comment: comment, origin: origin)
        case .denounced:
            let when = fact.date.map { " \($0.value.year)" } ?? ""
            return SheetCell(.text("denounced\(when)"), style: WorkbookStyles.denounced, comment: comment,
                             origin: origin)
        case .unknown:
            return .text("unknown", style: WorkbookStyles.unknown)
        }
    }

    private static func describe(_ instrument: Instrument) -> String {
        var text = "\(instrument.title.value.text) (\(instrument.body.value.rawValue), \(instrument.adopted.value))"
        if let since = instrument.fundamentalSince?.value { text += "; fundamental since \(since)" }
        return text
    }
}
