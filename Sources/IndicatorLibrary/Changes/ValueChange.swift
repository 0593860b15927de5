/// A quantitative indicator's value for a country in FROM and TO.
public struct ValueChange: Sendable, Hashable {
    public enum Reading: String, Sendable {
        case better, worse, unchanged
        /// The indicator reads neither way (`better: none`), or a value is missing.
        case neutral
    }

    public let indicator: String
    public let country: String
    public let old: IndicatorValue.Quantity?
    public let new: IndicatorValue.Quantity?
    public let reading: Reading

    public init(indicator: String, country: String, old: IndicatorValue.Quantity?, new: IndicatorValue.Quantity?,
                reading: Reading) {
        self.indicator = indicator
        self.country = country
        self.old = old
        self.new = new
        self.reading = reading
    }

    /// new − old, when both are numbers.
    public var delta: Double? {
        guard case let .number(old)? = old, case let .number(new)? = new else { return nil }
        return new - old
    }
}
