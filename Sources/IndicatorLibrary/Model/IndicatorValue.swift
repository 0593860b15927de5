/// A quantitative indicator's value for one country in one edition.
public struct IndicatorValue: Sendable, Hashable {
    public enum Quantity: Sendable, Hashable {
        case number(Double)
        case boolean(Bool)
    }

    public let indicator: Located<String>
    public let value: Located<Quantity>
    public let source: Located<String>?
    public let location: SourceLocation

    init(indicator: Located<String>, value: Located<Quantity>, source: Located<String>?,
                location: SourceLocation) {
        self.indicator = indicator
        self.value = value
        self.source = source
        self.location = location
    }
}
