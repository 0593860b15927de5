import Foundation

/// Finds which of many phrases stand in a text as whole words, in one pass over the text's words.
///
/// The confidentiality rules look for every protected name and summary in every public text; a search
/// per pair grows with the product of the two, which a library of thousands of findings cannot afford.
/// Phrases are indexed by their first two words (one, for a one-word phrase), so each word of a text
/// costs a look-up or two whatever the number of phrases.
struct PhraseMatcher {
    private let phrases: [FoldedWords]

    /// The phrases starting with a word: those of one word, and the longer ones by their second word.
    private struct Entry {
        var single: [Int] = []
        var bySecond = WordTable<[Int]>()
    }

    /// By the hash of the first word.
    private var byFirst = WordTable<Entry>()

    /// `phrases` as `words(_:)` splits them; empty ones are never found.
    init(_ phrases: [FoldedWords]) {
        self.phrases = phrases
        for (index, phrase) in phrases.enumerated() where !phrase.isEmpty {
            if phrase.count == 1 {
                byFirst.update(phrase.hashes[0], default: Entry()) { $0.single.append(index) }
            } else {
                byFirst.update(phrase.hashes[0], default: Entry()) { entry in
                    entry.bySecond.update(phrase.hashes[1], default: []) { $0.append(index) }
                }
            }
        }
    }

    /// The indices of the phrases found in `words`, ascending, each once. The index is by hash; a
    /// phrase counts as found only when its words are the text's, byte for byte.
    func find(in words: FoldedWords) -> [Int] {
        var found: [Int] = []
        let hashes = words.hashes
        for start in hashes.indices {
            guard let entry = byFirst[hashes[start]] else { continue }
            for index in entry.single where words.sameWord(start, as: phrases[index], 0) {
                found.append(index)
            }
            guard start + 1 < hashes.endIndex, let candidates = entry.bySecond[hashes[start + 1]] else { continue }
            for index in candidates {
                let phrase = phrases[index]
                if start + phrase.count <= hashes.endIndex
                    && (0..<phrase.count).allSatisfy({ words.sameWord(start + $0, as: phrase, $0) }) {
                    found.append(index)
                }
            }
        }
        return found.isEmpty ? [] : Array(Set(found)).sorted()
    }

    /// The words of a text as the rules compare them: folded (case, accents, normalisation, invisible
    /// characters), split at everything that is not a letter or a digit.
    static func words(_ text: String) -> FoldedWords {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return asciiWords(text) }
        if let words = FoldingTable.shared.words(text) { return words }
        return FoldedWords(foldedWords(text))
    }

    /// `words(_:)` the long way, through `fold`, for any text: what the fast ways must agree with.
    static func foldedWords(_ text: String) -> [String] {
        fold(text).split { !($0.isLetter || $0.isNumber) }.map(String.init)
    }

    /// Case, accents, Unicode normalisation, Markdown emphasis, invisible characters and line breaks do
    /// not hide a name: "**Erlan\n  BALTA\u{AD}BAI**" still names Erlan Baltabai, and so does "Пётр"
    /// typed as "Петр" or with a decomposed "й". Compatibility forms (full-width letters, ligatures) are
    /// mapped to their plain letters first.
    static func fold(_ text: String) -> String {
        let visible = String(String.UnicodeScalarView(text.unicodeScalars.filter {
            $0.properties.generalCategory != .format && $0 != "*" && $0 != "_"
        }))
        let folded = visible.precomposedStringWithCompatibilityMapping
            .folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        return folded.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// The same for plain ASCII, most of the library's text, without Unicode's tables: lower case,
    /// split at anything but letters and digits, with Markdown's `*` and `_` dropped as `fold` drops them.
    private static func asciiWords(_ text: String) -> FoldedWords {
        var words = FoldedWords()
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): words.append(byte)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): words.append(byte + 32)
            case UInt8(ascii: "*"), UInt8(ascii: "_"): continue
            default: words.endWord()
            }
        }
        words.endWord()
        return words
    }
}
