import Foundation

/// Catches a confidential finding whose summary is also printed word for word in a public text.
///
/// Leaving the finding out of public outputs hides nothing when the situation paragraph (or a public
/// finding) says the same sentence: the mark gives a false sense of safety. Short summaries are
/// left alone, since a few common words say nothing particular.
struct ConfidentialFindings {
    let library: Library
    let texts: [PublicTexts.Searched]
    let bag: DiagnosticBag

    /// Fewer words than this are not a statement worth protecting on their own.
    static let minimumWords = 5

    func run() {
        let confidential = library.editions.flatMap(\.findings).filter(\.confidential.value)
        var summaries: [(finding: Finding, language: String, words: [String])] = []
        for finding in confidential {
            for (language, summary) in finding.summary.value.translations {
                let words = PhraseMatcher.words(summary)
                if words.count >= Self.minimumWords { summaries.append((finding, language, words)) }
            }
        }
        guard !summaries.isEmpty else { return }
        let matcher = PhraseMatcher(summaries.map(\.words))
        for searched in texts where !searched.text.role.hasPrefix("a person of") {
            let text = searched.text
            let found = Set(searched.words.flatMap(matcher.find))
            for (finding, language, _) in found.sorted().map({ summaries[$0] }) {
                bag.error("\(text.role) repeats word for word the summary of finding '\(finding.id.value)', which "
                          + "is marked confidential; a public output would print it. Reword the public text, or "
                          + "do not mark the finding confidential",
                          at: text.location,
                          notes: [.init("the confidential finding's summary (\(language))", at: finding.summary.location)])
            }
        }
    }
}
