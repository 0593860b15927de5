/// A text's words as the confidentiality rules compare them, folded, in one buffer of UTF-8 bytes,
/// each word with a hash of its bytes made while it was written.
///
/// The rules look up every word of every public text: as `String`s, each look-up hashed the word
/// through Unicode normalisation (Cyrillic is not ASCII), and that was most of `check`'s time on a
/// large library. Folded words are already normalised, so their bytes can be compared as they are.
struct FoldedWords: Sendable {
    private(set) var bytes: [UInt8] = []
    /// One per word: `FNV1a` of its bytes.
    private(set) var hashes: [UInt64] = []
    /// One per word: whether punctuation (not just white space or a hyphen) stands before it, so that
    /// the words of two names in a list ("Aigerim Ismailova, Daniyar Nazarov") are not read as one.
    private(set) var breaks: [Bool] = []
    /// One per word: where it ends in `bytes`; it starts where the one before ends.
    private var ends: [Int] = []
    private var hash = FNV1a.offsetBasis
    private var wordStart = 0

    init() {}

    /// One word of the bytes given, already folded.
    init<Bytes: Sequence<UInt8>>(bytes: Bytes) {
        for byte in bytes { append(byte) }
        endWord()
    }

    /// Empties the words, keeping the memory for the next text.
    mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
        hashes.removeAll(keepingCapacity: true)
        breaks.removeAll(keepingCapacity: true)
        ends.removeAll(keepingCapacity: true)
        hash = FNV1a.offsetBasis
        wordStart = 0
    }

    /// Appends one whole word, whose `FNV1a` hash is `hash`; `afterBreak` when punctuation stands
    /// before it.
    mutating func appendWord(_ word: UnsafeBufferPointer<UInt8>, hash: UInt64, afterBreak: Bool) {
        guard !word.isEmpty else { return }
        bytes.append(contentsOf: word)
        hashes.append(hash)
        breaks.append(afterBreak)
        ends.append(bytes.count)
        self.hash = FNV1a.offsetBasis
        wordStart = bytes.count
    }

    var count: Int { hashes.count }
    var isEmpty: Bool { hashes.isEmpty }

    func word(_ index: Int) -> ArraySlice<UInt8> {
        bytes[(index == 0 ? 0 : ends[index - 1])..<ends[index]]
    }

    /// The words as strings, for messages and tests.
    var strings: [String] {
        (0..<count).map { String(decoding: word($0), as: UTF8.self) }
    }

    /// Whether the word at `index` is the word at `otherIndex` of `other`, byte for byte.
    func sameWord(_ index: Int, as other: FoldedWords, _ otherIndex: Int) -> Bool {
        hashes[index] == other.hashes[otherIndex] && word(index) == other.word(otherIndex)
    }

    mutating func append(_ byte: UInt8) {
        bytes.append(byte)
        hash = FNV1a.adding(byte, to: hash)
    }

    /// Ends the word being written, if any.
    mutating func endWord() {
        guard bytes.count > wordStart else { return }
        hashes.append(hash)
        breaks.append(false)
        ends.append(bytes.count)
        hash = FNV1a.offsetBasis
        wordStart = bytes.count
    }
}
