import Foundation

/// Catches a confidential person's name written into text that is published.
///
/// Leaving a confidential finding out of public outputs is not enough: situations, recommendations and
/// calls are free text, and a monitor may name the same activist there. A name marked confidential
/// anywhere in the library is protected everywhere, since regenerating an older edition republishes it.
struct ConfidentialNames {
    let library: Library
    let bag: DiagnosticBag

    private struct ProtectedName {
        let folded: String
        let name: Located<String>
    }

    func run() {
        let protected = protectedNames()
        guard !protected.isEmpty else { return }
        for text in PublicTexts(library: library).all {
            let folded = text.translations.map { Self.fold($0.text) }
            for person in protected where folded.contains(where: { Self.mentions($0, name: person.folded) }) {
                bag.error("\(text.role) names '\(person.name.value)', who is marked confidential; a public output "
                          + "would print the name. Remove it from the text, or write the finding as confidential "
                          + "and keep the name in its people",
                          at: text.location, notes: [.init("'\(person.name.value)' is marked confidential here",
                                                           at: person.name.location)])
            }
        }
    }

    private func protectedNames() -> [ProtectedName] {
        var seen: Set<String> = []
        var names: [ProtectedName] = []
        for edition in library.editions {
            for finding in edition.findings {
                for person in finding.people where person.confidential.value {
                    let folded = Self.fold(person.name.value)
                    guard !folded.isEmpty, seen.insert(folded).inserted else { continue }
                    names.append(ProtectedName(folded: folded, name: person.name))
                }
            }
        }
        return names
    }

    /// Case, accents, Unicode normalisation, Markdown emphasis, invisible characters and line breaks do
    /// not hide a name: "**Erlan\n  BALTA\u{AD}BAI**" still names Erlan Baltabai, and so does "Пётр"
    /// typed as "Петр" or with a decomposed "й". Compatibility forms (full-width letters, ligatures) are
    /// mapped to their plain letters first.
    static func fold(_ text: String) -> String {
        let visible = String(String.UnicodeScalarView(text.unicodeScalars.filter {
            $0.properties.generalCategory != .format && $0 != "*" && $0 != "_"
        }))
        let folded = visible.precomposedStringWithCompatibilityMapping
            .folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        return folded.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// Whether `name` stands in `text` as whole words ("Ali" is not in "Alimov").
    static func mentions(_ text: String, name: String) -> Bool {
        var searchRange = text.startIndex..<text.endIndex
        while let found = text.range(of: name, range: searchRange) {
            let before = found.lowerBound == text.startIndex ? nil : text[text.index(before: found.lowerBound)]
            let after = found.upperBound == text.endIndex ? nil : text[found.upperBound]
            if !(before.map(Self.isWordCharacter) ?? false) && !(after.map(Self.isWordCharacter) ?? false) {
                return true
            }
            searchRange = text.index(after: found.lowerBound)..<text.endIndex
        }
        return false
    }

    private static func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber
    }
}
