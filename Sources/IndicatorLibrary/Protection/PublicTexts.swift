/// Every text of the library that a public output may print, with its place: the one list the
/// confidentiality rules read. Whatever an output prints comes from a field of the model, and a test
/// (`PublicTextsCoverageTests`) walks every text field of a fully written library by reflection and
/// fails for any field this list neither visits nor names as never printed, so that a field added to
/// the model is checked by default.
struct PublicTexts {
    let library: Library

    struct Text {
        /// How the outputs treat the text, which decides the rules that apply to it.
        enum Kind {
            /// Markdown prose (situations, recommendations, summaries, ...).
            case prose
            /// Printed as written, never as Markdown: an id, a source line, a note, a catalog name.
            case plain
            /// A person's name, rather than prose.
            case name
            /// A web address: printed, and a link target.
            case address
        }

        /// What the text is ("the summary of finding 'kz-x'"), for a message: worded only when one is
        /// written, since almost every text passes.
        private let describe: () -> String
        let kind: Kind
        let text: LocalizedText
        let location: SourceLocation

        var role: String { describe() }
        var isName: Bool { kind == .name }

        /// The words of every translation, as the confidentiality rules compare them.
        func words(_ folder: TextFolder) -> [FoldedWords] {
            text.translations.map { folder.words($0.text) }
        }

        init(_ role: @autoclosure @escaping () -> String, _ text: Located<LocalizedText>, kind: Kind = .prose) {
            describe = role
            self.kind = kind
            self.text = text.value
            location = text.location
        }

        init(_ role: @autoclosure @escaping () -> String, _ text: Located<String>, kind: Kind = .plain) {
            describe = role
            self.kind = kind
            self.text = LocalizedText(text.value)
            location = text.location
        }
    }

    /// Hands each public text to `visit`, one at a time, so that the texts of a large library are never
    /// all held at once.
    func forEach(_ visit: (Text) -> Void) {
        let catalog = library.catalog
        for country in catalog.countries {
            visit(Text("the name of country \(country.code.value)", country.name, kind: .plain))
            if let addressee = country.addressee { visit(Text("the addressee", addressee)) }
        }
        for instrument in catalog.instruments {
            visit(Text("the code of instrument \(instrument.code.value)", instrument.code))
            visit(Text("the title of instrument \(instrument.code.value)", instrument.title, kind: .plain))
        }
        for theme in catalog.themes {
            visit(Text("the id of theme '\(theme.id.value)'", theme.id))
            visit(Text("the title of theme '\(theme.id.value)'", theme.title, kind: .plain))
        }
        for indicator in catalog.indicators {
            visit(Text("the id of indicator '\(indicator.id.value)'", indicator.id))
            visit(Text("the title of indicator '\(indicator.id.value)'", indicator.title, kind: .plain))
            if let unit = indicator.unit { visit(Text("the unit of indicator '\(indicator.id.value)'", unit)) }
        }
        for group in catalog.groups { visit(Text("the group '\(group.value)'", group)) }
        for fact in library.ratifications.facts {
            let what = "\(fact.country.value) × \(fact.instrument.value)"
            visit(Text("the source of the ratification fact \(what)", fact.source))
            if let note = fact.note { visit(Text("the note of the ratification fact \(what)", note)) }
        }
        for edition in library.editions {
            visitMeeting(edition.meeting, visit)
            for report in edition.countries {
                if let situation = report.situation { visit(Text("the situation", situation)) }
                if let addressee = report.addressee { visit(Text("the addressee", addressee)) }
                for recommendation in report.recommendations {
                    let id = recommendation.id.value
                    visit(Text("the id of recommendation '\(id)'", recommendation.id))
                    visit(Text("recommendation '\(id)'", recommendation.text))
                    for finding in recommendation.findings {
                        visit(Text("a finding that recommendation '\(id)' answers", finding))
                    }
                }
                for value in report.values {
                    let what = "the value of '\(value.indicator.value)' in \(report.country.value)"
                    visit(Text("the indicator of \(what)", value.indicator))
                    if let source = value.source { visit(Text("the source of \(what)", source)) }
                }
            }
            for finding in edition.findings where !finding.confidential.value {
                visitFinding(finding, visit)
            }
        }
    }

    private func visitMeeting(_ meeting: Meeting, _ visit: (Text) -> Void) {
        visit(Text("the event", meeting.event, kind: .plain))
        visit(Text("the mission", meeting.mission, kind: .plain))
        visit(Text("the place", meeting.place, kind: .plain))
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
        for source in meeting.sources { visitSource(source, of: "the meeting", visit) }
        if let note = meeting.partialNote { visit(Text("the partial note", note)) }
    }

    private func visitFinding(_ finding: Finding, _ visit: (Text) -> Void) {
        let id = finding.id.value
        visit(Text("the id of finding '\(id)'", finding.id))
        visit(Text("the summary of finding '\(id)'", finding.summary))
        for indicator in finding.indicators { visit(Text("an indicator of finding '\(id)'", indicator)) }
        for group in finding.groups { visit(Text("a group of finding '\(id)'", group)) }
        for person in finding.people where !person.confidential.value {
            let role = "a person of finding '\(id)' not marked confidential"
            visit(Text(role, person.name, kind: .name))
            for spelling in person.also { visit(Text(role, spelling, kind: .name)) }
        }
        for source in finding.sources { visitSource(source, of: "finding '\(id)'", visit) }
    }

    private func visitSource(_ source: Source, of owner: @autoclosure @escaping () -> String, _ visit: (Text) -> Void) {
        if let title = source.title { visit(Text("a source title of \(owner())", title, kind: .plain)) }
        if let url = source.url { visit(Text("a source address of \(owner())", url, kind: .address)) }
    }
}
