/// What findings are coded against (qualitative), or a quantity recorded per country and year.
package struct Indicator: Sendable, Hashable {
    package enum Kind: String, Sendable, CaseIterable {
        case qualitative, count, number, percent, boolean

        /// Quantitative kinds take a value per country and year; qualitative ones take findings.
        package var isQuantitative: Bool { self != .qualitative }
    }

    /// How a change in the value reads: lower is better (conflicts), higher is better, or neither.
    package enum Direction: String, Sendable, CaseIterable {
        case lower, higher, none
    }

    /// `theme.slug`; the part before the dot names the theme.
    package let id: Located<String>
    package let theme: Located<String>
    package let title: Located<LocalizedText>
    package let kind: Located<Kind>
    package let unit: Located<String>?
    package let better: Located<Direction>?
    package let location: SourceLocation

    init(id: Located<String>, theme: Located<String>, title: Located<LocalizedText>, kind: Located<Kind>,
                unit: Located<String>?, better: Located<Direction>?, location: SourceLocation) {
        self.id = id
        self.theme = theme
        self.title = title
        self.kind = kind
        self.unit = unit
        self.better = better
        self.location = location
    }
}
