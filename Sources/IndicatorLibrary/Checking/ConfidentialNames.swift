import Foundation

/// Catches a confidential person's name written into text that is published.
///
/// Leaving a confidential finding out of public outputs is not enough: situations, recommendations and
/// calls are free text, and a monitor may name the same activist there. A name marked confidential
/// anywhere in the library is protected everywhere, since regenerating an older edition republishes it.
struct ConfidentialNames {
    let bag: DiagnosticBag
    private let protected: [ProtectedName]
    private let matcher: PhraseMatcher

    private struct ProtectedName {
        let words: FoldedWords
        let name: Located<String>
    }

    init(library: Library, bag: DiagnosticBag) {
        self.bag = bag
        protected = Self.protectedNames(in: library)
        matcher = PhraseMatcher(protected.map(\.words))
    }

    var isEmpty: Bool { protected.isEmpty }

    /// Reports each protected name that `text` (split into `words`, one list per translation) holds.
    func check(_ text: PublicTexts.Text, words: [FoldedWords]) {
        let found = Set(words.flatMap(matcher.find))
        for person in found.sorted().map({ protected[$0] }) {
            bag.error("\(text.role) names '\(person.name.value)', who is marked confidential; a public output "
                      + "would print the name. Remove it from the text, or write the finding as confidential "
                      + "and keep the name in its people",
                      at: text.location, notes: [.init("'\(person.name.value)' is marked confidential here",
                                                       at: person.name.location)])
        }
    }

    private static func protectedNames(in library: Library) -> [ProtectedName] {
        var seen: Set<String> = []
        var names: [ProtectedName] = []
        for edition in library.editions {
            for finding in edition.findings {
                for person in finding.people where person.confidential.value {
                    let words = PhraseMatcher.words(person.name.value)
                    guard !words.isEmpty, seen.insert(words.strings.joined(separator: " ")).inserted else { continue }
                    names.append(ProtectedName(words: words, name: person.name))
                }
            }
        }
        return names
    }
}
