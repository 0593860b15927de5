/// Finds which of many phrases stand in a text as whole words, in one pass over the text's words.
///
/// The confidentiality rules look for every protected name and summary in every public text; a search
/// per pair grows with the product of the two, which a library of thousands of findings cannot afford.
/// Phrases are indexed by a hash of their first three words (fewer for a shorter phrase), so each word
/// of a text costs a few look-ups whatever the number of phrases, and only phrases that share three
/// first words are compared word by word. A bit filter in front of the index answers most look-ups
/// from a small block of memory, so a library ten times larger does not pay ten times more cache
/// misses per word.
struct PhraseMatcher {
    private let phrases: [FoldedWords]
    /// Phrases of one word, of two, and of three or more, by the hash of their first (up to) three words.
    private var byWords: [WordTable<[Int]>] = [WordTable(), WordTable(), WordTable()]
    /// One bit per key, set when some phrase has the key: most text words have none.
    private var filter: [UInt64]
    private let filterMask: UInt64

    /// `phrases` as `TextFolder.words(_:)` splits them; empty ones are never found.
    init(_ phrases: [FoldedWords]) {
        self.phrases = phrases
        var bits = 1 << 12
        while bits < phrases.count * 16 { bits <<= 1 }
        filter = Array(repeating: 0, count: bits / 64)
        filterMask = UInt64(bits - 1)
        for (index, phrase) in phrases.enumerated() where !phrase.isEmpty {
            let length = min(phrase.count, 3)
            let key = Self.key(phrase.hashes, at: 0, length: length)
            byWords[length - 1].update(key, default: []) { $0.append(index) }
            let bit = key & filterMask
            filter[Int(bit >> 6)] |= 1 << (bit & 63)
        }
    }

    /// The words' hashes from `start`, `length` of them (1 to 3), as one key.
    private static func key(_ hashes: [UInt64], at start: Int, length: Int) -> UInt64 {
        var key = hashes[start]
        for offset in 1..<max(length, 1) {
            key = adding(hashes[start + offset], to: key)
        }
        return key
    }

    /// `key` with the hash of one more word.
    @inline(__always) private static func adding(_ hash: UInt64, to key: UInt64) -> UInt64 {
        (key &* 0x9E37_79B9_7F4A_7C15).rotated() ^ hash
    }

    /// The indices of the phrases found in `words`, ascending, each once. The index is by hash; a
    /// phrase counts as found only when its words are the text's, byte for byte.
    func find(in words: FoldedWords) -> [Int] {
        var found: [Int] = []
        let hashes = words.hashes
        for start in hashes.indices {
            var key: UInt64 = 0
            for length in 1...min(3, hashes.endIndex - start) {
                // `key(_:at:length:)`, one word longer each time.
                key = length == 1 ? hashes[start] : Self.adding(hashes[start + length - 1], to: key)
                let bit = key & filterMask
                guard filter[Int(bit >> 6)] & (1 << (bit & 63)) != 0, let candidates = byWords[length - 1][key]
                else { continue }
                for index in candidates {
                    let phrase = phrases[index]
                    if start + phrase.count <= hashes.endIndex
                        && (0..<phrase.count).allSatisfy({ words.sameWord(start + $0, as: phrase, $0) }) {
                        found.append(index)
                    }
                }
            }
        }
        return found.isEmpty ? [] : Array(Set(found)).sorted()
    }
}

private extension UInt64 {
    func rotated() -> UInt64 { (self << 27) | (self >> 37) }
}
