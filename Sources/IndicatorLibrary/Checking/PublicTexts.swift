import Foundation

/// Every text of the library that a public output prints, with its place: what the confidentiality
/// rules search for what must not be published.
struct PublicTexts {
    let library: Library

    struct Text {
        /// What the text is ("the summary of finding 'kz-x'"), for a message: worded only when one is
        /// written, since almost every text passes.
        private let describe: () -> String
        /// A person's name, rather than prose.
        let isName: Bool
        let text: LocalizedText
        let location: SourceLocation

        var role: String { describe() }

        /// The words of every translation, as the confidentiality rules compare them.
        var words: [FoldedWords] { text.translations.map { PhraseMatcher.words($0.text) } }

        init(_ role: @autoclosure @escaping () -> String, _ text: Located<LocalizedText>) {
            describe = role
            isName = false
            self.text = text.value
            location = text.location
        }

        init(_ role: @autoclosure @escaping () -> String, _ text: Located<String>, isName: Bool = false) {
            describe = role
            self.isName = isName
            self.text = LocalizedText(text.value)
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
                    let id = recommendation.id.value
                    visit(Text("recommendation '\(id)'", recommendation.text))
                }
            }
            for finding in edition.findings where !finding.confidential.value {
                let id = finding.id.value
                visit(Text("the summary of finding '\(id)'", finding.summary))
                for person in finding.people where !person.confidential.value {
                    visit(Text("a person of finding '\(id)' not marked confidential", person.name, isName: true))
                }
                for title in finding.sources.compactMap(\.title) {
                    visit(Text("a source title of finding '\(id)'", title))
                }
            }
        }
    }
}
