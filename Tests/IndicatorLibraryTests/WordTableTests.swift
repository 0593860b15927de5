@testable import IndicatorLibrary
import Testing

/// The confidentiality rules' index of word hashes finds every word put in it, and nothing else,
/// however the hashes fall in its slots.
struct WordTableTests {
    @Test(arguments: [
        // Spread out, all in one slot of the smaller tables, and including 0.
        (0..<2_000).map { UInt64($0) &* 0x9E37_79B9_7F4A_7C15 },
        (0..<2_000).map { UInt64($0) << 40 },
    ])
    func everyKeyIsFoundAndOthersAreNot(keys: [UInt64]) {
        var table = WordTable<[Int]>()
        for (index, key) in keys.enumerated() {
            table.update(key, default: []) { $0.append(index) }
        }
        table.update(keys[7], default: []) { $0.append(-1) }
        #expect(table.count == keys.count)
        for (index, key) in keys.enumerated() {
            #expect(table[key] == (index == 7 ? [7, -1] : [index]))
        }
        #expect(table[1] == nil || keys.contains(1))
        #expect(table[UInt64.max] == nil)
    }

    @Test func anEmptyTableHoldsNothing() {
        let table = WordTable<Int>()
        #expect(table[0] == nil)
        #expect(table.count == 0)
    }
}
