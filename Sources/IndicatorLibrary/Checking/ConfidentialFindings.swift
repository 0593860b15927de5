import Foundation

/// Catches a confidential finding whose summary is also printed word for word in a public text.
///
/// Leaving the finding out of public outputs hides nothing when the situation paragraph (or a public
/// finding) says the same sentence: the mark gives a false sense of safety. Short summaries are
/// left alone, since a few common words say nothing particular.
struct ConfidentialFindings {
    let library: Library
    let bag: DiagnosticBag

    /// Fewer words than this are not a statement worth protecting on their own.
    static let minimumWords = 5

    func run() {
        let confidential = library.editions.flatMap(\.findings).filter(\.confidential.value)
        guard !confidential.isEmpty else { return }
        let texts = PublicTexts(library: library).all.filter { !$0.role.hasPrefix("a person of") }
        let folded = texts.map { $0.translations.map { ConfidentialNames.fold(Markup.plain($0.text)) } }
        for finding in confidential {
            for (language, summary) in finding.summary.value.translations {
                let needle = ConfidentialNames.fold(Markup.plain(summary))
                guard needle.split(separator: " ").count >= Self.minimumWords else { continue }
                for (index, text) in texts.enumerated()
                where folded[index].contains(where: { ConfidentialNames.mentions($0, name: needle) }) {
                    bag.error("\(text.role) repeats word for word the summary of finding '\(finding.id.value)', which "
                              + "is marked confidential; a public output would print it. Reword the public text, or "
                              + "do not mark the finding confidential",
                              at: text.location,
                              notes: [.init("the confidential finding's summary (\(language))", at: finding.summary.location)])
                }
            }
        }
    }
}
