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
        for text in publicTexts() {
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

    private struct PublicText {
        let role: String
        let translations: [(language: String, text: String)]
        let location: SourceLocation

        init(_ role: String, _ text: Located<LocalizedText>) {
            self.role = role
            translations = text.value.translations
            location = text.location
        }

        init(_ role: String, _ text: Located<String>) {
            self.role = role
            translations = [(LocalizedText.defaultLanguage, text.value)]
            location = text.location
        }
    }

    private func publicTexts() -> [PublicText] {
        var texts: [PublicText] = []
        for country in library.catalog.countries {
            if let addressee = country.addressee { texts.append(PublicText("the addressee", addressee)) }
        }
        for edition in library.editions {
            let meeting = edition.meeting
            texts.append(PublicText("the opening", meeting.opening))
            if let theme = meeting.theme { texts.append(PublicText("the theme", theme)) }
            for case let .text(paragraph) in meeting.narrative {
                texts.append(PublicText("the narrative", paragraph))
            }
            if let intro = meeting.appealsIntro { texts.append(PublicText("the appeals introduction", intro)) }
            if let intro = meeting.intentionsIntro { texts.append(PublicText("the intentions introduction", intro)) }
            texts += meeting.intentions.map { PublicText("an intention", $0) }
            for call in meeting.calls {
                texts.append(PublicText("a call", call.to))
                texts.append(PublicText("a call", call.text))
            }
            texts += meeting.sources.compactMap { $0.title.map { PublicText("a source title", $0) } }
            for report in edition.countries {
                if let situation = report.situation { texts.append(PublicText("the situation", situation)) }
                if let addressee = report.addressee { texts.append(PublicText("the addressee", addressee)) }
                texts += report.recommendations.map { PublicText("recommendation '\($0.id.value)'", $0.text) }
            }
            for finding in edition.findings where !finding.confidential.value {
                let owner = "finding '\(finding.id.value)'"
                texts.append(PublicText("the summary of \(owner)", finding.summary))
                for person in finding.people where !person.confidential.value {
                    texts.append(PublicText("a person of \(owner) not marked confidential", person.name))
                }
                texts += finding.sources.compactMap { $0.title.map { PublicText("a source title of \(owner)", $0) } }
            }
        }
        return texts
    }

    /// Case, accents, Markdown emphasis and line breaks do not hide a name: "**Erlan\n  BALTABAI**"
    /// still names Erlan Baltabai.
    static func fold(_ text: String) -> String {
        let plain = text.replacingOccurrences(of: "*", with: "").replacingOccurrences(of: "_", with: "")
        let folded = plain.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
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
