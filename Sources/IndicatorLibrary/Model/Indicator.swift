/// What findings are coded against (qualitative), or a quantity recorded per country and year.
public struct Indicator: Sendable, Hashable {
    public enum Kind: String, Sendable, CaseIterable {
        case qualitative, count, number, percent, boolean

        /// Quantitative kinds take a value per country and year; qualitative ones take findings.
        public var isQuantitative: Bool { self != .qualitative }
    }

    /// How a change in the value reads: lower is better (conflicts), higher is better, or neither.
    public enum Direction: String, Sendable, CaseIterable {
        case lower, higher, none
    }

    /// `theme.slug`; the part before the dot names the theme.
    public let id: Located<String>
    public let theme: Located<String>
    public let title: Located<LocalizedText>
    public let kind: Located<Kind>
    public let unit: Located<String>?
    public let better: Located<Direction>?
    public let location: SourceLocation

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
