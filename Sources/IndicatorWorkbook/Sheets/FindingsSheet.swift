import IndicatorLibrary
import XLSXWriter

/// One row per finding of the edition, with its sources as links: the sheet analysts filter by
/// country, kind, indicator or group.
enum FindingsSheet {
    static func name(_ context: EditionContext) -> String { context.phrase(.sheetFindings) }

    static func table(_ context: EditionContext) -> SheetTable {
        let findings = context.findings
        // A loop rather than `map(\.sources.count)`: the key path is measurably slower on a large edition.
        let sourceColumns = findings.reduce(1) { max($0, $1.sources.count) }
        var columns: [SheetTable.Column] = [
            .init(header: context.phrase(.country), width: 9),
            .init(header: context.phrase(.id), width: 30, wraps: true),
            .init(header: context.phrase(.kind), width: 10),
            .init(header: context.phrase(.indicators), width: 30, wraps: true),
            .init(header: context.phrase(.groups), width: 16, wraps: true),
            .init(header: context.phrase(.summary), width: 70, wraps: true),
            .init(header: context.phrase(.status), width: 10),
            .init(header: context.phrase(.since), width: 8, style: WorkbookStyles.whole,
                  comment: context.phrase(.sinceComment)),
            .init(header: context.phrase(.people), width: 24, wraps: true),
        ]
        if context.audience == .internal {
            columns.append(.init(header: context.phrase(.confidentialColumn), width: 13))
        }
        columns += (1...sourceColumns).map {
            .init(header: context.phrase(.sourceNumber, ["number": "\($0)"]), width: 36, wraps: true)
        }
        let name = name(context)
        var table = SheetTable(name: name, title: context.title(name), columns: columns)
        table.notes = context.leadingNotes + [(context.phrase(.findingsNote), WorkbookStyles.note)]
        table.emptyMessage = context.phrase(.findingsEmpty, ["year": "\(context.year)"])
        // Country and id: in view while scrolling sideways, and on every page of the printout.
        table.frozenColumns = 2
        table.rows = SheetRows(count: findings.count) { row(for: findings[$0], context) }
        return table
    }

    private static func row(for finding: Finding, _ context: EditionContext) -> [SheetCell] {
        let id = finding.id.value
        let people = finding.people.filter(context.audience.shows).map { person in
            let name = person.localizedName.text(in: context.language)
            return person.confidential.value ? context.phrase(.personConfidential, ["name": name]) : name
        }
        var row: [SheetCell] = [
            .text(finding.country ?? context.wording.phrase(.annexRegional)),
            .text(id),
            .text(context.word(finding.kind.value.rawValue)),
            .text(finding.indicators.map(\.value).joined(separator: ", ")),
            .text(finding.groups.map { context.groupName($0.value) }.joined(separator: ", ")),
            .text(context.plain(finding.summary.value),
                  origin: context.origin("the summary of finding '\(id)'", finding.summary.location)),
            .text(context.word(finding.status.value.rawValue)),
            .number(context.firstAppearance.firstReported(finding)),
            .text(people.joined(separator: ", ")),
        ]
        if context.audience == .internal {
            let flagged = finding.confidential.value || finding.people.contains { $0.confidential.value }
            row.append(.text(context.phrase(finding.confidential.value ? .wholeFinding : flagged ? .somePeople : .noPeople)))
        }
        row += finding.sources.map { source in
            let title = source.title.map { context.citation($0.value) }
            let origin = context.origin("source of finding '\(id)'", source.location)
            if let url = source.url?.value {
                return SheetCell(.link(url: url, text: title ?? url), origin: origin)
            }
            return .text(title ?? "", origin: origin)
        }
        return row
    }
}
