/// `PhraseMatcher.fold` worked out once per character for the Cyrillic block (U+0400–U+04FF), so
/// that Russian, Kazakh or Kyrgyz text is split into folded words without a call into Foundation per
/// text. Within that block and ASCII, folding is per character: no two of these characters compose
/// (composition needs combining marks, which send a text to the full fold), so folding a text is
/// folding each character. A test compares the table with the full fold for every character.
struct FoldingTable {
    static let range: ClosedRange<UInt32> = 0x400...0x4FF

    /// Per character of the block: its folded form, and whether it belongs to a word; nil for the
    /// combining marks (U+0483–U+0489), which may compose with the letter before them.
    private let folded: [(bytes: [UInt8], isWordCharacter: Bool)?]

    static let shared = FoldingTable()

    private init() {
        folded = Self.range.map { value in
            guard let scalar = Unicode.Scalar(value), scalar.properties.canonicalCombiningClass == .notReordered,
                  !scalar.properties.isGraphemeExtend else { return nil }
            let text = PhraseMatcher.fold(String(scalar))
            return (Array(text.utf8), !text.isEmpty && text.allSatisfy { $0.isLetter || $0.isNumber })
        }
    }

    /// The words of `text`, or nil when it holds a character outside ASCII and the block (or a
    /// combining mark).
    func words(_ text: String) -> FoldedWords? {
        var words = FoldedWords()
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                switch value {
                case 0x61...0x7A, 0x30...0x39: words.append(UInt8(value))
                case 0x41...0x5A: words.append(UInt8(value + 32))
                case 0x2A, 0x5F: continue
                default: words.endWord()
                }
            } else if Self.range.contains(value) {
                guard let entry = folded[Int(value - Self.range.lowerBound)] else { return nil }
                if entry.isWordCharacter {
                    for byte in entry.bytes { words.append(byte) }
                } else {
                    words.endWord()
                }
            } else {
                return nil
            }
        }
        words.endWord()
        return words
    }
}
