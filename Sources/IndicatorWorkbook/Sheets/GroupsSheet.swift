import IndicatorLibrary
import XLSXWriter

/// The findings by the groups they name as affected (women, migrants, informal workers …), per country
/// and kind, open and resolved: the disaggregated counts the Memorandum of Understanding asks for
/// (reference 004, Actions 9 and 10).
enum GroupsSheet {
    static func name(_ context: EditionContext) -> String { context.phrase(.sheetGroups) }

    /// One count of the sheet: a group, a country (nil: regional), a kind.
    struct Tally: Hashable {
        let group: String
        let country: String?
        let kind: Finding.Kind
    }

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
        var open: [Tally: Int] = [:]
        var resolved: [Tally: Int] = [:]
        for finding in context.findings {
            for group in Set(finding.groups.map(\.value)) {
                let tally = Tally(group: group, country: finding.country, kind: finding.kind.value)
                if finding.status.value.isOpen { open[tally, default: 0] += 1 } else { resolved[tally, default: 0] += 1 }
            }
        }
        // The catalog's order of groups, regional first then countries by code, kinds as the catalog lists them.
        let groups = context.library.catalog.groups.map(\.value)
        let countries: [String?] = [nil] + context.edition.countries.map(\.country.value)
        var rows: [[SheetCell]] = []
        for group in groups {
            for country in countries {
                for kind in Finding.Kind.allCases {
                    let tally = Tally(group: group, country: country, kind: kind)
                    let (opened, closed) = (open[tally] ?? 0, resolved[tally] ?? 0)
                    guard opened + closed > 0 else { continue }
                    rows.append([
                        .text(group), .text(country ?? context.wording.phrase(.annexRegional)),
                        .text(context.word(kind.rawValue)),
                        .number(opened), .number(closed), .number(opened + closed),
                    ])
                }
            }
        }
        table.rows = SheetRows(built: rows)
        return table
    }
}
