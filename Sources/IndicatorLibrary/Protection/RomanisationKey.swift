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
    /// The key of `letters`, in place of what `output` held: a buffer the caller keeps, so that a word
    /// costs no allocation.
    static func key(of letters: UnsafeBufferPointer<UInt8>, into output: inout ByteBuffer) {
        output.removeAll()
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
                emit(UInt8(ascii: "s"), &output); emit(UInt8(ascii: "h"), &output); index += 4
            case UInt8(ascii: "s") where next == UInt8(ascii: "c") && at(2) == UInt8(ascii: "h"):
                emit(UInt8(ascii: "s"), &output); emit(UInt8(ascii: "h"), &output); index += 3
            case UInt8(ascii: "d") where next == UInt8(ascii: "z") && at(2) == UInt8(ascii: "h"):
                emit(UInt8(ascii: "j"), &output); index += 3
            case UInt8(ascii: "d") where next == UInt8(ascii: "j"):
                emit(UInt8(ascii: "j"), &output); index += 2
            case UInt8(ascii: "z") where next == UInt8(ascii: "h"):
                emit(UInt8(ascii: "j"), &output); index += 2
            case UInt8(ascii: "k") where next == UInt8(ascii: "h"):
                emit(UInt8(ascii: "h"), &output); index += 2
            case UInt8(ascii: "t") where next == UInt8(ascii: "s") || next == UInt8(ascii: "c") || next == UInt8(ascii: "z"):
                emit(UInt8(ascii: "c"), &output); index += 2
            case UInt8(ascii: "c") where next == UInt8(ascii: "k"):
                emit(UInt8(ascii: "k"), &output); index += 2
            case UInt8(ascii: "p") where next == UInt8(ascii: "h"):
                emit(UInt8(ascii: "f"), &output); index += 2
            case UInt8(ascii: "g") where next == UInt8(ascii: "h"):
                emit(UInt8(ascii: "g"), &output); index += 2
            case UInt8(ascii: "r") where next == UInt8(ascii: "n"):
                emit(UInt8(ascii: "m"), &output); index += 2
            case UInt8(ascii: "o") where next == UInt8(ascii: "u"):
                emit(UInt8(ascii: "u"), &output); index += 2
            case UInt8(ascii: "q"):
                emit(UInt8(ascii: "k"), &output); index += 1
            case UInt8(ascii: "w"):
                emit(UInt8(ascii: "v"), &output); index += 1
            case UInt8(ascii: "x"):
                emit(UInt8(ascii: "k"), &output); emit(UInt8(ascii: "s"), &output); index += 1
            case UInt8(ascii: "y"):
                emit(UInt8(ascii: "i"), &output); index += 1
            default:
                emit(byte, &output); index += 1
            }
        }
    }

    /// Every letter of the key goes through here, which merges doubled letters and drops an `i`
    /// before a vowel.
    @inline(__always) private static func emit(_ byte: UInt8, _ output: inout ByteBuffer) {
        let last = output.last
        if last == byte { return }
        if last == UInt8(ascii: "i"), isVowel(byte) {
            output.removeLast()
            if output.last == byte { return }
        }
        output.append(byte)
    }

    @inline(__always) private static func isVowel(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "a") || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "o") || byte == UInt8(ascii: "u")
    }
}
