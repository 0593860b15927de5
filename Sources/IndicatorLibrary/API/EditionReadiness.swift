/// Whether an edition may be published, and if not, everything left to do, each at the line to fix.
///
/// An edition passes `check` long before it is ready: a skeleton from `carry-forward` is a correct
/// library with every item still to review. Publishing one printed a document with no situation
/// section and a workbook with "carried" as a status, so the documents are refused until the list
/// is empty (or built with `--draft`, marked as such). The rule is written down in
/// Indicators/README.md ("Ready to publish").
public struct EditionReadiness: Sendable {
    /// One thing left to do before the edition can be published.
    public struct Item: Sendable, CustomStringConvertible {
        public enum Kind: Sendable, Hashable {
            /// A finding or recommendation still `carried`, not reviewed.
            case carried
            /// A meeting field written empty for the secretariat.
            case unfilled
            /// The situation section is empty.
            case noSituation
            /// A country the edition appeals to has no situation in the section.
            case appealWithoutSituation
            /// Appeals without the sentence that leads into them.
            case noAppealsIntro
            /// No participating country listed.
            case noParticipants
            /// A country the edition describes or appeals to, with no finding: what an imported
            /// document leaves for the editors, who write the findings from its paragraphs.
            case noFindings
        }

        public let kind: Kind
        public let message: String
        public let location: SourceLocation

        public var description: String { "\(location): todo: \(message)" }
    }

    public let year: Int
    /// The languages it is published in, the first the one its file names keep.
    public let languages: [String]
    /// The meeting's first (what the whole edition lacks), then each item to review in file and line
    /// order.
    public let items: [Item]

    public var isReady: Bool { items.isEmpty }

    public init(_ edition: Edition) {
        year = edition.year
        let meeting = edition.meeting
        languages = meeting.languages.map(\.value)
        var items: [Item] = []
        func add(_ kind: Item.Kind, _ message: String, at location: SourceLocation) {
            items.append(Item(kind: kind, message: message, location: location))
        }
        for field in meeting.unfilled {
            add(.unfilled, "fill in '\(field.value)': it is left for the secretariat", at: field.location)
        }
        if meeting.participants.isEmpty {
            add(.noParticipants, "list the participating countries under 'participants'", at: .start(of: meeting.file))
        }
        let narrated = Set(meeting.narrative.compactMap { block -> String? in
            guard case let .country(code) = block, edition.country(code.value)?.situation != nil else { return nil }
            return code.value
        })
        if meeting.narrative.isEmpty {
            add(.noSituation, "write the situation section: 'narrative' is empty", at: .start(of: meeting.file))
        }
        for code in meeting.appeals where !narrated.contains(code.value) {
            add(.appealWithoutSituation, "the edition appeals to \(code.value) but the situation section says nothing "
                + "of it: write its 'situation' and place it in 'narrative'", at: code.location)
        }
        let described = meeting.narrative.compactMap { block -> Located<String>? in
            if case let .country(code) = block { return code }
            return nil
        }
        var asked: Set<String> = []
        for code in described + meeting.appeals where asked.insert(code.value).inserted {
            guard let report = edition.country(code.value), report.findings.isEmpty else { continue }
            add(.noFindings, "write the findings of \(code.value): the edition describes it or appeals to it, and its "
                + "file holds none (each violation, concern or progress its paragraphs report)", at: .start(of: report.file))
        }
        if !meeting.appeals.isEmpty, meeting.appealsIntro == nil {
            add(.noAppealsIntro, "write 'appeals_intro', the sentence that leads into the appeals",
                at: .start(of: meeting.file))
        }
        var carried: [Item] = []
        for finding in edition.findings where finding.status.value == .carried {
            carried.append(Item(kind: .carried, message: "review finding '\(finding.id.value)', carried from the previous "
                + "edition: update it and set its status to ongoing or resolved", location: finding.status.location))
        }
        for recommendation in edition.recommendations {
            guard let status = recommendation.status, status.value == .carried else { continue }
            carried.append(Item(kind: .carried, message: "review recommendation '\(recommendation.id.value)', carried "
                + "from the previous edition: remove the status to make it again, or record it as implemented, "
                + "partially-implemented or withdrawn", location: status.location))
        }
        self.items = items.sorted { $0.location < $1.location } + carried.sorted { $0.location < $1.location }
    }

    /// One line for `check`: "2024: ready to publish", or "2024: not ready: 48 carried items to review, …".
    /// "2021: ready to publish (en, ru)": an edition in more than one language names them, since each is
    /// a set of outputs of its own.
    public var summary: String {
        let shown = languages.count > 1 ? " (\(languages.joined(separator: ", ")))" : ""
        return isReady ? "\(year): ready to publish\(shown)" : "\(year)\(shown): not ready: " + missing.joined(separator: ", ")
    }

    /// What is missing, counted by kind: "48 carried items to review", "no situation section".
    package var missing: [String] {
        var parts: [String] = []
        let carried = items.filter { $0.kind == .carried }.count
        if carried > 0 { parts.append("\(carried) carried item\(carried == 1 ? "" : "s") to review") }
        let unfilled = items.filter { $0.kind == .unfilled }.count
        if unfilled > 0 { parts.append("\(unfilled) meeting field\(unfilled == 1 ? "" : "s") to fill in") }
        if items.contains(where: { $0.kind == .noParticipants }) { parts.append("no participants") }
        if items.contains(where: { $0.kind == .noSituation }) { parts.append("no situation section") }
        let missing = items.filter { $0.kind == .appealWithoutSituation }.count
        if missing > 0 { parts.append("\(missing) appealed countr\(missing == 1 ? "y" : "ies") without a situation") }
        if items.contains(where: { $0.kind == .noAppealsIntro }) { parts.append("no appeals lead-in") }
        let unwritten = items.filter { $0.kind == .noFindings }.count
        if unwritten > 0 { parts.append("\(unwritten) countr\(unwritten == 1 ? "y" : "ies") without findings") }
        return parts
    }
}
