import IndicatorLibrary

/// The comparison as the text and Markdown presentations lay it out: sections of groups of items,
/// each item a headline and detail lines made of spans. Built once, so the two formats list the
/// same things in the same order and differ only in markup. An item is made only when a presentation
/// reads it, so a document of a million changes is written one item at a time.
struct ChangeOutline {
    enum Span {
        case text(String)
        case removed(String)
        case added(String)
    }

    enum Mark {
        case added, removed, changed, same
    }

    struct Item {
        let mark: Mark
        let headline: [Span]
        var details: [[Span]] = []
    }

    struct Group {
        let title: String
        let items: Items
    }

    /// A group's items, each made from its change when it is read, and dropped once written: held
    /// all at once, the spans of a large comparison were another copy of every changed text.
    struct Items: RandomAccessCollection {
        let startIndex = 0
        let endIndex: Int
        private let make: (Int) -> Item

        init<Change>(_ changes: [Change], _ item: @escaping (Change) -> Item) {
            endIndex = changes.count
            make = { item(changes[$0]) }
        }

        var indices: Range<Int> { startIndex..<endIndex }

        subscript(position: Int) -> Item { make(position) }
    }

    struct Section {
        let title: String
        let groups: [Group]
        /// Said when the section has nothing.
        let none: String
    }

    let title: String
    /// "INTERNAL — NOT FOR PUBLICATION" for changes that include confidential findings, "DRAFT — …"
    /// for changes to an edition not ready to publish: said first and last.
    let marking: String?
    let notes: [String]
    let sections: [Section]
    let totals: String

    init(_ wording: ChangeWording) {
        title = wording.title
        marking = wording.markings.isEmpty ? nil : wording.markings.joined(separator: " · ")
        notes = wording.partialNotes
        totals = wording.totals
        sections = [
            Self.countries(wording), Self.findings(wording), Self.recommendations(wording),
            Self.ratifications(wording), Self.values(wording),
        ]
    }

    private static func countries(_ wording: ChangeWording) -> Section {
        let changes = wording.changes
        let entered = Items(changes.countriesEntered) {
            Item(mark: .added, headline: [.text("\($0) \(wording.countryName($0)): a country file in \(changes.to), "
                                                + "none in \(changes.from)")])
        }
        let left = Items(changes.countriesLeft) {
            Item(mark: .removed, headline: [.text("\($0) \(wording.countryName($0)): a country file in "
                                                  + "\(changes.from), none in \(changes.to)")])
        }
        return Section(title: "Countries", groups: [
            Group(title: "Entered the monitoring", items: entered), Group(title: "Left the monitoring", items: left),
        ].filter { !$0.items.isEmpty }, none: "The same countries are monitored.")
    }

    private static func findings(_ wording: ChangeWording) -> Section {
        let order: [FindingChange.Kind] = [.new, .changed, .resolved, .noLongerReported, .unknownInPartial, .continuing]
        let groups = order.map { kind in
            Group(title: wording.findingTitle(kind), items: Items(wording.changes.findings.filter { $0.kind == kind }) {
                findingItem($0, wording)
            })
        }
        return Section(title: "Findings", groups: groups.filter { !$0.items.isEmpty }, none: "No findings in either edition.")
    }

    private static func findingItem(_ change: FindingChange, _ wording: ChangeWording) -> Item {
        let place = change.country ?? "Regional"
        switch change.kind {
        case .new:
            return Item(mark: .added, headline: [.text("\(place) \(change.after.map(wording.describe) ?? change.id)")])
        case .noLongerReported, .unknownInPartial:
            return Item(mark: .removed, headline: [.text("\(place) \(change.before.map(wording.describe) ?? change.id)")])
        case .continuing:
            return Item(mark: .same, headline: [.text("\(place) \(change.id)")])
        case .changed, .resolved:
            return Item(mark: .changed, headline: [.text("\(place) \(change.id)")],
                        details: change.fields.map(fieldLine))
        }
    }

    private static func fieldLine(_ field: FieldChange) -> [Span] {
        guard let words = field.words else {
            return [.text("\(field.field): "), .removed(field.old), .text(" → "), .added(field.new)]
        }
        return [.text("\(field.field): ")] + words.enumerated().flatMap { offset, piece -> [Span] in
            let space: [Span] = offset > 0 ? [.text(" ")] : []
            switch piece {
            case let .same(text): return space + [.text(text)]
            case let .removed(text): return space + [.removed(text)]
            case let .added(text): return space + [.added(text)]
            }
        }
    }

    private static func recommendations(_ wording: ChangeWording) -> Section {
        let order: [RecommendationChange.Kind] = [.new, .revised, .noLongerMade, .unknownInPartial, .repeated]
        let groups = order.map { kind in
            Group(title: wording.recommendationTitle(kind),
                  items: Items(wording.changes.recommendations.filter { $0.kind == kind }) {
                      recommendationItem($0, wording)
                  })
        }
        return Section(title: "Recommendations", groups: groups.filter { !$0.items.isEmpty },
                       none: "No recommendations in either edition.")
    }

    private static func recommendationItem(_ change: RecommendationChange, _ wording: ChangeWording) -> Item {
        let made = wording.made(change)
        switch change.kind {
        case .new:
            return Item(mark: .added, headline: [.text("\(change.country) \(change.after.map(wording.describe) ?? change.id)")])
        case .repeated:
            return Item(mark: .same, headline: [.text("\(change.country) \(change.id) (\(made))")])
        case .revised:
            return Item(mark: .changed, headline: [.text("\(change.country) \(change.id) (\(made))")],
                        details: change.text.map { [fieldLine($0)] } ?? [])
        case .noLongerMade, .unknownInPartial:
            let why: String
            if let status = change.recordedStatus {
                why = "recorded as \(status.rawValue) in \(wording.changes.to)"
            } else if change.kind == .unknownInPartial {
                why = "not known from the partial \(wording.changes.to) edition"
            } else {
                why = "not in \(wording.changes.to)"
            }
            return Item(mark: .removed, headline: [.text("\(change.country) \(change.id): \(why) (\(made))")])
        }
    }

    private static func ratifications(_ wording: ChangeWording) -> Section {
        let changes = wording.changes
        let groups = RatificationChange.Kind.allCases.map { kind in
            Group(title: wording.ratificationTitle(kind), items: Items(changes.ratifications.filter { $0.kind == kind }) {
                change in
                var item = Item(mark: change.isChangeInTheWorld ? .changed : .same, headline: [
                    .text("\(change.country) \(change.instrument): "), .removed(wording.status(change.before)),
                    .text(" → "), .added(wording.status(change.after) + (change.date.map { " \($0)" } ?? "")),
                ])
                if let source = change.source { item.details = [[.text("source: \(source)")]] }
                return item
            })
        }
        return Section(title: "Ratifications (status in \(changes.from) and in \(changes.to))",
                       groups: groups.filter { !$0.items.isEmpty }, none: "No ratification status changed.")
    }

    private static func values(_ wording: ChangeWording) -> Section {
        let items = Items(wording.changes.values) { change in
            var line = "\(change.country) \(change.indicator): \(wording.quantity(change.old)) → "
                + "\(wording.quantity(change.new))"
            if let delta = change.delta { line += " (\(delta > 0 ? "+" : "")\(ChangeWording.number(delta)))" }
            if change.reading == .better || change.reading == .worse { line += ", \(change.reading.rawValue)" }
            return Item(mark: .changed, headline: [.text(line)])
        }
        return Section(title: "Quantitative indicators", groups: items.isEmpty ? [] : [Group(title: "", items: items)],
                       none: "No value recorded in either edition changed.")
    }
}
