/// The first edition that holds each finding and recommendation id: the default `since`, and where a
/// written `since` may only be earlier.
struct FirstAppearance {
    private(set) var findings: [String: Int] = [:]
    private(set) var recommendations: [String: Int] = [:]
    /// The country an id was first written under, to catch an id reused for another matter.
    private(set) var findingCountry: [String: (country: String?, location: SourceLocation)] = [:]

    init(library: Library) {
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
