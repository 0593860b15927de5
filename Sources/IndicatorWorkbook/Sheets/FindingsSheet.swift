import IndicatorLibrary
import XLSXWriter

/// One row per finding of the edition, with its sources as links: the sheet analysts filter by
/// country, kind, indicator or group.
enum FindingsSheet {
    static let name = "Findings"

    static func table(_ context: EditionContext) -> SheetTable {
        let findings = context.findings
        // A loop rather than `map(\.sources.count)`: the key path is measurably slower on a large edition.
        let sourceColumns = findings.reduce(1) { max($0, $1.sources.count) }
        var columns: [SheetTable.Column] = [
            .init(header: "Country", width: 9),
            .init(header: "Id", width: 30, wraps: true),
            .init(header: "Kind", width: 10),
            .init(header: "Indicators", width: 30, wraps: true),
            .init(header: "Groups", width: 16, wraps: true),
            .init(header: "Summary", width: 70, wraps: true),
            .init(header: "Status", width: 10),
            .init(header: "Since", width: 8, style: WorkbookStyles.whole,
                  comment: "The year the matter was first reported: as recorded, or else the first edition "
                      + "of the library that holds the finding."),
            .init(header: "People", width: 24, wraps: true),
        ]
        if context.audience == .internal {
            columns.append(.init(header: "Confidential", width: 13))
        }
        columns += (1...sourceColumns).map { .init(header: "Source \($0)", width: 36, wraps: true) }
        var table = SheetTable(name: name, title: context.title("Findings"), columns: columns)
        table.notes = context.leadingNotes + [
            ("Regional findings (about the region as a whole) come first, then each country's in the order "
                + "of its file.", WorkbookStyles.note),
        ]
        table.emptyMessage = "No findings are recorded for \(context.year)."
        table.rows = SheetRows(count: findings.count) { row(for: findings[$0], context) }
        return table
    }

    private static func row(for finding: Finding, _ context: EditionContext) -> [SheetCell] {
        let id = finding.id.value
        let people = finding.people.filter(context.audience.shows).map { person in
            person.confidential.value ? "\(person.name.value) (confidential)" : person.name.value
        }
        var row: [SheetCell] = [
            .text(finding.country ?? "Regional"),
            .text(id),
            .text(finding.kind.value.rawValue),
            .text(finding.indicators.map(\.value).joined(separator: ", ")),
            .text(finding.groups.map(\.value).joined(separator: ", ")),
            .text(context.plain(finding.summary.value),
                  origin: context.origin("the summary of finding '\(id)'", finding.summary.location)),
            .text(finding.status.value.rawValue),
            .number(context.firstAppearance.firstReported(finding)),
            .text(people.joined(separator: ", ")),
        ]
        if context.audience == .internal {
            let flagged = finding.confidential.value || finding.people.contains { $0.confidential.value }
            row.append(.text(finding.confidential.value ? "whole finding" : flagged ? "some people" : "no"))
        }
        row += finding.sources.map { source in
            let title = source.title.map { Markup.plain($0.value.text(in: context.language)) }
            let origin = context.origin("source of finding '\(id)'", source.location)
            if let url = source.url?.value {
                return SheetCell(.link(url: url, text: title ?? url), origin: origin)
            }
            return .text(title ?? "", origin: origin)
        }
        return row
    }
}
