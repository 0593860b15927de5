@testable import IndicatorLibrary
import Testing

/// Which phrases a text holds, as whole words, however many phrases share their first words.
struct PhraseMatcherTests {
    static let phrases = ["Erlan", "Erlan Baltabai", "the union was closed", "the union was fined", "the union",
                          "the union was", "closed by the court"]

    @Test(arguments: [
        ("Erlan spoke", ["Erlan"]),
        ("We met Erlan Baltabai.", ["Erlan", "Erlan Baltabai"]),
        ("Then THE union was FINED twice", ["the union was fined", "the union", "the union was"]),
        ("the union was closed by the court", ["the union was closed", "the union", "the union was",
                                               "closed by the court"]),
        ("the unions were closed", []),
        ("the union wa", ["the union"]),
        ("", []),
    ])
    func phrasesFoundInAText(text: String, expected: [String]) {
        let folder = TextFolder()
        let matcher = PhraseMatcher(Self.phrases.map(folder.words))
        let found = matcher.find(in: folder.words(text)).map { Self.phrases[$0] }
        #expect(Set(found) == Set(expected))
    }

    /// Ten thousand phrases on the same three first words: each is found by its own ending only.
    @Test func phrasesSharingTheirFirstWordsAreToldApart() {
        let phrases = (0..<10_000).map { "the union was closed in case \($0)" }
        let folder = TextFolder()
        let matcher = PhraseMatcher(phrases.map(folder.words))
        #expect(matcher.find(in: folder.words("so the union was closed in case 4242.")) == [4242])
        #expect(matcher.find(in: folder.words("the union was closed in case")).isEmpty)
    }
}
