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

    /// Where an id was first written: its edition, and its place among that edition's findings. An
    /// entry of the tables is then the id and small numbers, the rest read from the library when asked:
    /// tables of every id are most of what `check` holds beyond the library itself, so each byte of an
    /// entry counts once per id.
    private struct Place: Sendable {
        let edition: UInt32
        let index: UInt32
    }

    private let years: [Int]
    /// Each edition's findings, as `Place` counts them.
    private let editionFindings: [[Finding]]
    private var findings: [String: Place] = [:]
    /// The edition's number, as `Place` counts them.
    private var recommendations: [String: UInt32] = [:]

    package init(library: Library) {
        let editions = library.editions
        years = editions.map(\.year)
        editionFindings = editions.map(\.findings)
        // Sized for the largest edition: most ids come back year after year, so that is close to the
        // number of distinct ids (sized for every edition's findings together, the tables of a
        // two-edition library had twice the room they needed). More new ids only grow it.
        findings.reserveCapacity(editionFindings.map(\.count).max() ?? 0)
        recommendations.reserveCapacity(editions.map(\.recommendations.count).max() ?? 0)
        for (number, edition) in editions.enumerated() {
            for (index, finding) in edition.findings.enumerated() where findings[finding.id.value] == nil {
                findings[finding.id.value] = Place(edition: UInt32(number), index: UInt32(index))
            }
            for recommendation in edition.recommendations where recommendations[recommendation.id.value] == nil {
                recommendations[recommendation.id.value] = UInt32(number)
            }
        }
    }

    /// Where finding id `id` first appears, if any edition holds it.
    func firstFinding(_ id: String) -> FirstFinding? {
        guard let place = findings[id] else { return nil }
        let finding = editionFindings[Int(place.edition)][Int(place.index)]
        return FirstFinding(year: years[Int(place.edition)], country: finding.country, location: finding.id.location)
    }

    /// The first edition holding recommendation id `id`.
    func firstYear(ofRecommendation id: String) -> Int? {
        recommendations[id].map { years[Int($0)] }
    }
}

extension FirstAppearance {
    /// The year the matter was first reported: the finding's `since` when written, else the first
    /// edition holding its id.
    package func firstReported(_ finding: Finding) -> Int? {
        finding.since?.value ?? firstFinding(finding.id.value)?.year
    }

    /// The year the recommendation was first made: its `since` when written, else the first edition
    /// holding its id.
    package func firstMade(_ recommendation: Recommendation) -> Int? {
        recommendation.since?.value ?? firstYear(ofRecommendation: recommendation.id.value)
    }
}
