/// Eight bytes read as one word, to pass over the plain ASCII that most of a library is in: the byte
/// checks of every file and every value (valid UTF-8, no control character, no markup) otherwise look
/// at each byte in turn.
enum ByteWords {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highs: UInt64 = 0x8080_8080_8080_8080

    private static func word(_ bytes: UnsafePointer<UInt8>, at index: Int) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(bytes + index).loadUnaligned(as: UInt64.self))
    }

    /// The first index from `index` on that holds a byte above ASCII, or where fewer than eight bytes
    /// are left: every byte before it is below 0x80.
    static func asciiEnd(_ bytes: UnsafePointer<UInt8>, from index: Int, count: Int) -> Int {
        var index = index
        while index + 8 <= count {
            let above = word(bytes, at: index) & highs
            if above != 0 { return index + firstFlagged(above) }
            index += 8
        }
        return index
    }

    /// The first index from `index` on that holds a byte where a character that no library text may
    /// hold can start, or `count`: every byte before it is none of a C0 control, DEL, or the lead byte
    /// of a C1 control (0xC2), of a surrogate (0xED) or of U+FFFE and U+FFFF (0xEF). Text in other
    /// scripts, Cyrillic among them, is passed over eight bytes at a time; a line break or a tab stops
    /// it, for the caller to look at that byte.
    static func plainTextEnd(_ bytes: UnsafePointer<UInt8>, from index: Int, count: Int) -> Int {
        var index = index
        while index < count {
            let left = count - index
            var word: UInt64
            if left >= 8 {
                word = Self.word(bytes, at: index)
            } else {
                // The last bytes, and spaces (which are plain) where the word runs past them.
                word = (ones &* 0x20) << UInt64(left * 8)
                if count >= 8 {
                    word |= Self.word(bytes, at: count - 8) >> UInt64((8 - left) * 8)
                } else {
                    for offset in 0..<left { word |= UInt64(bytes[index + offset]) << UInt64(offset * 8) }
                }
            }
            // A byte below 0x20 borrows into its high bit, which it did not have.
            let suspects = (word &- ones &* 0x20) & ~word & highs | matches(word, 0x7F) | matches(word, 0xC2)
                | matches(word, 0xED) | matches(word, 0xEF)
            if suspects != 0 { return min(count, index + firstFlagged(suspects)) }
            index += 8
        }
        return count
    }

    /// The high bit of each byte of `word` that is `byte`, and maybe of bytes after the first such
    /// byte (a borrow runs on): the first one flagged is always one.
    @inline(__always) private static func matches(_ word: UInt64, _ byte: UInt8) -> UInt64 {
        let matched = word ^ (ones &* UInt64(byte))
        return (matched &- ones) & ~matched & highs
    }

    /// Whether one of the eight bytes of `word` is `byte`.
    @inline(__always) private static func hasByte(_ word: UInt64, _ byte: UInt8) -> Bool {
        matches(word, byte) != 0
    }

    /// The position in its word of the first byte whose high bit `flags` has (little-endian: the
    /// first byte is the lowest).
    @inline(__always) private static func firstFlagged(_ flags: UInt64) -> Int {
        flags.trailingZeroBitCount >> 3
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
