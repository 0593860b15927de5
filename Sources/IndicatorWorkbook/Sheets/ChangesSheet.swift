import IndicatorLibrary
internal import Parallelism
import XLSXWriter

/// What changed since the earlier edition, one row per change, from the same computation as
/// `labour-monitor diff` (`Library.changes(from:to:)`), so the sheet and the changes document agree.
enum ChangesSheet {
    static func name(_ context: EditionContext) -> String { context.phrase(.sheetChanges) }

    /// The sheet of the changes from the edition of `from` (partial as `fromPartial` says) to the
    /// context's; `rows` are `rows(of:)` of those changes and `headline` their `headline(of:)`,
    /// possibly still being computed.
    static func table(_ context: EditionContext, from: Int, fromPartial: String?, headline: Background<String>,
                      rows: SheetRows) -> SheetTable {
        let columns: [SheetTable.Column] = [
            .init(header: context.phrase(.area), width: 14),
            .init(header: context.phrase(.country), width: 9),
            .init(header: context.phrase(.item), width: 30, wraps: true),
            .init(header: context.phrase(.change), width: 18, wraps: true),
            .init(header: context.phrase(.inYear, ["year": "\(from)"]), width: 50, wraps: true),
            .init(header: context.phrase(.inYear, ["year": "\(context.year)"]), width: 50, wraps: true),
            .init(header: context.phrase(.details), width: 30, wraps: true),
        ]
        let name = name(context)
        var table = SheetTable(name: name, title: context.title(name), columns: columns)
        var notes = context.leadingNotes
        notes.append((context.phrase(.changesNote, ["from": "\(from)", "year": "\(context.year)"]), WorkbookStyles.note))
        if let fromPartial {
            notes.append((context.phrase(.changesPartial, ["from": "\(from)", "note": fromPartial]), WorkbookStyles.partial))
        }
        table.notes = notes
        table.headline = headline
        table.emptyMessage = context.phrase(.changesEmpty, ["from": "\(from)"])
        table.rows = rows
        return table
    }

    static func table(_ context: EditionContext, changes: EditionChanges) -> SheetTable {
        table(context, from: changes.from, fromPartial: context.partialNote(of: changes.from),
              headline: Background { headline(of: changes, context) }, rows: rows(of: changes, context))
    }

    /// The line the sheet opens with, as the changes document's (`ChangesHeadline`).
    static func headline(of changes: EditionChanges, _ context: EditionContext) -> String {
        ChangesHeadline(changes, library: context.library, wording: context.wording, text: context.plain).line
    }

    /// One row per change, in the order of `diff`: countries, findings, recommendations,
    /// ratifications, values.
    static func rows(of changes: EditionChanges, _ context: EditionContext) -> SheetRows {
        SheetRows(built: countryRows(changes, context)) + findingRows(changes, context)
            + SheetRows(built: groupRows(changes, context)) + recommendationRows(changes, context) + SheetRows(built: ratificationRows(changes, context))
            + SheetRows(built: valueRows(changes, context))
    }

    private static func countryRows(_ changes: EditionChanges, _ context: EditionContext) -> [[SheetCell]] {
        let area = context.phrase(.country)
        return changes.countriesEntered.map { [area, $0, context.countryName($0), context.phrase(.entered), "", "", ""] }
            .map(texts)
            + changes.countriesLeft.map { [area, $0, context.countryName($0), context.phrase(.left), "", "", ""] }
            .map(texts)
    }

