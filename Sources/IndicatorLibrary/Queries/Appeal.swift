/// A government's appeal block as the Final Document prints it: who is addressed, and the
/// recommendations made this year with the number each is printed under.
///
/// The document and the workbook both show "the number as printed", so the rule lives here once:
/// recommendations the secretariat records as `implemented` or `withdrawn` are history, not
/// demands, and are not printed; the rest are numbered 1, 2, ... in file order, unless the block
/// holds a single one (printed without a number) or the country file says otherwise with `numbered`.
package struct Appeal: Sendable {
    package struct Item: Sendable {
        /// Nil when the block is printed without numbers.
        package let number: Int?
        package let recommendation: Recommendation
    }

    package let country: String
    package let addressee: LocalizedText
    package let items: [Item]

    package var isNumbered: Bool { items.contains { $0.number != nil } }

    /// Whether the document prints `recommendation` as a demand of this year.
    package static func isMade(_ recommendation: Recommendation) -> Bool {
        switch recommendation.status?.value {
        case nil, .partiallyImplemented, .carried: return true
        case .implemented, .withdrawn: return false
        }
    }

    init(report: CountryReport, addressee: LocalizedText) {
        let made = report.recommendations.filter(Self.isMade)
        let numbered = report.numbered?.value ?? (made.count > 1)
        country = report.country.value
        self.addressee = addressee
        items = made.enumerated().map { offset, recommendation in
            Item(number: numbered ? offset + 1 : nil, recommendation: recommendation)
        }
    }
}

extension Catalog {
    /// Who a country's appeal block addresses this year: the country file's `addressee`, else the
    /// catalog's; nil when neither is written (the checker reports it).
    package func addressee(of report: CountryReport) -> LocalizedText? {
        report.addressee?.value ?? country(report.country.value)?.addressee?.value
    }
}

extension Library {
    /// The appeal blocks of an edition, in the order `meeting.yaml` lists them. A country listed in
    /// `appeals` without a file or an addressee is left out (the checker reports it).
    package func appeals(in edition: Edition) -> [Appeal] {
        edition.meeting.appeals.compactMap { code in
            guard let report = edition.country(code.value), let addressee = catalog.addressee(of: report) else {
                return nil
            }
            return Appeal(report: report, addressee: addressee)
        }
    }
}

extension Library {
    /// The number each recommendation of the edition's appeals is printed with (those printed
    /// without a number are absent): for the changes' renumbering, the site and the data package.
    package func printedNumbers(in edition: Edition) -> [String: Int] {
        var numbers: [String: Int] = [:]
        for appeal in appeals(in: edition) {
            for item in appeal.items { if let number = item.number { numbers[item.recommendation.id.value] = number } }
        }
        return numbers
    }
}
