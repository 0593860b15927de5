import Testing
@testable import IndicatorLibrary

/// The fast ways of splitting text into folded words give exactly the words of the full fold.
@Suite struct FoldingTableTests {
    static func fullFold(_ text: String) -> [String] {
        PhraseMatcher.foldedWords(text)
    }

    @Test func everyCharacterOfTheBlockFoldsAsTheFullFoldDoes() {
        for value in FoldingTable.range {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = "a\(scalar)b \(scalar) \(scalar)\(scalar) и\(scalar)"
            // nil: the character is left to the full fold (a combining mark).
            if let words = FoldingTable.shared.words(text)?.strings {
                #expect(words == Self.fullFold(text), "U+\(String(value, radix: 16))")
            }
            #expect(PhraseMatcher.words(text).strings == Self.fullFold(text), "U+\(String(value, radix: 16))")
        }
    }

    /// ASCII, the rest of what the table reads on its bytes, folds character by character the same way.
    @Test func everyASCIICharacterFoldsAsTheFullFoldDoes() {
        for value in UInt8(0)..<0x80 {
            let scalar = Unicode.Scalar(value)
            let text = "a\(scalar)b \(scalar) \(scalar)\(scalar) и\(scalar)"
            #expect(PhraseMatcher.words(text).strings == Self.fullFold(text), "U+\(String(value, radix: 16))")
        }
    }

    @Test(arguments: [
        "Ерлан Балтабай, Лариса Харькова", "ПЁТР СЕМЁНОВ — «Профсоюз»", "Айгерім Нұрланова қазақ тілінде",
        "**Ерлан** _Балтабай_: 55 %", "Кыргызстан (Жогорку Кенеш), 2021-12-07", "Ӯ Ҳ ӣ Ғ ғ Ә ә Ө ө Ү ү Ұ ұ Һ һ",
        "mixed Latin and Кириллица text, with digits 2024",
    ])
    func textsSplitAsTheFullFoldSplitsThem(_ text: String) {
        #expect(PhraseMatcher.words(text).strings == Self.fullFold(text))
    }

    @Test func aCharacterOutsideTheBlockTakesTheFullFold() {
        #expect(FoldingTable.shared.words("Erlan Balta\u{AD}bai") == nil)
        #expect(PhraseMatcher.words("Erlan Balta\u{AD}bai").strings == ["erlan", "baltabai"])
    }
}
