/// Eight bytes read as one word, to pass over the plain ASCII that most of a library is in: the byte
/// checks of every file and every value (valid UTF-8, no control character, no markup) otherwise look
/// at each byte in turn.
enum ByteWords {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highs: UInt64 = 0x8080_8080_8080_8080

    private static func word(_ bytes: UnsafePointer<UInt8>, at index: Int) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(bytes + index).loadUnaligned(as: UInt64.self))
    }

    /// The first index from `index` on where a word of eight bytes is not all ASCII (or where fewer
    /// than eight are left): every byte before it is below 0x80.
    static func asciiEnd(_ bytes: UnsafePointer<UInt8>, from index: Int, count: Int) -> Int {
        var index = index
        while index + 8 <= count, word(bytes, at: index) & highs == 0 { index += 8 }
        return index
    }

    /// The same for printable ASCII: every byte before the index returned is 0x20 to 0x7E.
    static func printableEnd(_ bytes: UnsafePointer<UInt8>, from index: Int, count: Int) -> Int {
        var index = index
        while index + 8 <= count {
            let word = word(bytes, at: index)
            // A byte below 0x20 borrows into its high bit; one above 0x7E carries into it, or had it.
            let below = (word &- ones &* 0x20) & ~word & highs
            let above = ((word &+ ones) | word) & highs
            guard below | above == 0 else { break }
            index += 8
        }
        return index
    }

    /// Whether any of `bytes` is one of `a`, `b`, `c`.
    static func contains(_ bytes: UnsafeBufferPointer<UInt8>, anyOf a: UInt8, _ b: UInt8, _ c: UInt8) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        let count = bytes.count
        let (wordA, wordB, wordC) = (ones &* UInt64(a), ones &* UInt64(b), ones &* UInt64(c))
        func hasZero(_ word: UInt64) -> Bool { (word &- ones) & ~word & highs != 0 }
        var index = 0
        while index + 8 <= count {
            let word = word(base, at: index)
            if hasZero(word ^ wordA) || hasZero(word ^ wordB) || hasZero(word ^ wordC) { return true }
            index += 8
        }
        while index < count {
            if base[index] == a || base[index] == b || base[index] == c { return true }
            index += 1
        }
        return false
    }
}
