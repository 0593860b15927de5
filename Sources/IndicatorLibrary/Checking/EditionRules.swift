/// Checks one edition: its meeting against its folder, and every reference its files make.
struct EditionRules {
    let library: Library
    let edition: Edition
    let firstYears: FirstAppearance
    let bag: DiagnosticBag

    private var catalog: Catalog { library.catalog }
    private var year: Int { edition.year }

    func run() {
        checkMeeting()
        checkCountryFiles()
        checkFindings()
        checkRecommendations()
        checkValues()
    }

    private func unknownCountry(_ code: Located<String>, role: String) {
        guard catalog.country(code.value) == nil, !bag.isUnreadable(code.value, in: .country) else { return }
        let hint = Suggestion.hint(for: code.value, among: catalog.countries.map(\.code.value))
        bag.error("unknown country '\(code.value)' in \(role)\(hint); add it to catalog/countries.yaml first",
                  at: code.location)
    }

    // MARK: - Meeting

    private func checkMeeting() {
        let meeting = edition.meeting
        if meeting.date.value.year != year {
            bag.error("the meeting is dated \(meeting.date.value) but sits in the \(year) folder; "
                      + "the folder is named by the meeting's year", at: meeting.date.location)
        }
        if let note = meeting.partialNote, !meeting.partial.value {
            bag.error("'partial_note' describes a partial edition, but 'partial' is not true; write 'partial: true' "
                      + "or remove the note", at: note.location)
        }
        if meeting.partial.value, meeting.partialNote == nil {
            bag.warning("the edition is marked partial: say in 'partial_note' what is known and what is missing, "
                        + "so the outputs can tell their readers", at: meeting.partial.location)
        }
        for participant in meeting.participants { unknownCountry(participant, role: "participants") }
        bag.reportDuplicates(meeting.participants, what: "participant")

        for case let .country(code) in meeting.narrative {
            guard let report = countryFile(named: code, by: "the narrative") else { continue }
            if report.situation == nil {
                bag.error("the narrative names \(code.value), but \(report.file) has no 'situation' to show",
                          at: code.location)
            }
        }

        bag.reportDuplicates(meeting.appeals, what: "appeal")
        for code in meeting.appeals {
            guard let report = countryFile(named: code, by: "appeals") else { continue }
            if report.recommendations.isEmpty {
                bag.error("appeals names \(code.value), but \(report.file) has no recommendations", at: code.location)
            }
            if catalog.addressee(of: report) == nil {
                bag.error("the appeal to \(code.value) has no addressee: give 'addressee' in catalog/countries.yaml "
                          + "or in \(report.file)", at: code.location)
            }
        }
    }

    /// The country file a part of the meeting refers to, after reporting an unknown country or a
    /// missing file (but not a file already reported as unreadable).
    private func countryFile(named code: Located<String>, by part: String) -> CountryReport? {
        unknownCountry(code, role: part)
        guard catalog.country(code.value) != nil else { return nil }
        if let report = edition.country(code.value) { return report }
        if !bag.isUnreadable(code.value, in: .countryFile(year: year)) {
            bag.error("\(part) names \(code.value), but \(edition.folder)/\(code.value).yaml does not exist",
                      at: code.location)
        }
        return nil
    }

    // MARK: - Country files

    private func checkCountryFiles() {
        let appealed = Set(edition.meeting.appeals.map(\.value))
        let narrated = Set(edition.meeting.narrative.compactMap { block -> String? in
            if case let .country(code) = block { return code.value }
            return nil
        })
        for report in edition.countries {
            unknownCountry(report.country, role: "country")
            if !report.recommendations.isEmpty && !appealed.contains(report.country.value) {
                bag.error("\(report.country.value) has recommendations but is not in the meeting's 'appeals', so "
                          + "they would not be printed; add it there", at: report.country.location)
            }
            if let situation = report.situation, !narrated.contains(report.country.value) {
                bag.warning("\(report.country.value)'s situation is not placed in the meeting's 'narrative', so it "
                            + "would not be printed", at: situation.location)
            }
        }
    }