    private static func findingRows(_ changes: EditionChanges, _ context: EditionContext) -> SheetRows {
        let shown = changes.findings.filter { $0.kind != .continuing }
        return SheetRows(count: shown.count) { index in
            let change = shown[index]
            let fields = change.fields(text: context.plain)
            let before: String
            let after: String
            if fields.isEmpty {
                before = change.before.map { context.plain($0.summary.value) } ?? ""
                after = change.after.map { context.plain($0.summary.value) } ?? ""
            } else {
                func value(_ field: FieldChange, _ text: String) -> String {
                    field.holdsCodes ? context.word(text) : text
                }
                before = fields.map { "\(context.word($0.field)): \(value($0, $0.old))" }.joined(separator: "\n")
                after = fields.map { "\(context.word($0.field)): \(value($0, $0.new))" }.joined(separator: "\n")
            }
            return texts([context.phrase(.areaFinding), change.country ?? context.wording.phrase(.annexRegional), change.id,
                          context.word(change.kind.rawValue), before, after,
                          fields.map { context.word($0.field) }.joined(separator: ", ")])
        }
    }

    private static func groupRows(_ changes: EditionChanges, _ context: EditionContext) -> [[SheetCell]] {
        changes.groupsAppeared.map { appearance in
            texts([context.phrase(.areaGroup), appearance.country ?? context.wording.phrase(.annexRegional),
                   context.groupName(appearance.group),
                   context.phrase(.newlyAffected), "", appearance.findings.joined(separator: ", "), ""])
        }
    }

    private static func recommendationRows(_ changes: EditionChanges, _ context: EditionContext) -> SheetRows {
        // A repeated recommendation is a row only when the document renumbered it.
        let shown = changes.recommendations.filter { $0.kind != .repeated || $0.isRenumbered }
        return SheetRows(count: shown.count) { index in
            let change = shown[index]
            var details = change.timesMade > 1 ? context.phrase(.madeIn, ["count": "\(change.timesMade)"])
                : context.phrase(.madeOnce)
            if let renumbering = ChangesHeadline.renumbering(change, wording: context.wording) {
                details += "; " + renumbering
            }
            if let status = change.recordedStatus {
                details += context.phrase(.recordedAs, ["status": context.word(status.rawValue)])
            }
            return texts([context.phrase(.areaRecommendation), change.country, change.id, context.word(change.kind.rawValue),
                          change.before.map { context.plain($0.text.value) } ?? "",
                          change.after.map { context.plain($0.text.value) } ?? "", details])
        }
    }

    /// One row per status that changed, and one for all those no longer known.
    private static func ratificationRows(_ changes: EditionChanges, _ context: EditionContext) -> [[SheetCell]] {
        let gathered = ChangesHeadline.noLongerKnownNote(changes, wording: context.wording).map { note in
            texts([context.phrase(.areaRatification), "", "", context.word(RatificationChange.Kind.noLongerKnown.rawValue),
                   "", "", note])
        }
        return changes.ratifications.filter { $0.kind != .noLongerKnown }.map { change in
            texts([context.phrase(.areaRatification), change.country, change.instrument, context.word(change.kind.rawValue),
                   context.word(change.before.rawValue),
                   context.word(change.after.rawValue) + (change.date.map { " \($0)" } ?? ""),
                   change.source.map { context.phrase(.sourceDetail, ["source": $0]) } ?? ""])
        } + (gathered.map { [$0] } ?? [])
    }

    private static func valueRows(_ changes: EditionChanges, _ context: EditionContext) -> [[SheetCell]] {
        changes.values.map { change in
            [.text(context.phrase(.areaValue)), .text(change.country), .text(change.indicator),
             .text(context.word(change.reading.rawValue)), quantity(change.old, context), quantity(change.new, context),
             change.delta.map { SheetCell(.number($0), style: WorkbookStyles.decimal) } ?? .empty]
        }
    }

    private static func quantity(_ value: IndicatorValue.Quantity?, _ context: EditionContext) -> SheetCell {
        switch value {
        case let .number(number)?: return SheetCell(.number(number), style: WorkbookStyles.decimal)
        case let .boolean(flag)?: return SheetCell(.boolean(flag))
        case let .label(label)?: return .text(label)
        case nil: return .text(context.phrase(.notRecorded), style: WorkbookStyles.empty)
        }
    }

    private static func texts(_ values: [String]) -> [SheetCell] {
        values.map { .text($0) }
    }

}
