/// One year's folder: the meeting and the country files.
public struct Edition: Sendable {
    /// The folder's name: the year of the meeting.
    public let year: Int
    public let meeting: Meeting
    /// Sorted by country code.
    public let countries: [CountryReport]
    public let folder: String

    public init(year: Int, meeting: Meeting, countries: [CountryReport], folder: String) {
        self.year = year
        self.meeting = meeting
        self.countries = countries.sorted { $0.country.value < $1.country.value }
        self.folder = folder
    }

    public func country(_ code: String) -> CountryReport? {
        countries.first { $0.country.value == code }
    }

    /// Regional findings first, then each country's in code order.
    public var findings: [Finding] {
        meeting.findings + countries.flatMap(\.findings)
    }

    /// Each country's recommendations in code order.
    public var recommendations: [Recommendation] {
        countries.flatMap(\.recommendations)
    }
}
