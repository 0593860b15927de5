/// Catches a confidential finding whose summary is also printed in a public text, in any spelling that folds to the same words.
///
/// Leaving the finding out of public outputs hides nothing when the situation paragraph (or a public
/// finding) says the same sentence: the mark gives a false sense of safety. Short summaries are
/// left alone, since a few common words say nothing particular.
struct ConfidentialFindings {
    let bag: DiagnosticBag
    private let summaries: [(finding: Finding, language: String, words: FoldedWords)]
    private let matcher: PhraseMatcher

    /// Fewer words than this are not a statement worth protecting on their own.
    static let minimumWords = 5

    /// The same rule, reporting into `bag`: one part of the texts checks with it on its own core,
    /// without indexing the summaries again.
    func reporting(into bag: DiagnosticBag) -> ConfidentialFindings {
        ConfidentialFindings(bag: bag, summaries: summaries, matcher: matcher)
    }

    private init(bag: DiagnosticBag, summaries: [(finding: Finding, language: String, words: FoldedWords)],
                 matcher: PhraseMatcher) {
        self.bag = bag
        self.summaries = summaries
        self.matcher = matcher
    }

    init(library: Library, bag: DiagnosticBag, folder: TextFolder) {
        self.bag = bag
        var summaries: [(finding: Finding, language: String, words: FoldedWords)] = []
        for edition in library.editions {
            for finding in edition.findings where finding.confidential.value {
                for (language, summary) in finding.summary.value.translations {
                    let words = folder.words(summary)
                    if words.count >= Self.minimumWords { summaries.append((finding, language, words)) }
                }
            }
        }
        self.summaries = summaries
        matcher = PhraseMatcher(summaries.map(\.words))
    }

    var isEmpty: Bool { summaries.isEmpty }

    /// Adds the confidential summaries that `words` (one translation of `text`) repeat to `found`.
    func collect(_ text: PublicTexts.Text, _ words: FoldedWords, into found: inout [Int]) {
        guard !text.isName, !summaries.isEmpty else { return }
        found += matcher.find(in: words)
    }

    /// Reports each confidential summary that `text` repeats (`found`, from `collect`).
    func report(_ text: PublicTexts.Text, _ found: [Int]) {
        guard !found.isEmpty else { return }
        for (finding, language, _) in Set(found).sorted().map({ summaries[$0] }) {
            bag.error("\(text.role) repeats word for word the summary of finding '\(finding.id.value)', which "
                      + "is marked confidential; a public output would print it. Reword the public text, or "
                      + "do not mark the finding confidential",
                      at: text.location,
                      notes: [.init("the confidential finding's summary (\(language))", at: finding.summary.location)])
        }
    }
}
