/// One year's folder: the meeting and the country files.
public struct Edition: Sendable {
    /// The folder's name: the year of the meeting.
    public let year: Int
    package let meeting: Meeting
    /// Sorted by country code.
    package let countries: [CountryReport]
    package let folder: String
    /// Regional findings first, then each country's in code order; gathered once, since every rule and
    /// every output walks them (gathering them at each use copied every finding each time).
    package let findings: [Finding]
    /// Each country's recommendations in code order.
    package let recommendations: [Recommendation]

    init(year: Int, meeting: Meeting, countries: [CountryReport], folder: String) {
        self.year = year
        self.meeting = meeting
        self.countries = countries.sorted { $0.country.value < $1.country.value }
        self.folder = folder
        findings = meeting.findings + self.countries.flatMap(\.findings)
        recommendations = self.countries.flatMap(\.recommendations)
    }

    package func country(_ code: String) -> CountryReport? {
        countries.first { $0.country.value == code }
    }}
