import Foundation

/// Splits a text into the words the confidentiality rules and the output scan compare: every spelling
/// of a name that a reader would take for the name folds to the same words.
///
/// Per character, before any word is compared:
/// - case, accents and other marks, Unicode compatibility forms (NFKC: full-width letters, ligatures,
///   mathematical letters) and invisible characters (format characters, fillers such as U+3164, every
///   default-ignorable code point) do not count;
/// - `*`, `_`, `\`, backquotes and the primes of romanisations join what stands around them, so that Markdown emphasis
///   or an escape inside a name does not split it (`Erz*han`); each side of a joined name is found as
///   the name's words run together (`Erzhan_Elshimbayev`);
/// - a letter that looks like an ASCII letter or digit is that letter (Unicode's confusables, UTS #39:
///   a Cyrillic `а` or a Greek `Ε` in a Latin word, `1` for `l`, a dotless `ı`);
/// - a word written wholly in Cyrillic is transliterated to Latin (`Transliteration`), so that
///   `Ержан Елшимбаев` is `Erzhan Elshimbayev`; Cyrillic letters inside a Latin word are taken for the
///   Latin letters they look like instead.
///
/// Then each word is reduced to its `RomanisationKey`, which makes the usual romanisations of one
/// Russian or Kazakh name (BGN/PCGN, ICAO passports, the spellings of the press) one key.
///
/// One folder serves one run: it remembers how it folded each character outside ASCII, so that a large
/// library pays for Foundation's Unicode tables once per character, not once per occurrence, and how it
/// folded each word (`KnownWords`), since a word folds from its own characters alone.
final class TextFolder {
    /// How one character folds.
    struct Entry {
        /// A separator is white space or a hyphen; a break is any other punctuation.
        enum Kind: UInt8 {
            case separator, breaking, joiner, letters

            /// Whether the character ends the word before it.
            var endsWord: Bool { self == .separator || self == .breaking }
        }
        let kind: Kind
        /// Whether the character is Cyrillic: its two forms below may differ.
        let isCyrillic: Bool
        /// Its letters in `pool`: as part of a Cyrillic word (transliterated), and as part of a Latin
        /// word (what it looks like). The same range for every other character.
        let transliterated: Range<Int32>
        let lookalike: Range<Int32>

        static let separator = Entry(kind: .separator, isCyrillic: false, transliterated: 0..<0, lookalike: 0..<0)
        static let breaking = Entry(kind: .breaking, isCyrillic: false, transliterated: 0..<0, lookalike: 0..<0)
        static let joiner = Entry(kind: .joiner, isCyrillic: false, transliterated: 0..<0, lookalike: 0..<0)
    }

    /// How each character met so far folds.
    private struct Entries {
        var pool: [UInt8] = []
        /// U+0080 to U+07FF (two UTF-8 bytes: Latin, Greek, Cyrillic), filled as met.
        var twoByte: [Entry?] = []
        var others: [UInt32: Entry] = [:]

        mutating func entry(_ value: UInt32) -> Entry {
            if value < 0x800 {
                if twoByte.isEmpty { twoByte = Array(repeating: nil, count: 0x800 - 0x80) }
                if let entry = twoByte[Int(value) - 0x80] { return entry }
                let entry = resolve(value)
                twoByte[Int(value) - 0x80] = entry
                return entry
            }
            if let entry = others[value] { return entry }
            let entry = resolve(value)
            others[value] = entry
            return entry
        }

        private mutating func resolve(_ value: UInt32) -> Entry {
            guard let scalar = Unicode.Scalar(value) else { return .separator }
            let properties = scalar.properties
            if TextFolder.joiners.contains(value) || properties.isDefaultIgnorableCodePoint { return .joiner }
            switch properties.generalCategory {
            case .format, .nonspacingMark, .enclosingMark, .spacingMark: return .joiner
            default: break
            }
            if Transliteration.isCyrillic(value) {
                let base = TextFolder.stripped(String(scalar).lowercased())
                let latin = base.unicodeScalars.map { Transliteration.latin($0) ?? String($0) }.joined()
                let lookalike = ConfusablesTable.prototype(of: value) ?? latin
                return letters(latin, lookalike, isCyrillic: true)
            }
            var folded = ""
            for part in String(scalar).precomposedStringWithCompatibilityMapping.unicodeScalars {
                if let prototype = ConfusablesTable.prototype(of: part.value) {
                    folded += prototype
                    continue
                }
                let lower = String(part).lowercased()
                if let special = Transliteration.latinSpecial(lower) {
                    folded += special
                } else {
                    folded += TextFolder.stripped(lower)
                }
            }
            var ascii = ""
            for part in folded.unicodeScalars {
                switch part.value {
                case 0x30: ascii += "o"
                case 0x31, 0x7C: ascii += "l"
                default:
                    if part.properties.isAlphabetic || part.properties.numericType != nil {
                        ascii.unicodeScalars.append(part)
                    }
                }
            }
            if ascii.isEmpty {
                if folded.isEmpty { return .joiner }
                switch properties.generalCategory {
                case .spaceSeparator, .lineSeparator, .paragraphSeparator, .dashPunctuation, .control: return .separator
                default: return .breaking
                }
            }
            return letters(ascii, ascii, isCyrillic: false)
        }

