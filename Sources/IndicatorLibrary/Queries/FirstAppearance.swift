/// The first edition that holds each finding and recommendation id: the default `since`, and where a
/// written `since` may only be earlier. Built once per library, so that asking for every item costs
/// one pass over the editions.
package struct FirstAppearance: Sendable {
    /// Where a finding id was first written: the year, and the country it was written under (to
    /// catch an id reused for another matter).
    struct FirstFinding: Sendable {
        let year: Int
        let country: String?
        let location: SourceLocation
    }

    /// One entry per id, its key held once: a million ids in two tables keyed alike (year, then
    /// country) were most of what `check` holds beyond the library itself.
    private var findings: [String: FirstFinding] = [:]
    private var recommendations: [String: Int] = [:]

    package init(library: Library) {
        // Sized for the largest edition: most ids come back year after year, so that is close to the
        // number of distinct ids (sized for every edition's findings together, the tables of a
        // two-edition library had twice the room they needed). More new ids only grow it.
        findings.reserveCapacity(library.editions.map(\.findings.count).max() ?? 0)
        recommendations.reserveCapacity(library.editions.map(\.recommendations.count).max() ?? 0)
        for edition in library.editions {
            for finding in edition.findings where findings[finding.id.value] == nil {
                findings[finding.id.value] = FirstFinding(year: edition.year, country: finding.country,
                                                          location: finding.id.location)
            }
            for recommendation in edition.recommendations where recommendations[recommendation.id.value] == nil {
                recommendations[recommendation.id.value] = edition.year
            }
        }
    }

    /// Where finding id `id` first appears, if any edition holds it.
    func firstFinding(_ id: String) -> FirstFinding? {
        findings[id]
    }

    /// The first edition holding recommendation id `id`.
    func firstYear(ofRecommendation id: String) -> Int? {
        recommendations[id]
    }
}

extension FirstAppearance {
    /// The year the matter was first reported: the finding's `since` when written, else the first
    /// edition holding its id.
    package func firstReported(_ finding: Finding) -> Int? {
        finding.since?.value ?? findings[finding.id.value]?.year
    }

    /// The year the recommendation was first made: its `since` when written, else the first edition
    /// holding its id.
    package func firstMade(_ recommendation: Recommendation) -> Int? {
        recommendation.since?.value ?? recommendations[recommendation.id.value]
    }
}
