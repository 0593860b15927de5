/// Every text of the library that a public output may print, with its place: the one list the
/// confidentiality rules read. A reference to an id (a finding's indicators and groups, the findings
/// a recommendation answers, a value's indicator) is read where the id is defined: the checker has
/// made sure it names one. Whatever an output prints comes from a field of the model, and a test
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

    /// A part of the library whose texts are read together: the catalog and ratification facts, an
    /// edition's meeting with its regional findings, or one country file with its findings. The
    /// parts are independent, so the rules read them on every core.
    enum Part: Sendable {
        case catalog
        case meeting(edition: Int)
        case country(edition: Int, report: Int)
    }

    /// Every part, in the library's order.
    var parts: [Part] {
        var parts: [Part] = [.catalog]
        for (index, edition) in library.editions.enumerated() {
            parts.append(.meeting(edition: index))
            parts += edition.countries.indices.map { .country(edition: index, report: $0) }
        }
        return parts
    }

    /// Hands each public text to `visit`, one at a time, so that the texts of a large library are never
    /// all held at once.
    func forEach(_ visit: (Text) -> Void) {
        for part in parts { forEach(in: part, visit) }
    }

    /// Hands each public text of `part` to `visit`.
    func forEach(in part: Part, _ visit: (Text) -> Void) {
        switch part {
        case .catalog:
            visitCatalog(visit)
        case let .meeting(index):
            let edition = library.editions[index]
            visitMeeting(edition.meeting, visit)
            for finding in edition.meeting.findings where !finding.confidential.value { visitFinding(finding, visit) }
        case let .country(index, reportIndex):
            visitReport(library.editions[index].countries[reportIndex], visit)
        }
    }

    private func visitCatalog(_ visit: (Text) -> Void) {
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
        for group in catalog.groups {
            visit(Text("the group '\(group.value)'", group))
            if let title = catalog.groupTitle(group.value) {
                visit(Text("the title of group '\(group.value)'", title, kind: .plain))
            }
        }
        for fact in library.ratifications.facts {
            let what = "\(fact.country.value) × \(fact.instrument.value)"
            visit(Text("the source of the ratification fact \(what)", fact.source))
            if let note = fact.note { visit(Text("the note of the ratification fact \(what)", note)) }
        }
        for figure in library.series {
            let what = "the source of the \(figure.year.value) figure of '\(figure.indicator.value)' for \(figure.country.value)"
            if let title = figure.source.title { visit(Text(what, title, kind: .plain)) }
            if let url = figure.source.url { visit(Text(what, url)) }
        }
    }

    private func visitReport(_ report: CountryReport, _ visit: (Text) -> Void) {
        if let situation = report.situation { visit(Text("the situation", situation)) }
        if let addressee = report.addressee { visit(Text("the addressee", addressee)) }
        for recommendation in report.recommendations {
            let id = recommendation.id.value
            visit(Text("the id of recommendation '\(id)'", recommendation.id))
            visit(Text("recommendation '\(id)'", recommendation.text))
        }
        for value in report.values {
            if let source = value.source {
                visit(Text("the source of the value of '\(value.indicator.value)' in \(report.country.value)", source))
            }
        }
        for finding in report.findings where !finding.confidential.value { visitFinding(finding, visit) }
    }

    private func visitMeeting(_ meeting: Meeting, _ visit: (Text) -> Void) {
        visit(Text("the event", meeting.event, kind: .plain))
        visit(Text("the mission", meeting.mission, kind: .plain))
        if let mission = meeting.missionInHeading { visit(Text("the mission in the heading", mission, kind: .plain)) }
        if let ordinal = meeting.ordinal { visit(Text("the ordinal", ordinal, kind: .plain)) }
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