    // MARK: - Findings

    private func checkFindings() {
        let findings = edition.findings
        bag.reportDuplicates(findings.lazy.map(\.id), what: "finding id", scope: " in the \(year) edition")
        let indicatorIDs = catalog.indicators.map(\.id.value)
        let groupIDs = catalog.groups.map(\.value)
        for finding in findings {
            for indicator in finding.indicators where !bag.isUnreadable(indicator.value, in: .indicator) {
                guard let known = catalog.indicator(indicator.value) else {
                    bag.error("unknown indicator '\(indicator.value)'\(Suggestion.hint(for: indicator.value, among: indicatorIDs))",
                              at: indicator.location)
                    continue
                }
                if known.kind.value.isQuantitative {
                    bag.error("'\(indicator.value)' is a \(known.kind.value.rawValue) indicator; findings are coded "
                              + "against qualitative ones (record its number under 'values')", at: indicator.location)
                }
            }
            for group in finding.groups where !groupIDs.contains(group.value) && !bag.isUnreadable(group.value, in: .group) {
                bag.error("unknown group '\(group.value)'\(Suggestion.hint(for: group.value, among: groupIDs)); "
                          + "groups are listed in catalog/indicators.yaml", at: group.location)
            }
            let first = firstYears.firstFinding(finding.id.value)
            checkSince(finding.since, first: first?.year)
            if finding.sources.isEmpty {
                bag.warning("finding '\(finding.id.value)' has no source; say where it was read", at: finding.id.location)
            }
            if let first, first.country != finding.country {
                let was = first.country ?? "the region"
                bag.warning("finding id '\(finding.id.value)' was first used for \(was); an id names one matter "
                            + "over the years, so a new matter needs a new id", at: finding.id.location,
                            notes: [.init("first used here", at: first.location)])
            }
        }
    }

    private func checkSince(_ since: Located<Int>?, first: Int?) {
        guard let since else { return }
        if since.value > year {
            bag.error("since \(since.value) is after this edition's year (\(year))", at: since.location)
        } else if let first, since.value > first {
            bag.error("since \(since.value) is later than \(first), the first edition that holds this id; a written "
                      + "'since' may only be earlier", at: since.location)
        }
    }

    // MARK: - Recommendations

    private func checkRecommendations() {
        let recommendations = edition.recommendations
        bag.reportDuplicates(recommendations.lazy.map(\.id), what: "recommendation id", scope: " in the \(year) edition")
        let known = Set(edition.findings.lazy.map(\.id.value))
        for recommendation in recommendations {
            for reference in recommendation.findings
            where !known.contains(reference.value) && !bag.isUnreadable(reference.value, in: .finding(year: year)) {
                bag.error("recommendation '\(recommendation.id.value)' answers finding '\(reference.value)', which the "
                          + "\(year) edition does not hold"
                          + Suggestion.hint(for: reference.value, among: edition.findings.lazy.map(\.id.value)),
                          at: reference.location)
            }
            if recommendation.findings.isEmpty {
                bag.warning("recommendation '\(recommendation.id.value)' is linked to no finding; list the findings "
                            + "it answers under 'findings'", at: recommendation.id.location)
            }
            checkSince(recommendation.since, first: firstYears.firstYear(ofRecommendation: recommendation.id.value))
        }
    }

    // MARK: - Values

    private func checkValues() {
        let indicatorIDs = catalog.indicators.filter { $0.kind.value.isQuantitative }.map(\.id.value)
        for report in edition.countries {
            for value in report.values where !bag.isUnreadable(value.indicator.value, in: .indicator) {
                guard let indicator = catalog.indicator(value.indicator.value) else {
                    bag.error("unknown indicator '\(value.indicator.value)'"
                              + Suggestion.hint(for: value.indicator.value, among: indicatorIDs),
                              at: value.indicator.location)
                    continue
                }
                check(value, against: indicator)
            }
        }
    }

    private func check(_ value: IndicatorValue, against indicator: Indicator) {
        ValueRule.check(value.value, named: value.indicator.location, against: indicator, bag: bag)
    }
}
