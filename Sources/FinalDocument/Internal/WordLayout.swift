internal import DOCXWriter
import IndicatorLibrary

/// The Final Document as Word paragraphs: the same view, in the same order, as the Markdown and HTML
/// templates lay out, each part in a named style of the reference document (Templates/README.md lists
/// them), the recommendations of each appeal a Word list of their own.
struct WordLayout {
    let view: DocumentView
    let wording: Wording
    /// The meeting's date, for the file's properties.
    let date: CalendarDate

    /// The style names the layout uses, as Word shows them.
    enum Style {
        static let title = "Title"
        static let subtitle = "Subtitle"
        static let heading1 = "Heading 1"
        static let heading2 = "Heading 2"
        static let body = "Body Text"
        static let listNumber = "List Number"
        static let listBullet = "List Bullet"
        static let listBullet2 = "List Bullet 2"
        static let quote = "Quote"
        static let header = "Header"
        static let footer = "Footer"
    }

    func document() -> WordDocument {
        var document = WordDocument(properties: properties)
        document.header = [Paragraph(style: Style.header, text: view.mission)]
        if view.marked { document.header.append(Paragraph(style: Style.header, [.bold(view.marking)])) }
        document.footer = [Paragraph(style: Style.footer, pageLine)]

        document.append(Paragraph(style: Style.title, text: (view.words[Wording.Phrase.finalDocument.rawValue] ?? "").uppercased()))
        document.append(Paragraph(style: Style.subtitle, text: view.headingEvent.uppercased()))
        document.append(Paragraph(style: Style.subtitle, text: view.headingMission.uppercased()))
        if let unofficial = view.unofficial { document.append(Paragraph(style: Style.subtitle, [.italic(unofficial)])) }
        if let extract = view.extract { document.append(Paragraph(style: Style.subtitle, [.italic(extract)])) }
        if let theme = view.theme {
            document.append(Paragraph(style: Style.subtitle, Self.runs(theme, emphasis: .italic)))
        }
        document.append(Paragraph(style: Style.body, text: view.placeAndDate))
        if let note = view.partialNote {
            let lead = view.words[Wording.Phrase.partialEdition.rawValue] ?? ""
            document.append(Paragraph(style: Style.quote, [.bold(lead), .text(" ")] + Self.runs(note)))
        }
        for paragraph in Self.paragraphs(view.opening) { document.append(Paragraph(style: Style.body, Self.runs(paragraph))) }
        for block in view.narrative {
            for paragraph in Self.paragraphs(block.text) { document.append(Paragraph(style: Style.body, Self.runs(paragraph))) }
        }
        for paragraph in view.appealsIntro.map(Self.paragraphs) ?? [] {
            document.append(Paragraph(style: Style.body, Self.runs(paragraph)))
        }
        for appeal in view.appeals { add(appeal, to: &document) }
        for paragraph in view.intentionsIntro.map(Self.paragraphs) ?? [] {
            document.append(Paragraph(style: Style.body, Self.runs(paragraph)))
        }
        if view.hasIntentions {
            document.append(Paragraph(style: Style.body, text: view.words[Wording.Phrase.intentionsLead.rawValue] ?? "",
                                      keepWithNext: true))
            let list = document.newList(.numberedWithParenthesis)
            for item in view.intentions {
                document.append(Paragraph(style: Style.listNumber, Self.runs(item.text), list: ListItem(list)))
            }
        }
        if view.hasCalls {
            document.append(Paragraph(style: Style.body, text: view.words[Wording.Phrase.callsLead.rawValue] ?? "",
                                      keepWithNext: true))
            let list = document.newList(.numberedWithParenthesis)
            for call in view.calls {
                document.append(Paragraph(style: Style.listNumber, Self.runs(call.to) + [.text(" ")] + Self.runs(call.text),
                                          list: ListItem(list)))
            }
        }
        if let annex = view.annex { add(annex, to: &document) }
        return document
    }

