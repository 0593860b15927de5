import IndicatorLibrary
import XLSXWriter

/// The findings by the groups they name as affected (women, migrants, informal workers …), per country
/// and kind, open and resolved: the disaggregated counts the Memorandum of Understanding asks for
/// (reference 004, Actions 9 and 10).
enum GroupsSheet {
    static func name(_ context: EditionContext) -> String { context.phrase(.sheetGroups) }

    static func table(_ context: EditionContext) -> SheetTable {
        let columns: [SheetTable.Column] = [
            .init(header: context.phrase(.group), width: 22),
            .init(header: context.phrase(.country), width: 16),
            .init(header: context.phrase(.kind), width: 12),
            .init(header: context.phrase(.openCount), width: 10, style: WorkbookStyles.whole),
            .init(header: context.phrase(.resolvedCount, ["year": "\(context.year)"]), width: 12, style: WorkbookStyles.whole),
            .init(header: context.phrase(.totalCount), width: 10, style: WorkbookStyles.whole),
        ]
        let name = name(context)
        var table = SheetTable(name: name, title: context.title(name), columns: columns)
        table.notes = context.leadingNotes + [(context.phrase(.groupsNote), WorkbookStyles.note)]
        table.emptyMessage = context.phrase(.groupsEmpty, ["year": "\(context.year)"])
        let countries: [String?] = [nil] + context.edition.countries.map(\.country.value)
        let rows: [[SheetCell]] = context.library.groupCounts(of: context.findings, countries: countries).map { count in
            [.text(context.groupName(count.group)), .text(count.country ?? context.wording.phrase(.annexRegional)),
             .text(context.word(count.kind.rawValue)), .number(count.open), .number(count.resolved), .number(count.total)]
        }
        table.rows = SheetRows(built: rows)
        return table
    }
}
