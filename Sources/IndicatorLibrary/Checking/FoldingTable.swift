/// `PhraseMatcher.fold` worked out once per character for the Cyrillic block (U+0400–U+04FF), so
/// that Russian, Kazakh or Kyrgyz text is split into folded words without a call into Foundation per
/// text. Within that block and ASCII, folding is per character: no two of these characters compose
/// (composition needs combining marks, which send a text to the full fold), so folding a text is
/// folding each character. A test compares the table with the full fold for every character.
struct FoldingTable {
    static let range: ClosedRange<UInt32> = 0x400...0x4FF

    /// Per character of the block: where its folded bytes lie in `bytes` (nil for the combining
    /// marks, U+0483–U+0489, which may compose with the letter before them) and whether it belongs to
    /// a word. Flat arrays of plain values, so that a look-up retains nothing.
    private let entries: [(start: Int32, end: Int32, isWordCharacter: Bool)?]
    private let bytes: [UInt8]

    static let shared = FoldingTable()

    private init() {
        var bytes: [UInt8] = []
        entries = Self.range.map { value in
            guard let scalar = Unicode.Scalar(value), scalar.properties.canonicalCombiningClass == .notReordered,
                  !scalar.properties.isGraphemeExtend else { return nil }
            let text = PhraseMatcher.fold(String(scalar))
            let start = Int32(bytes.count)
            bytes.append(contentsOf: text.utf8)
            return (start, Int32(bytes.count), !text.isEmpty && text.allSatisfy { $0.isLetter || $0.isNumber })
        }
        self.bytes = bytes
    }

    /// The words of `text`, or nil when it holds a character outside ASCII and the block (or a
    /// combining mark).
    func words(_ text: String) -> FoldedWords? {
        var words = FoldedWords()
        var text = text
        let complete = text.withUTF8 { utf8 -> Bool in
            var index = 0
            while index < utf8.count {
                let byte = utf8[index]
                if byte < 0x80 {
                    switch byte {
                    case 0x61...0x7A, 0x30...0x39: words.append(byte)
                    case 0x41...0x5A: words.append(byte + 32)
                    case 0x2A, 0x5F: break
                    default: words.endWord()
                    }
                    index += 1
                } else if (0xD0...0xD3).contains(byte), index + 1 < utf8.count {
                    // Two bytes: U+0400–U+04FF.
                    let value = (UInt32(byte & 0x1F) << 6) | UInt32(utf8[index + 1] & 0x3F)
                    guard let entry = entries[Int(value - Self.range.lowerBound)] else { return false }
                    if entry.isWordCharacter {
                        for position in Int(entry.start)..<Int(entry.end) { words.append(bytes[position]) }
                    } else {
                        words.endWord()
                    }
                    index += 2
                } else {
                    return false
                }
            }
            return true
        }
        guard complete else { return nil }
        words.endWord()
        return words
    }
}
