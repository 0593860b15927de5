/// One key for the usual Latin spellings of a Russian or Kazakh name.
///
/// The same passport name is written `Yelshimbayev`, `Elshimbayev` and `Elshimbaev`; `Dmitriy`,
/// `Dmitry` and `Dmitrii`; `Natalya` and `Natalia`; `Zhanna` and `Janna`. The key keeps a word's
/// consonant skeleton and reduces what the romanisations (BGN/PCGN, ICAO, the press) write
/// differently:
/// - `shch` and `sch` are `sh`; `zh`, `dzh` and `dj` are `j`; `kh` is `h`; `ts`, `tc` and `tz` are
///   `c`; `ck` and `q` are `k`; `ph` is `f`; `gh` is `g`; `ou` is `u`; `w` is `v`; `x` is `ks`;
/// - `y` is `i`, and an `i` before another vowel is dropped (`ya`, `ia` → `a`; `ye`, `ie` → `e`);
/// - `rn` is `m`, which it looks like;
/// - a doubled letter is one.
///
/// Both sides of every comparison go through the key, so it only has to be the same for spellings of
/// one name, never readable. Bytes outside ASCII pass unchanged.
enum RomanisationKey {
    /// Appends the key of `letters` to `words` as one word; `scratch` is working space, kept by the
    /// caller so that a word costs no allocation.
    static func append(_ letters: [UInt8], to words: inout FoldedWords, scratch: inout [UInt8]) {
        var output = KeyBuffer(bytes: [])
        swap(&output.bytes, &scratch)
        output.bytes.removeAll(keepingCapacity: true)
        defer { swap(&output.bytes, &scratch) }
        let count = letters.count
        var index = 0
        @inline(__always) func at(_ offset: Int) -> UInt8 {
            index + offset < count ? letters[index + offset] : 0
        }
        while index < count {
            let byte = letters[index]
            let next = at(1)
            switch byte {
            case UInt8(ascii: "s") where next == UInt8(ascii: "h") && at(2) == UInt8(ascii: "c") && at(3) == UInt8(ascii: "h"):
                output.emit(UInt8(ascii: "s")); output.emit(UInt8(ascii: "h")); index += 4
            case UInt8(ascii: "s") where next == UInt8(ascii: "c") && at(2) == UInt8(ascii: "h"):
                output.emit(UInt8(ascii: "s")); output.emit(UInt8(ascii: "h")); index += 3
            case UInt8(ascii: "d") where next == UInt8(ascii: "z") && at(2) == UInt8(ascii: "h"):
                output.emit(UInt8(ascii: "j")); index += 3
            case UInt8(ascii: "d") where next == UInt8(ascii: "j"):
                output.emit(UInt8(ascii: "j")); index += 2
            case UInt8(ascii: "z") where next == UInt8(ascii: "h"):
                output.emit(UInt8(ascii: "j")); index += 2
            case UInt8(ascii: "k") where next == UInt8(ascii: "h"):
                output.emit(UInt8(ascii: "h")); index += 2
            case UInt8(ascii: "t") where next == UInt8(ascii: "s") || next == UInt8(ascii: "c") || next == UInt8(ascii: "z"):
                output.emit(UInt8(ascii: "c")); index += 2
            case UInt8(ascii: "c") where next == UInt8(ascii: "k"):
                output.emit(UInt8(ascii: "k")); index += 2
            case UInt8(ascii: "p") where next == UInt8(ascii: "h"):
                output.emit(UInt8(ascii: "f")); index += 2
            case UInt8(ascii: "g") where next == UInt8(ascii: "h"):
                output.emit(UInt8(ascii: "g")); index += 2
            case UInt8(ascii: "r") where next == UInt8(ascii: "n"):
                output.emit(UInt8(ascii: "m")); index += 2
            case UInt8(ascii: "o") where next == UInt8(ascii: "u"):
                output.emit(UInt8(ascii: "u")); index += 2
            case UInt8(ascii: "q"):
                output.emit(UInt8(ascii: "k")); index += 1
            case UInt8(ascii: "w"):
                output.emit(UInt8(ascii: "v")); index += 1
            case UInt8(ascii: "x"):
                output.emit(UInt8(ascii: "k")); output.emit(UInt8(ascii: "s")); index += 1
            case UInt8(ascii: "y"):
                output.emit(UInt8(ascii: "i")); index += 1
            default:
                output.emit(byte); index += 1
            }
        }
        output.write(to: &words)
    }

    /// The key as it is made: every letter goes through `emit`, which merges doubled letters and
    /// drops an `i` before a vowel.
    private struct KeyBuffer {
        var bytes: [UInt8]

        mutating func emit(_ byte: UInt8) {
            if bytes.last == byte { return }
            if Self.isVowel(byte), bytes.last == UInt8(ascii: "i") {
                bytes.removeLast()
                if bytes.last == byte { return }
            }
            bytes.append(byte)
        }

        static func isVowel(_ byte: UInt8) -> Bool {
            byte == UInt8(ascii: "a") || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "o") || byte == UInt8(ascii: "u")
        }

        func write(to words: inout FoldedWords) {
            for byte in bytes { words.append(byte) }
            words.endWord()
        }
    }
}
