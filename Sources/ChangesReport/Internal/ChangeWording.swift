import IndicatorLibrary

/// The words the text and Markdown presentations share: section titles, counts, what each kind of
/// change means, so that the two never tell the story differently.
struct ChangeWording {
    let library: Library
    let changes: EditionChanges
    /// What the document says of itself first and last (internal, draft).
    var markings: [String] = []

    var title: String { "Changes from \(changes.from) to \(changes.to)" }

    /// Notes on partial editions, said before any change, since they change how to read them.
    var partialNotes: [String] {
        var notes: [String] = []
        if let note = changes.fromPartial {
            notes.append("The \(changes.from) edition is partial: \(note) A finding or recommendation it lacks "
                + "may simply not be known from it, so \"new\" below means new to the library.")
        }
        if let note = changes.toPartial {
            notes.append("The \(changes.to) edition is partial: \(note) What it lacks is listed as unknown, "
                + "not as resolved or dropped.")
        }
        return notes
    }

    func countryName(_ code: String?) -> String {
        guard let code else { return "Regional" }
        return library.catalog.country(code)?.name.value.text ?? code
    }

    func findingTitle(_ kind: FindingChange.Kind) -> String {
        switch kind {
        case .new: return "New"
        case .resolved: return "Resolved (recorded as resolved in \(changes.to))"
        case .noLongerReported: return "No longer reported (ongoing in \(changes.from), absent from \(changes.to); "
            + "not recorded as resolved)"
        case .unknownInPartial: return "Unknown in \(changes.to) (the edition is partial)"
        case .changed: return "Changed"
        case .continuing: return "Continuing unchanged"
        }
    }

    func recommendationTitle(_ kind: RecommendationChange.Kind) -> String {
        switch kind {
        case .new: return "New"
        case .repeated: return "Repeated unchanged"
        case .revised: return "Revised"
        case .noLongerMade: return "No longer made"
        case .unknownInPartial: return "Unknown in \(changes.to) (the edition is partial)"
        }
    }

    func ratificationTitle(_ kind: RatificationChange.Kind) -> String {
        switch kind {
        case .ratified: return "Ratified"
        case .denounced: return "Denounced"
        case .changed: return "Status changed"
        case .newInformation: return "New information (unknown in \(changes.from), known in \(changes.to); "
            + "not a change in the world)"
        case .noLongerKnown: return "No longer known (known in \(changes.from), unknown in \(changes.to))"
        }
    }

    /// "kz-trade-union-law-unamended (violation): The ILO's ...": a finding in one line.
    func describe(_ finding: Finding) -> String {
        "\(finding.id.value) (\(finding.kind.value.rawValue)): \(Markup.plain(finding.summary.value.text))"
    }

    func describe(_ recommendation: Recommendation) -> String {
        "\(recommendation.id.value): \(Markup.plain(recommendation.text.value.text))"
    }

    func status(_ status: RatificationStatus) -> String {
        status.rawValue.replacingOccurrences(of: "-", with: " ")
    }

    func quantity(_ value: IndicatorValue.Quantity?) -> String {
        switch value {
        case nil: return "not recorded"
        case let .number(number)?: return Self.number(number)
        case let .boolean(flag)?: return flag ? "yes" : "no"
        }
    }

    static func number(_ number: Double) -> String {
        number.rounded() == number && abs(number) < 1e15 ? String(Int(number)) : String(number)
    }

    func made(_ change: RecommendationChange) -> String {
        change.timesMade > 1 ? "made in \(change.timesMade) editions" : "made once"
    }

    var totals: String {
        let findingChanges = changes.findings.filter { $0.kind != .continuing }.count
        let recommendationChanges = changes.recommendations.filter { $0.kind != .repeated }.count
        return "\(findingChanges) finding(s), \(recommendationChanges) recommendation(s), "
            + "\(changes.ratifications.count) ratification(s), \(changes.values.count) value(s) and "
            + "\(changes.countriesEntered.count + changes.countriesLeft.count) country(ies) changed"
    }
}
