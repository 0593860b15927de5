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
        var words: [[String]] { translations.map { PhraseMatcher.words($0.text) } }

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

    var all: [Text] {
        var texts: [Text] = []
        for country in library.catalog.countries {
            if let addressee = country.addressee { texts.append(Text("the addressee", addressee)) }
        }
        for edition in library.editions {
            let meeting = edition.meeting
            texts.append(Text("the opening", meeting.opening))
            if let theme = meeting.theme { texts.append(Text("the theme", theme)) }
            for case let .text(paragraph) in meeting.narrative {
                texts.append(Text("the narrative", paragraph))
            }
            if let intro = meeting.appealsIntro { texts.append(Text("the appeals introduction", intro)) }
            if let intro = meeting.intentionsIntro { texts.append(Text("the intentions introduction", intro)) }
            texts += meeting.intentions.map { Text("an intention", $0) }
            for call in meeting.calls {
                texts.append(Text("a call", call.to))
                texts.append(Text("a call", call.text))
            }
            texts += meeting.sources.compactMap { $0.title.map { Text("a source title", $0) } }
            for report in edition.countries {
                if let situation = report.situation { texts.append(Text("the situation", situation)) }
                if let addressee = report.addressee { texts.append(Text("the addressee", addressee)) }
                texts += report.recommendations.map { Text("recommendation '\($0.id.value)'", $0.text) }
            }
            for finding in edition.findings where !finding.confidential.value {
                let owner = "finding '\(finding.id.value)'"
                texts.append(Text("the summary of \(owner)", finding.summary))
                for person in finding.people where !person.confidential.value {
                    texts.append(Text("a person of \(owner) not marked confidential", person.name))
                }
                texts += finding.sources.compactMap { $0.title.map { Text("a source title of \(owner)", $0) } }
            }
        }
        return texts
    }
}
