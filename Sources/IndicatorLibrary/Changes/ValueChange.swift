/// A quantitative indicator's value for a country in FROM and TO.
package struct ValueChange: Sendable, Hashable {
    package enum Reading: String, Sendable {
        case better, worse, unchanged
        /// The indicator reads neither way (`better: none`), or a value is missing.
        case neutral
    }

    package let indicator: String
    package let country: String
    package let old: IndicatorValue.Quantity?
    package let new: IndicatorValue.Quantity?
    package let reading: Reading

    package init(indicator: String, country: String, old: IndicatorValue.Quantity?, new: IndicatorValue.Quantity?,
                reading: Reading) {
        self.indicator = indicator
        self.country = country
        self.old = old
        self.new = new
        self.reading = reading
    }

    /// new − old, when both are numbers, to the decimals they were written with (870.1 → 222.7 is
    /// −647.4, not the binary −647.4000000000001).
    package var delta: Double? {
        guard case let .number(old)? = old, case let .number(new)? = new else { return nil }
        guard let oldDecimals = Self.decimals(old), let newDecimals = Self.decimals(new) else { return new - old }
        let scale = (0..<max(oldDecimals, newDecimals)).reduce(1.0) { product, _ in product * 10 }
        return ((new - old) * scale).rounded() / scale
    }

    /// Digits after the point in the shortest form of `value` (0 for whole numbers); nil when that
    /// form has an exponent, whose difference is left as computed.
    private static func decimals(_ value: Double) -> Int? {
        guard value.isFinite, value.rounded() != value else { return 0 }
        let text = String(value)
        guard !text.contains("e"), let point = text.firstIndex(of: ".") else { return nil }
        return text.distance(from: point, to: text.endIndex) - 1
    }
}
