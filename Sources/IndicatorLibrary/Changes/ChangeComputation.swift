extension Library {
    /// The changes from the edition `from` to the edition `to` (usually the next one; any two may be
    /// compared, in either order).
    package func changes(from old: Edition, to new: Edition) -> EditionChanges {
        let oldCountries = Set(old.countries.map(\.country.value))
        let newCountries = Set(new.countries.map(\.country.value))
        return EditionChanges(
            from: old.year, to: new.year,
            countriesEntered: newCountries.subtracting(oldCountries).sorted(),
            countriesLeft: oldCountries.subtracting(newCountries).sorted(),
            findings: findingChanges(old, new),
            recommendations: recommendationChanges(old, new),
            ratifications: ratificationChanges(old, new),
            values: valueChanges(old, new),
            groupsAppeared: groupsAppeared(old, new))
    }

    /// Per country (regional first, then by code) and in the catalog's order of groups, the groups
    /// TO's findings name and FROM's findings of the same country did not.
    private func groupsAppeared(_ old: Edition, _ new: Edition) -> [GroupAppearance] {
        var before: [String?: Set<String>] = [:]
        for finding in old.findings { before[finding.country, default: []].formUnion(finding.groups.map(\.value)) }
        var after: [String?: [String: [String]]] = [:]
        for finding in new.findings {
            for group in Set(finding.groups.map(\.value)) { after[finding.country, default: [:]][group, default: []].append(finding.id.value) }
        }
        let countries: [String?] = [nil] + new.countries.map { Optional($0.country.value) }
        var appeared: [GroupAppearance] = []
        for country in countries {
            guard let named = after[country] else { continue }
            for group in catalog.groups.map(\.value) where named[group] != nil && before[country]?.contains(group) != true {
                appeared.append(GroupAppearance(country: country, group: group, findings: named[group] ?? []))
            }
        }
        return appeared
    }

    /// TO's findings in its order, then FROM's findings that TO no longer holds.
    private func findingChanges(_ old: Edition, _ new: Edition) -> [FindingChange] {
        let before = Dictionary(old.findings.map { ($0.id.value, $0) }, uniquingKeysWith: { first, _ in first })
        let afterIDs = Set(new.findings.map(\.id.value))
        let gone = old.findings.filter { !afterIDs.contains($0.id.value) && $0.status.value.isOpen }
        // Sized once: grown by appending the gone findings, the list of a large edition doubled.
        var changes: [FindingChange] = []
        changes.reserveCapacity(new.findings.count + gone.count)
        changes += new.findings.lazy.map { finding in
            let id = finding.id.value
            guard let previous = before[id] else {
                return FindingChange(kind: .new, id: id, country: finding.country, before: nil, after: finding)
            }
            let same = FindingChange.differences(previous, finding).isEmpty
            let resolved = previous.status.value.isOpen && finding.status.value == .resolved
            return FindingChange(kind: resolved ? .resolved : same ? .continuing : .changed, id: id,
                                 country: finding.country, before: previous, after: finding)
        }
        for finding in gone {
            let kind: FindingChange.Kind = new.meeting.partial.value ? .unknownInPartial : .noLongerReported
            changes.append(FindingChange(kind: kind, id: finding.id.value, country: finding.country, before: finding,
                                         after: nil))
        }
        return changes
    }

    /// TO's recommendations in file order, then those FROM made that TO does not hold.
    private func recommendationChanges(_ old: Edition, _ new: Edition) -> [RecommendationChange] {
        let before = Dictionary(old.recommendations.map { ($0.id.value, $0) }, uniquingKeysWith: { first, _ in first })
        let afterIDs = Set(new.recommendations.map(\.id.value))
        let numbersBefore = printedNumbers(in: old)
        let numbersAfter = printedNumbers(in: new)
        var changes: [RecommendationChange] = []
        for recommendation in new.recommendations {
            let id = recommendation.id.value
            let previous = before[id].flatMap { Appeal.isMade($0) ? $0 : nil }
            let times = timesMade(id, upTo: new.year)
            if !Appeal.isMade(recommendation) {
                guard let previous else { continue }
                changes.append(RecommendationChange(
                    kind: .noLongerMade, id: id, country: recommendation.country, before: previous,
                    after: recommendation, recordedStatus: recommendation.status?.value, timesMade: times, text: nil))
                continue
            }
            guard let previous else {
                changes.append(RecommendationChange(kind: .new, id: id, country: recommendation.country, before: nil,
                                                    after: recommendation, recordedStatus: nil, timesMade: times,
                                                    text: nil))
                continue
            }
            let oldText = Markup.plain(previous.text.value.text)
            let newText = Markup.plain(recommendation.text.value.text)
            let text = oldText == newText ? nil
                : FieldChange(field: "text", old: oldText, new: newText, isText: true)
            changes.append(RecommendationChange(
                kind: text == nil ? .repeated : .revised, id: id, country: recommendation.country, before: previous,
                after: recommendation, recordedStatus: nil, timesMade: times, text: text,
                numbers: (numbersBefore[id], numbersAfter[id])))
        }
        for recommendation in old.recommendations where !afterIDs.contains(recommendation.id.value)
            && Appeal.isMade(recommendation) {
            let kind: RecommendationChange.Kind = new.meeting.partial.value ? .unknownInPartial : .noLongerMade
            changes.append(RecommendationChange(
                kind: kind, id: recommendation.id.value, country: recommendation.country, before: recommendation,
                after: nil, recordedStatus: nil, timesMade: timesMade(recommendation.id.value, upTo: new.year),
                text: nil))
        }
        return changes
    }

    /// Editions up to `year` (included) that make the recommendation `id`.
    private func timesMade(_ id: String, upTo year: Int) -> Int {
        madeYears[id]?.prefix { $0 <= year }.count ?? 0
    }

    /// Every country either edition monitors (a catalog country with facts that neither monitors,
    /// Mongolia in the bundled library, is not part of their story), every instrument.
    private func ratificationChanges(_ old: Edition, _ new: Edition) -> [RatificationChange] {
        let covered = Set(old.countries.map(\.country.value) + new.countries.map(\.country.value))
        var changes: [RatificationChange] = []
        for country in catalog.countries.map(\.code.value) where covered.contains(country) {
            for instrument in catalog.instruments.map(\.code.value) {
                let before = ratifications.status(country: country, instrument: instrument, year: old.year)
                let after = ratifications.status(country: country, instrument: instrument, year: new.year)
                guard before != after else { continue }
                let kind: RatificationChange.Kind
                switch (before, after) {
                case (.unknown, _): kind = .newInformation
                case (_, .unknown): kind = .noLongerKnown
                case (_, .ratified): kind = .ratified
                case (.ratified, .denounced): kind = .denounced
                default: kind = .changed
                }
                let basis = ratifications.basis(country: country, instrument: instrument, year: new.year)
                    ?? ratifications.basis(country: country, instrument: instrument, year: old.year)
                changes.append(RatificationChange(kind: kind, country: country, instrument: instrument,
                                                  before: before, after: after, source: basis?.source.value,
                                                  date: basis?.date?.value))
            }
        }
        return changes
    }

    private func valueChanges(_ old: Edition, _ new: Edition) -> [ValueChange] {
        let countries = Set(old.countries.map(\.country.value) + new.countries.map(\.country.value)).sorted()
        var changes: [ValueChange] = []
        for indicator in catalog.indicators where indicator.kind.value.isQuantitative {
            let id = indicator.id.value
            for country in countries {
                // A rating is a label (5 written unquoted is the label "5"): no difference is computed.
                let rating = indicator.kind.value == .rating
                let before = value(of: id, country: country, year: old.year).map { rating ? Self.label($0.value.value) : $0.value.value }
                let after = value(of: id, country: country, year: new.year).map { rating ? Self.label($0.value.value) : $0.value.value }
                guard before != nil || after != nil, before != after else { continue }
                let reading = indicator.kind.value == .rating
                    ? Self.reading(rank: before.flatMap(indicator.rank), after.flatMap(indicator.rank))
                    : Self.reading(before, after, better: indicator.better?.value)
                changes.append(ValueChange(indicator: id, country: country, old: before, new: after, reading: reading))
            }
        }
        return changes
    }

    private static func label(_ value: IndicatorValue.Quantity) -> IndicatorValue.Quantity {
        if case let .number(number) = value { return .label(IndicatorValue.written(number)) }
        return value
    }

    /// A rating read on its scale, the first label the best.
    private static func reading(rank old: Int?, _ new: Int?) -> ValueChange.Reading {
        guard let old, let new else { return .neutral }
        return new == old ? .unchanged : new < old ? .better : .worse
    }

    private static func reading(_ old: IndicatorValue.Quantity?, _ new: IndicatorValue.Quantity?,
                                better: Indicator.Direction?) -> ValueChange.Reading {
        guard case let .number(before)? = old, case let .number(after)? = new else { return .neutral }
        if before == after { return .unchanged }
        switch better {
        case .lower?: return after < before ? .better : .worse
        case .higher?: return after > before ? .better : .worse
        case .none?, nil: return .neutral
        }
    }
}
