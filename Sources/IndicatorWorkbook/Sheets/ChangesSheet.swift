import IndicatorLibrary
import XLSXWriter

/// What changed since the earlier edition, one row per change, from the same computation as
/// `labour-monitor diff` (`Library.changes(from:to:)`), so the sheet and the changes document agree.
enum ChangesSheet {
    static let name = "Changes"

    /// The sheet of the changes from the edition of `from` (partial as `fromPartial` says) to the
    /// context's; `rows` are `rows(of:)` of those changes, possibly still being computed.
    static func table(_ context: EditionContext, from: Int, fromPartial: String?, rows: SheetRows) -> SheetTable {
        let columns: [SheetTable.Column] = [
            .init(header: "Area", width: 14),
            .init(header: "Country", width: 9),
            .init(header: "Item", width: 30, wraps: true),
            .init(header: "Change", width: 18, wraps: true),
            .init(header: "In \(from)", width: 50, wraps: true),
            .init(header: "In \(context.year)", width: 50, wraps: true),
            .init(header: "Details", width: 30, wraps: true),
        ]
        var table = SheetTable(name: name, title: context.title("Changes"), columns: columns)
        var notes = context.leadingNotes
        notes.append(("Compared with the \(from) edition; the same changes as `labour-monitor diff "
            + "\(from) \(context.year)`.", WorkbookStyles.note))
        if let fromPartial {
            notes.append(("The \(from) edition is partial: \(fromPartial) \"new\" means new to the library.",
                          WorkbookStyles.partial))
        }
        table.notes = notes
        table.emptyMessage = "Nothing changed since \(from)."
        table.rows = rows
        return table
    }

    static func table(_ context: EditionContext, changes: EditionChanges) -> SheetTable {
        table(context, from: changes.from, fromPartial: changes.fromPartial, rows: rows(of: changes, context))
    }

    /// One row per change, in the order of `diff`: countries, findings, recommendations,
    /// ratifications, values.
    static func rows(of changes: EditionChanges, _ context: EditionContext) -> SheetRows {
        SheetRows(built: countryRows(changes, context)) + findingRows(changes, context)
            + recommendationRows(changes, context) + SheetRows(built: ratificationRows(changes))
            + SheetRows(built: valueRows(changes))
    }

    private static func countryRows(_ changes: EditionChanges, _ context: EditionContext) -> [[SheetCell]] {
        changes.countriesEntered.map { ["Country", $0, context.countryName($0), "entered the monitoring", "", "", ""] }
            .map(texts)
            + changes.countriesLeft.map { ["Country", $0, context.countryName($0), "left the monitoring", "", "", ""] }
            .map(texts)
    }

    private static func findingRows(_ changes: EditionChanges, _ context: EditionContext) -> SheetRows {
        let shown = changes.findings.filter { $0.kind != .continuing }
        return SheetRows(count: shown.count) { index in
            let change = shown[index]
            let fields = change.fields
            let before: String
            let after: String
            if fields.isEmpty {
                before = change.before.map { Markup.plain($0.summary.value.text) } ?? ""
                after = change.after.map { Markup.plain($0.summary.value.text) } ?? ""
            } else {
                before = fields.map { "\($0.field): \($0.old)" }.joined(separator: "\n")
                after = fields.map { "\($0.field): \($0.new)" }.joined(separator: "\n")
            }
            return texts(["Finding", change.country ?? "Regional", change.id, words(change.kind.rawValue), before, after,
                          fields.map(\.field).joined(separator: ", ")])
        }
    }

    private static func recommendationRows(_ changes: EditionChanges, _ context: EditionContext) -> SheetRows {
        let shown = changes.recommendations.filter { $0.kind != .repeated }
        return SheetRows(count: shown.count) { index in
            let change = shown[index]
            var details = change.timesMade > 1 ? "made in \(change.timesMade) editions" : "made once"
            if let status = change.recordedStatus { details += "; recorded as \(status.rawValue)" }
            return texts(["Recommendation", change.country, change.id, words(change.kind.rawValue),
                          change.before.map { Markup.plain($0.text.value.text) } ?? "",
                          change.after.map { Markup.plain($0.text.value.text) } ?? "", details])
        }
    }

    private static func ratificationRows(_ changes: EditionChanges) -> [[SheetCell]] {
        changes.ratifications.map { change in
            texts(["Ratification", change.country, change.instrument, words(change.kind.rawValue),
                   words(change.before.rawValue),
                   words(change.after.rawValue) + (change.date.map { " \($0)" } ?? ""),
                   change.source.map { "source: \($0)" } ?? ""])
        }
    }

    private static func valueRows(_ changes: EditionChanges) -> [[SheetCell]] {
        changes.values.map { change in
            [.text("Value"), .text(change.country), .text(change.indicator), .text(change.reading.rawValue),
             quantity(change.old), quantity(change.new),
             change.delta.map { SheetCell(.number($0), style: WorkbookStyles.decimal) } ?? .empty]
        }
    }

    private static func quantity(_ value: IndicatorValue.Quantity?) -> SheetCell {
        switch value {
        case let .number(number)?: return SheetCell(.number(number), style: WorkbookStyles.decimal)
        case let .boolean(flag)?: return SheetCell(.boolean(flag))
        case nil: return .text("not recorded", style: WorkbookStyles.empty)
        }
    }

    private static func texts(_ values: [String]) -> [SheetCell] {
        values.map { .text($0) }
    }

    /// "no-longer-reported" as "no longer reported".
    private static func words(_ code: String) -> String {
        code.split(separator: "-").joined(separator: " ")
    }
}
