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
    /// The line the changes open with: what the year brought (`ChangesHeadline`).
    let headline: String
    /// "INTERNAL — NOT FOR PUBLICATION" for changes that include confidential findings, "DRAFT — …"
    /// for changes to an edition not ready to publish: said first and last.
    let marking: String?
    let notes: [String]
    let sections: [Section]
    let totals: String

    init(_ wording: ChangeWording) {
        title = wording.title
        headline = wording.headline
        marking = wording.markings.isEmpty ? nil : wording.markings.joined(separator: " · ")
        notes = wording.partialNotes
        totals = wording.totals
        sections = [
            Self.countries(wording), Self.findings(wording), Self.groups(wording), Self.recommendations(wording),
            Self.ratifications(wording), Self.values(wording),
        ]
    }

    private static func countries(_ wording: ChangeWording) -> Section {
        let changes = wording.changes
        let entered = Items(changes.countriesEntered) {
            Item(mark: .added, headline: [.text(wording.phrase(.countryEntered, [
                "code": $0, "name": wording.countryName($0), "from": "\(changes.from)", "to": "\(changes.to)",
            ]))])
        }
        let left = Items(changes.countriesLeft) {
            Item(mark: .removed, headline: [.text(wording.phrase(.countryLeft, [
                "code": $0, "name": wording.countryName($0), "from": "\(changes.from)", "to": "\(changes.to)",
            ]))])
        }
        return Section(title: wording.phrase(.countries), groups: [
            Group(title: wording.phrase(.enteredMonitoring), items: entered),
            Group(title: wording.phrase(.leftMonitoring), items: left),
        ].filter { !$0.items.isEmpty }, none: wording.phrase(.countriesNone))
    }

    private static func findings(_ wording: ChangeWording) -> Section {
        let order: [FindingChange.Kind] = [.new, .changed, .resolved, .noLongerReported, .unknownInPartial, .continuing]
        let groups = order.map { kind in
            Group(title: wording.findingTitle(kind), items: Items(wording.changes.findings.filter { $0.kind == kind }) {
                findingItem($0, wording)
            })
        }
        return Section(title: wording.phrase(.findings), groups: groups.filter { !$0.items.isEmpty },
                       none: wording.phrase(.findingsNone))
    }

    private static func groups(_ wording: ChangeWording) -> Section {
        let items = Items(wording.changes.groupsAppeared) { appearance in
            Item(mark: .added, headline: [.text(wording.phrase(.groupAppeared, [
                "place": appearance.country ?? wording.countryName(nil), "group": wording.groupName(appearance.group),
                "findings": appearance.findings.joined(separator: ", "),
            ]))])
        }
        return Section(title: wording.phrase(.groups),
                       groups: items.isEmpty ? [] : [Group(title: wording.phrase(.groupsNewlyNamed, ["from": "\(wording.changes.from)"]),
                                                           items: items)],
                       none: wording.phrase(.groupsNone))
    }

    private static func findingItem(_ change: FindingChange, _ wording: ChangeWording) -> Item {
        let place = change.country ?? wording.countryName(nil)
        switch change.kind {
        case .new:
            return Item(mark: .added, headline: [.text("\(place) \(change.after.map(wording.describe) ?? change.id)")])
        case .noLongerReported, .unknownInPartial:
            return Item(mark: .removed, headline: [.text("\(place) \(change.before.map(wording.describe) ?? change.id)")])
        case .continuing:
            return Item(mark: .same, headline: [.text("\(place) \(change.id)")])
        case .changed:
            return Item(mark: .changed, headline: [.text("\(place) \(change.id)")],
                        details: wording.fields(change).map { fieldLine($0, wording) })
        case .resolved:
            // What was resolved, not only its id.
            return Item(mark: .changed, headline: [.text("\(place) \(change.after.map(wording.describe) ?? change.id)")],
                        details: wording.fields(change).map { fieldLine($0, wording) })
        }
    }

    private static func fieldLine(_ field: FieldChange, _ wording: ChangeWording) -> [Span] {
        let name = wording.word(field.field)
        guard let words = field.words else {
            let old = field.holdsCodes ? wording.word(field.old) : field.old
            let new = field.holdsCodes ? wording.word(field.new) : field.new
            return [.text("\(name): "), .removed(old), .text(" → "), .added(new)]
        }
        return [.text("\(name): ")] + words.enumerated().flatMap { offset, piece -> [Span] in
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
        return Section(title: wording.phrase(.recommendations), groups: groups.filter { !$0.items.isEmpty },
                       none: wording.phrase(.recommendationsNone))
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
                        details: wording.revisedText(change).map { [fieldLine($0, wording)] } ?? [])
        case .noLongerMade, .unknownInPartial:
            let why: String
            if let status = change.recordedStatus {
                why = wording.phrase(.recordedAsIn, ["status": wording.word(status.rawValue), "to": "\(wording.changes.to)"])
            } else if change.kind == .unknownInPartial {
                why = wording.phrase(.notKnownInPartial, ["to": "\(wording.changes.to)"])
            } else {
                why = wording.phrase(.notIn, ["to": "\(wording.changes.to)"])
            }
            return Item(mark: .removed, headline: [.text("\(change.country) \(change.id): \(why) (\(made))")])
        }
    }

    private static func ratifications(_ wording: ChangeWording) -> Section {
        let changes = wording.changes
        var groups = RatificationChange.Kind.allCases.filter { $0 != .noLongerKnown }.map { kind in
            Group(title: wording.ratificationTitle(kind), items: Items(changes.ratifications.filter { $0.kind == kind }) {
                change in
                var item = Item(mark: change.isChangeInTheWorld ? .changed : .same, headline: [
                    .text("\(change.country) \(change.instrument): "), .removed(wording.word(change.before.rawValue)),
                    .text(" → "), .added(wording.word(change.after.rawValue) + (change.date.map { " \($0)" } ?? "")),
                ])
                if let source = change.source { item.details = [[.text(wording.phrase(.source, ["source": source]))]] }
                return item
            })
        }
        // Statuses no longer known are what the library knows, not the world: one line for them all.
        if let note = wording.noLongerKnownNote {
            groups.append(Group(title: "", items: Items([note]) { Item(mark: .same, headline: [.text($0)]) }))
        }
        return Section(title: wording.phrase(.ratifications, ["from": "\(changes.from)", "to": "\(changes.to)"]),
                       groups: groups.filter { !$0.items.isEmpty }, none: wording.phrase(.ratificationsNone))
    }

    private static func values(_ wording: ChangeWording) -> Section {
        let items = Items(wording.changes.values) { change in
            var line = "\(change.country) \(change.indicator): \(wording.quantity(change.old)) → "
                + "\(wording.quantity(change.new))"
            if let delta = change.delta { line += " (\(delta > 0 ? "+" : "")\(IndicatorValue.written(delta)))" }
            if change.reading == .better || change.reading == .worse { line += ", \(wording.word(change.reading.rawValue))" }
            return Item(mark: .changed, headline: [.text(line)])
        }
        return Section(title: wording.phrase(.values), groups: items.isEmpty ? [] : [Group(title: "", items: items)],
                       none: wording.phrase(.valuesNone))
    }
}
