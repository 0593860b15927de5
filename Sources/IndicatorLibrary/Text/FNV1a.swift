/// FNV-1a, the 64-bit hash the word comparisons make of a word's UTF-8 bytes as they read it: one
/// multiply per byte, and no second pass over the word.
enum FNV1a {
    static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325

    /// `hash` with `byte` added.
    static func adding(_ byte: UInt8, to hash: UInt64) -> UInt64 {
        (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
    }

    static func hash<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> UInt64 {
        bytes.reduce(offsetBasis) { adding($1, to: $0) }
    }
}
