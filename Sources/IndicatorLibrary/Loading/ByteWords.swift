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

    /// The first index from `index` on where a word of eight bytes may hold a character that no library
    /// text may hold (or where fewer than eight are left): every byte before it is none of a C0 control,
    /// DEL, or the lead byte of a C1 control (0xC2), of a surrogate (0xED) or of U+FFFE and U+FFFF
    /// (0xEF). Text in other scripts, Cyrillic among them, passes word by word; a word with a line
    /// break or a tab in it stops the pass, for the caller to look at that byte.
    static func plainTextEnd(_ bytes: UnsafePointer<UInt8>, from index: Int, count: Int) -> Int {
        var index = index
        while index + 8 <= count {
            let word = word(bytes, at: index)
            // A byte below 0x20 borrows into its high bit, which it did not have.
            let control = (word &- ones &* 0x20) & ~word & highs
            guard control == 0, !hasByte(word, 0x7F), !hasByte(word, 0xC2), !hasByte(word, 0xED),
                  !hasByte(word, 0xEF) else { break }
            index += 8
        }
        return index
    }

    /// Whether one of the eight bytes of `word` is `byte`.
    @inline(__always) private static func hasByte(_ word: UInt64, _ byte: UInt8) -> Bool {
        let matched = word ^ (ones &* UInt64(byte))
        return (matched &- ones) & ~matched & highs != 0
    }

    /// Whether any of `bytes` is one of `a`, `b`, `c`.
    static func contains(_ bytes: UnsafeBufferPointer<UInt8>, anyOf a: UInt8, _ b: UInt8, _ c: UInt8) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        let count = bytes.count
        var index = 0
        while index + 8 <= count {
            let word = word(base, at: index)
            if hasByte(word, a) || hasByte(word, b) || hasByte(word, c) { return true }
            index += 8
        }
        while index < count {
            if base[index] == a || base[index] == b || base[index] == c { return true }
            index += 1
        }
        return false
    }
}
