/// How large a synthetic library to make: `findings` per country and edition.
public struct SampleSize: Sendable, Equatable {
    public let countries: Int
    public let years: Int
    public let findings: Int
    public let seed: UInt64

    public static let maximumCountries = 26 * 26

    public init(countries: Int, years: Int, findings: Int, seed: UInt64 = 1) {
        self.countries = countries
        self.years = years
        self.findings = findings
        self.seed = seed
    }

    public var totalFindings: Int { countries * years * findings }

    /// The editions' years: consecutive, ending in 2025.
    public var editionYears: ClosedRange<Int> { (2026 - years)...2025 }
}
