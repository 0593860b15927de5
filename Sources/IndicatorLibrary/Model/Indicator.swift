/// What findings are coded against (qualitative), or a quantity recorded per country and year.
package struct Indicator: Sendable, Hashable {
    package enum Kind: String, Sendable, CaseIterable {
        case qualitative, count, number, percent, boolean
        /// A rating on an ordered scale of labels (`scale`, best first): the ITUC Global Rights Index's
        /// 1, 2, 3, 4, 5, 5+.
        case rating

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
    /// A rating's labels, from the best to the worst; empty for every other kind.
    package let scale: [Located<String>]
    package let location: SourceLocation

    init(id: Located<String>, theme: Located<String>, title: Located<LocalizedText>, kind: Located<Kind>,
                unit: Located<String>?, better: Located<Direction>?, scale: [Located<String>] = [],
                location: SourceLocation) {
        self.id = id
        self.theme = theme
        self.title = title
        self.kind = kind
        self.unit = unit
        self.better = better
        self.scale = scale
        self.location = location
    }
}

extension Indicator {
    /// Where a rating's label stands on its scale (0: the best); nil for a label not on it.
    package func rank(of label: String) -> Int? {
        scale.firstIndex { $0.value == label }
    }

    /// Where a rating's value stands on its scale: a label written as a number (5) is the label "5".
    package func rank(of value: IndicatorValue.Quantity) -> Int? {
        switch value {
        case let .label(label): return rank(of: label)
        case let .number(number): return rank(of: IndicatorValue.written(number))
        case .boolean: return nil
        }
    }
}