        private mutating func letters(_ transliterated: String, _ lookalike: String, isCyrillic: Bool) -> Entry {
            let first = Int32(pool.count)
            pool.append(contentsOf: transliterated.utf8)
            let middle = Int32(pool.count)
            if lookalike == transliterated {
                return Entry(kind: .letters, isCyrillic: isCyrillic, transliterated: first..<middle, lookalike: first..<middle)
            }
            pool.append(contentsOf: lookalike.utf8)
            return Entry(kind: .letters, isCyrillic: isCyrillic, transliterated: first..<middle,
                         lookalike: middle..<Int32(pool.count))
        }
    }

    private var entries = Entries()
    private var known = KnownWords()
    /// Working space of `words`, kept between texts so that a text costs no allocation.
    private var scratch = Pass()

    init() {}

    /// The words of `text`, folded and keyed.
    func words(_ text: String) -> FoldedWords {
        var folded = FoldedWords()
        words(text, into: &folded)
        return folded
    }

    /// The words of `text`, folded and keyed, in place of what `words` held (its memory is reused).
    func words(_ text: String, into words: inout FoldedWords) {
        words.removeAll()
        // The working space and the tables are moved out of the folder while the text is read, and put
        // back: the loop over every character then works on local values, with no retain and no
        // exclusivity check of a class's property per character.
        var pass = scratch
        pass.broken = false
        var known = known
        var entries = Entries()
        swap(&entries, &self.entries)
        defer {
            scratch = pass
            self.known = known
            swap(&entries, &self.entries)
        }
        var text = text
        text.withUTF8 { utf8 in
            Self.asciiKinds.withUnsafeBufferPointer { asciiKinds in
                Self.fold(utf8, asciiKinds: asciiKinds, pass: &pass, entries: &entries, known: &known, into: &words)
            }
        }
    }

    /// How each ASCII character folds, by its code (a digit is a letter), for the scan of a word's end.
    private static let asciiKinds: [Entry.Kind] = (0..<0x80).map { (byte: UInt8) -> Entry.Kind in
        switch byte {
        case 0x61...0x7A, 0x41...0x5A, 0x30...0x39, 0x7C: .letters
        case 0x2A, 0x5F, 0x5C, 0x60: .joiner  // * _ \ `
        case 0x20, 0x09, 0x0A, 0x0D, 0x2D, 0x27: .separator  // white space, - and '
        default: .breaking
        }
    }

    /// The loop over every character of a text, on values passed in place: no class property, no
    /// captured variable, so no exclusivity check at run time per character.
    ///
    /// It finds each word as written (what stands between two separators or breaks), and folds it as
    /// a whole: a word is folded from its own characters only, so one met before is taken from
    /// `known`.
    private static func fold(_ utf8: UnsafeBufferPointer<UInt8>, asciiKinds: UnsafeBufferPointer<Entry.Kind>,
                             pass: inout Pass, entries: inout Entries, known: inout KnownWords,
                             into words: inout FoldedWords) {
        var index = 0
        let count = utf8.count
        while index < count {
            let start = index
            var end = Entry.Kind.letters
            var endLength = 0
            scan: while index < count {
                let byte = utf8[index]
                if byte < 0x80 {
                    let kind = asciiKinds[Int(byte)]
                    if !kind.endsWord {
                        index += 1
                        continue scan
                    }
                    end = kind
                    endLength = 1
                    break scan
                }
                let (value, length) = scalar(at: index, in: utf8)
                let kind = entries.entry(value).kind
                if kind.endsWord {
                    end = kind
                    endLength = length
                    break scan
                }
                index += length
            }
            if index > start {
                pass.word(UnsafeBufferPointer(rebasing: utf8[start..<index]), entries: &entries, known: &known,
                          into: &words)
            }
            if end == .breaking { pass.broken = true }
            index += endLength
        }
    }

    /// The scalar that starts at `index` of valid UTF-8 (a String's bytes are), and its length.
    @inline(__always) static func scalar(at index: Int, in utf8: UnsafeBufferPointer<UInt8>) -> (UInt32, Int) {
        let byte = utf8[index]
        if byte < 0x80 { return (UInt32(byte), 1) }
        if byte < 0xE0 {
            return ((UInt32(byte & 0x1F) << 6) | UInt32(utf8[index + 1] & 0x3F), 2)
        }
        if byte < 0xF0 {
            return ((UInt32(byte & 0x0F) << 12) | (UInt32(utf8[index + 1] & 0x3F) << 6)
                | UInt32(utf8[index + 2] & 0x3F), 3)
        }
        return ((UInt32(byte & 0x07) << 18) | (UInt32(utf8[index + 1] & 0x3F) << 12)
            | (UInt32(utf8[index + 2] & 0x3F) << 6) | UInt32(utf8[index + 3] & 0x3F), 4)
    }

