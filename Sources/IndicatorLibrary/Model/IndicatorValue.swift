/// A quantitative indicator's value for one country in one edition.
package struct IndicatorValue: Sendable, Hashable {
    package enum Quantity: Sendable, Hashable {
        case number(Double)
        case boolean(Bool)
        /// A rating: one of its indicator's `scale` labels ("5+" on the ITUC Global Rights Index).
        case label(String)
    }

    package let indicator: Located<String>
    package let value: Located<Quantity>
    package let source: Located<String>?
    package let location: SourceLocation

    init(indicator: Located<String>, value: Located<Quantity>, source: Located<String>?,
                location: SourceLocation) {
        self.indicator = indicator
        self.value = value
        self.source = source
        self.location = location
    }
}

extension IndicatorValue {
    /// A number as the outputs write it: a whole number without a decimal point (55, not 55.0), which
    /// is also how a rating's label written as a number (5) is read.
    package static func written(_ number: Double) -> String {
        number.rounded() == number && abs(number) < 1e15 ? String(Int(number)) : String(number)
    }
}
