/// What changed between two editions of the library: the one computation behind `diff`, the
/// workbook's Changes sheet and the changes document.
///
/// Findings and recommendations are matched by id (an id is the same matter followed over time);
/// ratifications by country and instrument, their status derived for each edition's year; values by
/// indicator and country. When an edition is partial, what it lacks is unknown rather than absent,
/// and the changes say so instead of reporting a resolution or a new matter.
public struct EditionChanges: Sendable {
    package let from: Int
    package let to: Int
    /// Countries with a file in TO and not in FROM, and the other way round.
    package let countriesEntered: [String]
    package let countriesLeft: [String]
    package private(set) var findings: [FindingChange]
    package let recommendations: [RecommendationChange]
    package let ratifications: [RatificationChange]
    package let values: [ValueChange]
    /// The affected groups a country's findings (nil: the regional ones) name in TO and none of its
    /// findings named in FROM, with TO's findings that name them.
    package private(set) var groupsAppeared: [GroupAppearance]
    /// Who may read these changes: `internal` until a public redaction (`RedactedLibrary.changes`) has
    /// left the confidential findings out, so that a presentation of unfiltered changes says it is internal.
    package private(set) var audience: Audience

    package init(from: Int, to: Int, countriesEntered: [String],
                countriesLeft: [String], findings: [FindingChange], recommendations: [RecommendationChange],
                ratifications: [RatificationChange], values: [ValueChange], groupsAppeared: [GroupAppearance] = [],
                audience: Audience = .internal) {
        self.from = from
        self.to = to
        self.countriesEntered = countriesEntered
        self.countriesLeft = countriesLeft
        self.findings = findings
        self.recommendations = recommendations
        self.ratifications = ratifications
        self.values = values
        self.groupsAppeared = groupsAppeared
        self.audience = audience
    }

    /// True when nothing differs: every finding continues unchanged, every recommendation is repeated
    /// unchanged, and no ratification, value or country changed (what `--exit-code` tests).
    package var isEmpty: Bool {
        countriesEntered.isEmpty && countriesLeft.isEmpty
            && findings.allSatisfy { $0.kind == .continuing }
            && recommendations.allSatisfy { $0.kind == .repeated }
            && ratifications.isEmpty && values.isEmpty
    }

    /// The changes an audience may read: a public comparison leaves out every finding that either
    /// edition marks confidential, and the findings of `ids` (those a redaction took out of either
    /// edition; recommendations, ratifications and values are never confidential). Filtered in place,
    /// as `RedactedLibrary.changes` calls it, so a large comparison is not held twice.
    consuming func visible(to audience: Audience, leavingOut ids: Set<String>) -> EditionChanges {
        guard audience == .public else { return self }
        var visible = self
        visible.findings.removeAll { change in
            ids.contains(change.id) || ![change.before, change.after].allSatisfy { $0.map(audience.shows) ?? true }
        }
        // A group is said to appear only through findings the audience reads.
        let shown = Set(visible.findings.map(\.id))
        visible.groupsAppeared = visible.groupsAppeared.compactMap { appearance in
            let findings = appearance.findings.filter(shown.contains)
            return findings.isEmpty ? nil : GroupAppearance(country: appearance.country, group: appearance.group,
                                                             findings: findings)
        }
        visible.audience = .public
        return visible
    }

    /// The same changes for one country (regional findings are left out).
    package func only(country code: String) -> EditionChanges {
        EditionChanges(
            from: from, to: to,
            countriesEntered: countriesEntered.filter { $0 == code },
            countriesLeft: countriesLeft.filter { $0 == code },
            findings: findings.filter { $0.country == code },
            recommendations: recommendations.filter { $0.country == code },
            ratifications: ratifications.filter { $0.country == code },
            values: values.filter { $0.country == code }, groupsAppeared: groupsAppeared.filter { $0.country == code },
            audience: audience)
    }
}

/// An affected group a country's findings name for the first time in the later edition.
package struct GroupAppearance: Sendable, Hashable {
    /// Nil for the regional findings.
    package let country: String?
    package let group: String
    /// The later edition's findings that name it.
    package let findings: [String]
}
