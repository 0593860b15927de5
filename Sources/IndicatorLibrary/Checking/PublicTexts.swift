import Foundation

/// Every text of the library that a public output prints, with its place: what the confidentiality
/// rules search for what must not be published.
struct PublicTexts {
    let library: Library

    struct Text {
        let role: String
        let translations: [(language: String, text: String)]
        let location: SourceLocation

        /// The words of every translation, as the confidentiality rules compare them.
        var words: [FoldedWords] { translations.map { PhraseMatcher.words($0.text) } }

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

    /// Hands each public text to `visit`, one at a time, so that the texts of a large library are never
    /// all held at once.
    func forEach(_ visit: (Text) -> Void) {
        for country in library.catalog.countries {
            if let addressee = country.addressee { visit(Text("the addressee", addressee)) }
        }
        for edition in library.editions {
            let meeting = edition.meeting
            visit(Text("the opening", meeting.opening))
            if let theme = meeting.theme { visit(Text("the theme", theme)) }
            for case let .text(paragraph) in meeting.narrative {
                visit(Text("the narrative", paragraph))
            }
            if let intro = meeting.appealsIntro { visit(Text("the appeals introduction", intro)) }
            if let intro = meeting.intentionsIntro { visit(Text("the intentions introduction", intro)) }
            for intention in meeting.intentions { visit(Text("an intention", intention)) }
            for call in meeting.calls {
                visit(Text("a call", call.to))
                visit(Text("a call", call.text))
            }
            for title in meeting.sources.compactMap(\.title) { visit(Text("a source title", title)) }
            for report in edition.countries {
                if let situation = report.situation { visit(Text("the situation", situation)) }
                if let addressee = report.addressee { visit(Text("the addressee", addressee)) }
                for recommendation in report.recommendations {
                    visit(Text("recommendation '\(recommendation.id.value)'", recommendation.text))
                }
            }
            for finding in edition.findings where !finding.confidential.value {
                let owner = "finding '\(finding.id.value)'"
                visit(Text("the summary of \(owner)", finding.summary))
                for person in finding.people where !person.confidential.value {
                    visit(Text("a person of \(owner) not marked confidential", person.name))
                }
                for title in finding.sources.compactMap(\.title) { visit(Text("a source title of \(owner)", title)) }
            }
        }
    }
}
