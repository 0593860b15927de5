/// The first edition that holds each finding and recommendation id: the default `since`, and where a
/// written `since` may only be earlier. Built once per library, so that asking for every item costs
/// one pass over the editions.
public struct FirstAppearance: Sendable {
    private(set) var findings: [String: Int] = [:]
    private(set) var recommendations: [String: Int] = [:]
    /// The country an id was first written under, to catch an id reused for another matter.
    private(set) var findingCountry: [String: (country: String?, location: SourceLocation)] = [:]

    public init(library: Library) {
        // Sized once: grown step by step, a million ids were rehashed again at every doubling.
        let findingCount = library.editions.reduce(0) { $0 + $1.findings.count }
        findings.reserveCapacity(findingCount)
        findingCountry.reserveCapacity(findingCount)
        recommendations.reserveCapacity(library.editions.reduce(0) { $0 + $1.recommendations.count })
        for edition in library.editions {
            for finding in edition.findings where findings[finding.id.value] == nil {
                findings[finding.id.value] = edition.year
                findingCountry[finding.id.value] = (finding.country, finding.id.location)
            }
            for recommendation in edition.recommendations where recommendations[recommendation.id.value] == nil {
                recommendations[recommendation.id.value] = edition.year
            }
        }
    }
}

extension FirstAppearance {
    /// The year the matter was first reported: the finding's `since` when written, else the first
    /// edition holding its id.
    public func firstReported(_ finding: Finding) -> Int? {
        finding.since?.value ?? findings[finding.id.value]
    }

    /// The year the recommendation was first made: its `since` when written, else the first edition
    /// holding its id.
    public func firstMade(_ recommendation: Recommendation) -> Int? {
        recommendation.since?.value ?? recommendations[recommendation.id.value]
    }
}
