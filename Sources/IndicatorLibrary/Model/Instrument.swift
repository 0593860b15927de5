/// An ILO convention or protocol, or a UN treaty, whose ratification the library follows.
package struct Instrument: Sendable, Hashable {
    package enum Body: String, Sendable, CaseIterable {
        case ilo = "ILO"
        case un = "UN"
    }

    package enum Category: String, Sendable, CaseIterable {
        case fundamental, governance, technical, migrant
    }

    /// `C087`, `P029`, or a UN treaty's short name (`ICRMW`).
    package let code: Located<String>
    package let title: Located<LocalizedText>
    package let adopted: Located<Int>
    package let body: Located<Body>
    package let category: Located<Category>
    /// The day the instrument joined the fundamental ones (C155 and C187: 10 June 2022).
    package let fundamentalSince: Located<CalendarDate>?
    package let location: SourceLocation

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
    package func isFundamental(in year: Int) -> Bool {
        if category.value == .fundamental { return true }
        guard let since = fundamentalSince?.value else { return false }
        return since.year <= year
    }
}