    private func add(_ appeal: DocumentView.Appeal, to document: inout WordDocument) {
        document.append(Paragraph(style: Style.body, [.text("— ")] + Self.runs(appeal.addresseeLine, emphasis: .bold),
                                  keepWithNext: true))
        guard appeal.numbered else {
            for recommendation in appeal.recommendations {
                document.append(Paragraph(style: Style.body, Self.runs(recommendation.text)))
            }
            return
        }
        let list = document.newList(.numberedWithDot)
        for recommendation in appeal.recommendations {
            document.append(Paragraph(style: Style.listNumber, Self.runs(recommendation.text), list: ListItem(list)))
        }
    }

    private func add(_ annex: DocumentView.Annex, to document: inout WordDocument) {
        let word = { (phrase: Wording.Phrase) in view.words[phrase.rawValue] ?? phrase.rawValue }
        document.append(Paragraph(style: Style.heading1, text: word(.annexHeading), pageBreakBefore: true, keepWithNext: true))
        for section in annex.sections {
            document.append(Paragraph(style: Style.heading2, text: section.heading, keepWithNext: true))
            let list = document.newList(.bulleted)
            for finding in section.findings {
                var line: [Inline] = [.bold(finding.id), .text(" (\(finding.kind), \(finding.status))")]
                if finding.confidential { line += [.text(", "), .bold(word(.confidential))] }
                line += [.text(": ")] + Self.runs(finding.summary)
                document.append(Paragraph(style: Style.listBullet, line, list: ListItem(list)))
                for person in finding.people {
                    var line: [Inline] = [.text("\(word(.person)): \(person.name)")]
                    if person.confidential { line += [.text(" ("), .bold(word(.confidential)), .text(")")] }
                    document.append(Paragraph(style: Style.listBullet2, line, list: ListItem(list, level: 1)))
                }
                for source in finding.sources {
                    let text = "\(word(.source)): " + [source.title, source.url.map { "<\($0)>" }].compactMap { $0 }
                        .joined(separator: " ")
                    document.append(Paragraph(style: Style.listBullet2, text: text, list: ListItem(list, level: 1)))
                }
            }
        }
    }

    /// "Page N of M" with Word's page fields.
    private var pageLine: [Inline] {
        wording.pageLine.map { piece in
            switch piece {
            case let .text(text): .text(text)
            case .page: .field(.page)
            case .pages: .field(.numberOfPages)
            }
        }
    }

    private var properties: CoreProperties {
        let title = "\(view.words[Wording.Phrase.finalDocument.rawValue] ?? "") — \(view.headingEvent), \(view.placeAndDate)"
        let iso = date.day != nil ? date.description : nil
        return CoreProperties(title: view.marked ? "[\(view.marking)] \(title)" : title, subject: view.mission,
                              creator: view.mission, language: view.language, date: iso,
                              description: view.marked ? view.marking : nil)
    }

    /// A block's paragraphs (the view joins them with a blank line for Markdown and Word alike).
    static func paragraphs(_ block: String) -> [String] {
        block.components(separatedBy: "\n\n").filter { !$0.isEmpty }
    }

    /// A paragraph of the library's Markdown subset as runs: `**bold**` and `*italics*` become the
    /// runs' emphasis, over `base`.
    static func runs(_ paragraph: String, emphasis base: Emphasis = []) -> [Inline] {
        let marked = Markup.render(paragraph, text: { $0 }, open: { $0 == .strong ? "\u{1}" : "\u{3}" },
                                   close: { $0 == .strong ? "\u{2}" : "\u{4}" })
        var inlines: [Inline] = []
        var emphasis = base
        var run = ""
        func flush() {
            if !run.isEmpty { inlines.append(.run(run, emphasis)) }
            run = ""
        }
        for scalar in marked.unicodeScalars {
            switch scalar {
            case "\u{1}": flush(); emphasis.insert(.bold)
            case "\u{2}": flush(); if !base.contains(.bold) { emphasis.remove(.bold) }
            case "\u{3}": flush(); emphasis.insert(.italic)
            case "\u{4}": flush(); if !base.contains(.italic) { emphasis.remove(.italic) }
            default: run.unicodeScalars.append(scalar)
            }
        }
        flush()
        return inlines
    }
}
