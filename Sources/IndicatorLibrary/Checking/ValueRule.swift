/// Whether a value suits its indicator's kind: a whole number of 0 or more for a count, 0 to 100 for a
/// percentage, true or false for a yes/no indicator, a label of the scale for a rating. The same rule
/// for an edition's values and for the series.
enum ValueRule {
    /// `named` is where the indicator is named (for a qualitative one, which takes no value at all).
    static func check(_ value: Located<IndicatorValue.Quantity>, named: SourceLocation, against indicator: Indicator,
                      bag: DiagnosticBag) {
        let id = indicator.id.value
        let location = value.location
        switch (indicator.kind.value, value.value) {
        case (.qualitative, _):
            bag.error("'\(id)' is qualitative: code findings against it instead of giving a value", at: named)
        case (.boolean, .boolean), (.number, .number):
            break
        case let (.count, .number(number)):
            if number < 0 || number.rounded() != number {
                bag.error("'\(id)' counts \(indicator.unit?.value ?? "things"): its value must be a whole number "
                          + "of 0 or more", at: location)
            }
        case let (.percent, .number(number)):
            if !(0...100).contains(number) {
                bag.error("'\(id)' is a percentage: its value must be between 0 and 100", at: location)
            }
        case let (.rating, .label(label)):
            if indicator.rank(of: label) == nil {
                bag.error("'\(label)' is not on the scale of '\(id)': \(scale(indicator))", at: location)
            }
        case let (.rating, .number(number)):
            // A label such as 5 is read as a number; it is the label "5" when the scale has it.
            if indicator.rank(of: IndicatorValue.written(number)) == nil {
                bag.error("'\(IndicatorValue.written(number))' is not on the scale of '\(id)': \(scale(indicator))",
                          at: location)
            }
        case (.rating, .boolean):
            bag.error("'\(id)' is a rating: its value must be a label of its scale, \(scale(indicator))", at: location)
        case (.boolean, .number), (.boolean, .label):
            bag.error("'\(id)' is a yes/no indicator: its value must be true or false", at: location)
        case (_, .boolean), (_, .label):
            bag.error("'\(id)' is a \(indicator.kind.value.rawValue) indicator: its value must be a number", at: location)
        }
    }

    private static func scale(_ indicator: Indicator) -> String {
        "its labels are " + indicator.scale.map { "'\($0.value)'" }.joined(separator: ", ") + ", best first"
    }
}
