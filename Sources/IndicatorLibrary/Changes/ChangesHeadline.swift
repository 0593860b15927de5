/// The line every presentation of the changes opens with (text, Markdown, JSON, the workbook's
/// Changes sheet): what the year brought, counted, and the figures that moved, so that a reader has the
/// story before the lists. "2019 → 2021: findings: 29 new, 1 changed, 3 continuing; recommendations:
/// 15 new; no ratification changed; KZ Labour conflicts recorded 40 → 55 (worse)".
package struct ChangesHeadline {
    let changes: EditionChanges
    let library: Library
    let wording: Wording
    /// A text in the presentation's language.
    let text: (LocalizedText) -> String

    package init(_ changes: EditionChanges, library: Library, wording: Wording, text: @escaping (LocalizedText) -> String) {
        self.changes = changes
        self.library = library
        self.wording = wording
        self.text = text
    }

    /// Values named in the line at most; the others are counted.
    static let valuesNamed = 3

    package var line: String {
        var parts: [String] = []
        let findings = counts([
            (.countResolved, changes.findings.count { $0.kind == .resolved }),
            (.countNew, changes.findings.count { $0.kind == .new }),
            (.countChanged, changes.findings.count { $0.kind == .changed }),
            (.countNoLongerReported, changes.findings.count { $0.kind == .noLongerReported }),
            (.countUnknown, changes.findings.count { $0.kind == .unknownInPartial }),
            (.countContinuing, changes.findings.count { $0.kind == .continuing }),
        ])
        if !findings.isEmpty { parts.append(wording.phrase(.headlineFindings, ["counts": findings])) }
        let gone = changes.recommendations.filter { $0.kind == .noLongerMade }
        let recommendations = counts([
            (.countImplemented, gone.count { $0.recordedStatus == .implemented }),
            (.countWithdrawn, gone.count { $0.recordedStatus == .withdrawn }),
            (.countNoLongerMade, gone.count { $0.recordedStatus != .implemented && $0.recordedStatus != .withdrawn }),
            (.countNew, changes.recommendations.count { $0.kind == .new }),
            (.countRevised, changes.recommendations.count { $0.kind == .revised }),
            (.countUnknown, changes.recommendations.count { $0.kind == .unknownInPartial }),
            (.countRepeated, changes.recommendations.count { $0.kind == .repeated }),
        ])
        if !recommendations.isEmpty {
            parts.append(wording.phrase(.headlineRecommendations, ["counts": recommendations]))
        }
        let ratifications = counts([
            (.countRatified, changes.ratifications.count { $0.kind == .ratified }),
            (.countDenounced, changes.ratifications.count { $0.kind == .denounced }),
            (.countStatusChanged, changes.ratifications.count { $0.kind == .changed }),
        ])
        parts.append(ratifications.isEmpty ? wording.phrase(.headlineNoRatification)
                     : wording.phrase(.headlineRatifications, ["counts": ratifications]))
        parts += changes.values.prefix(Self.valuesNamed).map(value)
        if changes.values.count > Self.valuesNamed {
            parts.append(wording.phrase(.headlineMoreValues, ["count": "\(changes.values.count - Self.valuesNamed)"]))
        }
        return wording.phrase(.headline, ["from": "\(changes.from)", "to": "\(changes.to)",
                                          "parts": parts.joined(separator: "; ")])
    }

    /// The non-zero counts, joined: "29 new, 1 changed, 3 continuing".
    private func counts(_ counts: [(Wording.ChangesPhrase, Int)]) -> String {
        counts.filter { $0.1 > 0 }.map { wording.phrase($0.0, ["count": "\($0.1)"]) }
            .joined(separator: wording.phrase(.listSeparator))
    }

    /// "KZ Labour conflicts recorded 40 → 55 (worse)".
    private func value(_ change: ValueChange) -> String {
        let title = library.catalog.indicator(change.indicator).map { text($0.title.value) } ?? change.indicator
        var line = "\(change.country) \(title) \(Self.quantity(change.old, wording)) → \(Self.quantity(change.new, wording))"
        if change.reading == .better || change.reading == .worse { line += " (\(wording.word(change.reading.rawValue)))" }
        return line
    }

    /// The ratification statuses known in FROM that TO has no fact for, gathered in one line ("4
    /// statuses known in 2019 have no fact for 2021 …: KZ C155, KZ C187, …"); nil when there are none.
    package static func noLongerKnownNote(_ changes: EditionChanges, wording: Wording) -> String? {
        let gone = changes.ratifications.filter { $0.kind == .noLongerKnown }
        guard !gone.isEmpty else { return nil }
        return wording.phrase(.noLongerKnownNote, [
            "count": "\(gone.count)", "from": "\(changes.from)", "to": "\(changes.to)",
            "list": gone.map { "\($0.country) \($0.instrument)" }.joined(separator: wording.phrase(.listSeparator)),
        ])
    }

    /// "No. 4 → 2" for a recommendation its documents numbered differently; nil for any other.
    package static func renumbering(_ change: RecommendationChange, wording: Wording) -> String? {
        guard change.isRenumbered, let from = change.numbers.from, let to = change.numbers.to else { return nil }
        return wording.phrase(.renumbered, ["from": "\(from)", "to": "\(to)"])
    }

    /// A value as the changes print it.
    package static func quantity(_ value: IndicatorValue.Quantity?, _ wording: Wording) -> String {
        switch value {
        case nil: return wording.phrase(.notRecorded)
        case let .number(number)?: return IndicatorValue.written(number)
        case let .boolean(flag)?: return flag ? wording.phrase(.yes) : wording.phrase(.no)
        case let .label(label)?: return label
        }
    }

}
