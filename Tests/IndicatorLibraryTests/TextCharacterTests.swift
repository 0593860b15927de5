import Testing
@testable import IndicatorLibrary
import LibraryFixtures

/// What a library text may hold: printable characters, tabs and line breaks, and the format's own
/// `**bold**` and `*italics*`. Anything else would print differently in each output, or not at all.
@Suite struct TextCharacterTests {
    static func kazakhstan(situation: String) -> String {
        Fixture.kazakhstan.replacingOccurrences(
            of: "situation: In **Kazakhstan**, activists remain under pressure.", with: "situation: \(situation)")
    }

    /// Escapes in double quotes reach the text as the characters they stand for.
    @Test(arguments: [
        (#""In \x01 Kazakhstan""#, "U+0001"),
        (#""In \e[31m Kazakhstan""#, "U+001B"),
        (#""In \x7F Kazakhstan""#, "U+007F"),
        (#""In \x85 Kazakhstan""#, "U+0085"),
        (#""In \u009B Kazakhstan""#, "U+009B"),
        (#""In \uFFFE Kazakhstan""#, "U+FFFE"),
        (#""In \uFFFF Kazakhstan""#, "U+FFFF"),
    ])
    func aControlCharacterOrNonCharacterIsRefused(_ example: (String, String)) {
        let (situation, code) = example
        let check = Fixture.check(["2021/KZ.yaml": Self.kazakhstan(situation: situation)])
        #expect(Fixture.messages(check) == [
            "Indicators/2021/KZ.yaml:2:12: error: this value holds the control character or non-character \(code), "
                + "raw or as an escape; library texts hold printable characters, tabs and line breaks only: remove it",
        ], "\(situation)")
    }

    @Test func aKeyWithAnEscapeSequenceIsRefusedBeforeItIsEchoed() {
        let file = Fixture.kazakhstan + "\n\"\\e[2J\": x\n"
        let messages = Fixture.messages(Fixture.check(["2021/KZ.yaml": file]))
        #expect(messages.count == 1)
        #expect(messages.allSatisfy { !$0.contains("\u{1B}") })
        #expect(messages.first?.contains("U+001B") == true)
    }

    @Test func tabsAndLineBreaksAreText() {
        let check = Fixture.check(["2021/KZ.yaml": Self.kazakhstan(situation: #""In\tKazakhstan,\nactivists.""#)])
        #expect(check.errors.isEmpty, "\(Fixture.messages(check))")
    }

    @Test(arguments: [
        ("In <script>alert(1)</script> Kazakhstan", "raw HTML ('<script>aler')"),
        ("In <img src=x onerror=alert(1)> Kazakhstan", "raw HTML ('<img')"),
        ("In <iframe> Kazakhstan", "raw HTML ('<iframe>')"),
        ("Release Erz<!-- -->han", "an HTML comment or declaration ('<!')"),
        ("See <https://example.org>", "raw HTML ('<https://exa')"),
        ("Release Erz&#104;an", "an HTML entity ('&#104;')"),
        ("Fish &amp; chips", "an HTML entity ('&amp;')"),
        ("![x](https://example.org/x.png)", "a Markdown image ('![')"),
        ("Read [the report](https://example.org)", "a Markdown link ('](')"),
    ])
    func markupIsRefusedWithWhatItIs(_ example: (String, String)) {
        let (situation, what) = example
        let check = Fixture.check(["2021/KZ.yaml": Self.kazakhstan(situation: "'\(situation)'")])
        #expect(Fixture.messages(check) == [
            "Indicators/2021/KZ.yaml:2:12: error: the situation holds \(what); library texts are Markdown with "
                + "**bold** and *italics* only: write the words themselves, and put addresses in a source's 'url'",
        ])
    }

    @Test(arguments: ["Fewer than <5 unions", "Unions & employers", "Article [3] of the law", "A **bold** *claim*",
                      "R & D; and more", "x < y > z"])
    func whatOnlyLooksLikeMarkupIsText(situation: String) {
        let check = Fixture.check(["2021/KZ.yaml": Self.kazakhstan(situation: "'\(situation)'")])
        #expect(check.errors.isEmpty, "\(situation): \(Fixture.messages(check))")
    }
}
