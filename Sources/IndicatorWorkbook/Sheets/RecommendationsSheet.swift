import IndicatorLibrary
import XLSXWriter

/// One row per recommendation of the edition, under the number the Final Document prints it with.
enum RecommendationsSheet {
    static func name(_ context: EditionContext) -> String { context.phrase(.sheetRecommendations) }

    static func table(_ context: EditionContext) -> SheetTable {
        let columns: [SheetTable.Column] = [
            .init(header: context.phrase(.country), width: 9),
            .init(header: context.phrase(.addressee), width: 30, wraps: true),
            .init(header: context.phrase(.number), width: 6, style: WorkbookStyles.whole,
                  comment: context.phrase(.numberComment)),
            .init(header: context.phrase(.id), width: 30, wraps: true),
            .init(header: context.phrase(.recommendation), width: 70, wraps: true),
            .init(header: context.phrase(.status), width: 14, wraps: true, comment: context.phrase(.statusComment)),
            .init(header: context.phrase(.earlierEditions), width: 10, style: WorkbookStyles.whole,
                  comment: context.phrase(.earlierEditionsComment)),
            .init(header: context.phrase(.firstMade), width: 9, style: WorkbookStyles.whole),
            .init(header: context.phrase(.findings), width: 30, wraps: true),
        ]
        let name = name(context)
        var table = SheetTable(name: name, title: context.title(name), columns: columns)
        table.notes = context.leadingNotes + [(context.phrase(.recommendationsNote), WorkbookStyles.note)]
        table.emptyMessage = context.phrase(.recommendationsEmpty, ["year": "\(context.year)"])
        let shownFindings = Set(context.findings.map(\.id.value))
        let appeals = context.library.appeals(in: context.edition)
        // The rows to make, in order: which appeal, and which of its country's recommendations.
        var items: [(appeal: Int, recommendation: Recommendation)] = []
        var numbers: [[String: Int?]] = []
        for (index, appeal) in appeals.enumerated() {
            numbers.append(Dictionary(appeal.items.map { ($0.recommendation.id.value, $0.number) },
                                      uniquingKeysWith: { first, _ in first }))
            guard let report = context.edition.country(appeal.country) else { continue }
            items += report.recommendations.map { (index, $0) }
        }
        table.rows = SheetRows(count: items.count) { [items, numbers] row in
            let (index, recommendation) = items[row]
            let appeal = appeals[index]
            let id = recommendation.id.value
            let standing = context.library.standing(of: recommendation, in: context.year)
            return [
                .text(appeal.country),
                .text(context.plain(appeal.addressee)),
                .number(numbers[index][id] ?? nil),
                .text(id),
                .text(context.plain(recommendation.text.value),
                      origin: context.origin("the text of recommendation '\(id)'", recommendation.text.location)),
                .text(context.word(standing.description)),
                .number(context.library.editionsMaking(id, before: context.year)),
                .number(context.firstAppearance.firstMade(recommendation)),
                .text(recommendation.findings.map(\.value).filter(shownFindings.contains).joined(separator: ", ")),
            ]
        }
        return table
    }
}