    /// A word being folded: its letters as transliterated, and, once a Cyrillic letter joins others
    /// in it, as the look-alikes they are. A struct worked on in place, so that the loop over every
    /// character pays no exclusivity check on a class's properties.
    private struct Pass {
        var transliterated = ByteBuffer()
        var lookalike = ByteBuffer()
        var key = ByteBuffer()
        var hasCyrillic = false
        var hasOther = false
        /// Punctuation stood since the last word ended: the next word starts after a break.
        var broken = false

        /// Appends the word written as `written` (no separator or break in it) to `words`, folded.
        mutating func word(_ written: UnsafeBufferPointer<UInt8>, entries: inout Entries, known: inout KnownWords,
                           into words: inout FoldedWords) {
            let hash = KnownWords.hash(written)
            if let slot = known.find(written, hash: hash) {
                if slot.isWord {
                    words.appendWord(known.key(slot), hash: slot.keyHash, afterBreak: broken)
                    broken = false
                }
                return
            }
            let isWord = fold(written, entries: &entries)
            let keyHash = FNV1a.hash(key.bytes)
            known.insert(written, hash: hash, key: key.bytes, keyHash: keyHash, isWord: isWord)
            if isWord {
                words.appendWord(key.bytes, hash: keyHash, afterBreak: broken)
                broken = false
            }
        }

        /// Folds one word, letter by letter, into `key`; false when its letters fold to nothing
        /// (`Ь`, `Ъ`).
        ///
        /// A Cyrillic word is read in transliteration; a word that mixes Cyrillic with other letters
        /// is a Latin word with look-alikes in it.
        private mutating func fold(_ written: UnsafeBufferPointer<UInt8>, entries: inout Entries) -> Bool {
            transliterated.removeAll()
            lookalike.removeAll()
            key.removeAll()
            hasCyrillic = false
            hasOther = false
            var index = 0
            while index < written.count {
                let (value, length) = TextFolder.scalar(at: index, in: written)
                index += length
                switch value {
                case 0x61...0x7A: appendLatin(UInt8(value))
                case 0x41...0x5A: appendLatin(UInt8(value) + 32)
                case 0x30: appendNeutral(0x6F)  // 0 looks like o
                case 0x31, 0x7C: appendNeutral(0x6C)  // 1 and | look like l
                case 0x32...0x39: appendNeutral(UInt8(value))
                case 0..<0x80: break  // * _ \ ` join
                default:
                    let entry = entries.entry(value)
                    if entry.kind == .letters { entries.pool.withUnsafeBufferPointer { append(entry, from: $0) } }
                }
            }
            guard !transliterated.isEmpty else { return false }
            RomanisationKey.key(of: hasCyrillic && hasOther ? lookalike.bytes : transliterated.bytes, into: &key)
            return true
        }

        /// A Latin letter: the same in both forms.
        @inline(__always) private mutating func appendLatin(_ byte: UInt8) {
            transliterated.append(byte)
            if hasCyrillic { lookalike.append(byte) }
            hasOther = true
        }

        /// A digit: a letter of either script's word.
        @inline(__always) private mutating func appendNeutral(_ byte: UInt8) {
            transliterated.append(byte)
            if hasCyrillic { lookalike.append(byte) }
        }

        private mutating func append(_ entry: Entry, from pool: UnsafeBufferPointer<UInt8>) {
            if entry.isCyrillic && !hasCyrillic {
                // Until now both forms were the same.
                lookalike.removeAll()
                lookalike.append(transliterated.bytes)
                hasCyrillic = true
            }
            transliterated.append(UnsafeBufferPointer(rebasing: pool[Int(entry.transliterated.lowerBound)..<Int(entry.transliterated.upperBound)]))
            if hasCyrillic {
                lookalike.append(UnsafeBufferPointer(rebasing: pool[Int(entry.lookalike.lowerBound)..<Int(entry.lookalike.upperBound)]))
            }
            if !entry.isCyrillic { hasOther = true }
        }

        func free() {
            transliterated.free()
            lookalike.free()
            key.free()
        }
    }

    deinit {
        scratch.free()
        known.free()
    }

    /// Characters that join rather than separate, beyond ASCII's: the modifier letters and primes that
    /// romanisations write for the soft and hard signs (`Olʹga`, `Olʼga`). The apostrophes `'` and `’`
    /// separate, since they end a possessive far more often (`Elshimbayev's case`).
    static let joiners: Set<UInt32> = [0x02BC, 0x02B9, 0x02BA, 0x00B4, 0x02BB, 0x2032, 0x2033]

    /// Without its marks (canonical decomposition, combining marks dropped).
    static func stripped(_ text: String) -> String {
        String(String.UnicodeScalarView(text.decomposedStringWithCanonicalMapping.unicodeScalars.filter {
            $0.properties.canonicalCombiningClass == .notReordered && !$0.properties.isGraphemeExtend
        }))
    }
}

extension ConfusablesTable {
    /// The ASCII that `value` looks like, if it looks like any.
    static func prototype(of value: UInt32) -> String? {
        var low = 0
        var high = scalars.count
        while low < high {
            let middle = (low + high) / 2
            if scalars[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low < scalars.count && scalars[low] == value ? prototypes[low] : nil
    }
}
