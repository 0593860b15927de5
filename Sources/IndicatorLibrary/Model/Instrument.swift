/// An ILO convention or protocol, or a UN treaty, whose ratification the library follows.
public struct Instrument: Sendable, Hashable {
    public enum Body: String, Sendable, CaseIterable {
        case ilo = "ILO"
        case un = "UN"
    }

    public enum Category: String, Sendable, CaseIterable {
        case fundamental, governance, technical, migrant
    }

    /// `C087`, `P029`, or a UN treaty's short name (`ICRMW`).
    public let code: Located<String>
    public let title: Located<LocalizedText>
    public let adopted: Located<Int>
    public let body: Located<Body>
    public let category: Located<Category>
    /// The day the instrument joined the fundamental ones (C155 and C187: 10 June 2022).
    public let fundamentalSince: Located<CalendarDate>?
    public let location: SourceLocation

    init(code: Located<String>, title: Located<LocalizedText>, adopted: Located<Int>,
                body: Located<Body>, category: Located<Category>, fundamentalSince: Located<CalendarDate>?,
                location: SourceLocation) {
        self.code = code
        self.title = title
        self.adopted = adopted
        self.body = body
        self.category = category
        self.fundamentalSince = fundamentalSince
        self.location = location
    }

    /// Whether the instrument counts as fundamental in `year`: by category, or from the year of
    /// `fundamentalSince` on, so that 2021 counts C155 and C187 as technical and 2022 as fundamental.
    public func isFundamental(in year: Int) -> Bool {
        if category.value == .fundamental { return true }
        guard let since = fundamentalSince?.value else { return false }
        return since.year <= year
    }
}
