import Testing
@testable import IndicatorLibrary

/// A folder remembers the words it has folded (`KnownWords`), by their bytes as written: what it
/// remembers must be exactly what folding them again gives, or a name could be missed.
@Suite struct KnownWordsTests {
    static func words(_ text: String, _ folder: TextFolder = TextFolder()) -> [String] {
        folder.words(text).strings
    }

    /// Each of these is folded by a fresh folder, then again by one that has met it before.
    static let texts = [
        "Release Erzhan Elshimbayev.",
        "Release \u{0415}\u{0440}\u{0436}\u{0430}\u{043D} \u{0415}\u{043B}\u{0448}\u{0438}\u{043C}\u{0431}\u{0430}\u{0435}\u{0432}.",
        "Erzh\u{0430}n Erz*han Erz\u{3164}han Elshim\u{00AD}bayev Ｅｒｚｈａｎ",
        "\u{042C} Erzhan \u{042C}, Erzhan \u{042A}\u{042C}",
        "ERZHAN erzhan Erzhan_Elshimbayev E1shimbayev",
    ]

    @Test(arguments: texts)
    func aWordMetAgainFoldsAsItDidTheFirstTime(text: String) {
        let folder = TextFolder()
        let first = folder.words(text)
        let again = folder.words(text + " " + text)
        #expect(again.strings == first.strings + first.strings)
        #expect(Self.words(text) == first.strings)
    }

    /// The table holds a bounded number of words and starts again empty when full: a folder that has
    /// met many more words than that folds as a fresh one does.
    @Test func aFolderThatHasMetManyWordsFoldsAsAFreshOne() {
        let folder = TextFolder()
        let many = (0..<40_000).map { "w\($0)x \u{0436}\($0)" }.joined(separator: " ")
        #expect(folder.words(many).count == 80_000)
        for text in Self.texts {
            #expect(folder.words(text).strings == Self.words(text), "\(text)")
        }
    }

    /// A word longer than the table keeps is folded each time, the same way.
    @Test func aLongWordIsFoldedEachTime() {
        let long = String(repeating: "Elshimbayev", count: 8)
        #expect(long.utf8.count > KnownWords.longestWord)
        let folder = TextFolder()
        #expect(folder.words(long).strings == folder.words(long).strings)
        #expect(folder.words(long + " Erzhan").strings == [Self.words(long)[0], "erjan"])
    }

    /// Words with the same hash are told apart by their bytes.
    @Test func aWordIsFoundByItsBytesNotItsHash() {
        var known = KnownWords()
        defer { known.free() }
        func buffer(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
            var text = text
            text.withUTF8(body)
        }
        buffer("erzhan") { written in
            buffer("erjan") { key in known.insert(written, hash: 7, key: key, keyHash: 1, isWord: true) }
        }
        buffer("erzhen") { written in #expect(known.find(written, hash: 7) == nil) }
        buffer("erzha") { written in #expect(known.find(written, hash: 7) == nil) }
        buffer("erzhan") { written in
            let slot = known.find(written, hash: 7)
            #expect(slot.map { String(decoding: known.key($0), as: UTF8.self) } == "erjan")
        }
    }
}
