import IndicatorLibrary
import XLSXWriter

/// One row per recommendation of the edition, under the number the Final Document prints it with.
enum RecommendationsSheet {
    static let name = "Recommendations"

    static func table(_ context: EditionContext) -> SheetTable {
        let columns: [SheetTable.Column] = [
            .init(header: "Country", width: 9),
            .init(header: "Addressee", width: 30, wraps: true),
            .init(header: "No.", width: 6, style: WorkbookStyles.whole,
                  comment: "The number the Final Document prints. Empty when the appeal is printed without "
                      + "numbers, or when the recommendation is not printed (implemented or withdrawn)."),
            .init(header: "Id", width: 30, wraps: true),
            .init(header: "Recommendation", width: 70, wraps: true),
            .init(header: "Status", width: 14, wraps: true,
                  comment: "new or repeated, from the library's earlier editions; otherwise as the secretariat "
                      + "recorded it."),
            .init(header: "Earlier editions", width: 10, style: WorkbookStyles.whole,
                  comment: "How many earlier editions of the library made the same recommendation."),
            .init(header: "First made", width: 9, style: WorkbookStyles.whole),
            .init(header: "Findings", width: 30, wraps: true),
        ]
        var table = SheetTable(name: name, title: context.title("Recommendations"), columns: columns)
        table.notes = context.leadingNotes + [
            ("In the order of the appeals in the Final Document; within a country, in the order of its file.",
             WorkbookStyles.note),
        ]
        table.emptyMessage = "No recommendations are recorded for \(context.year)."
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
                .text(standing.description),
                .number(context.library.editionsMaking(id, before: context.year)),
                .number(context.firstAppearance.firstMade(recommendation)),
                .text(recommendation.findings.map(\.value).filter(shownFindings.contains).joined(separator: ", ")),
            ]
        }
        return table
    }
}
