import Testing
@testable import IndicatorLibrary

/// A change of value is told in the decimals the values were written with.
@Suite struct ValueChangeTests {
    @Test(arguments: [
        (870.1, 222.7, -647.4),
        (0.1, 0.3, 0.2),
        (55, 40, -15),
        (12.25, 12.5, 0.25),
        (1e-12, 2e-12, 1e-12),
    ])
    func theDeltaKeepsTheWrittenDecimals(old: Double, new: Double, delta: Double) {
        let change = ValueChange(indicator: "x.count", country: "KZ", old: .number(old), new: .number(new),
                                 reading: .neutral)
        #expect(change.delta == delta)
    }

    @Test func noDeltaWithoutTwoNumbers() {
        #expect(ValueChange(indicator: "x.count", country: "KZ", old: nil, new: .number(3), reading: .neutral).delta == nil)
        #expect(ValueChange(indicator: "x.flag", country: "KZ", old: .boolean(true), new: .boolean(false),
                            reading: .neutral).delta == nil)
    }
}
