import Foundation
import Testing
@testable import IndicatorLibrary
import LibraryFixtures

/// A confidential name is protected in every spelling a writer could use for it: each case below
/// was a leak that `check` once let through into a public output.
@Suite struct NameSpellingTests {
    /// Erzhan Elshimbayev is marked confidential; the recommendation's text is the case under test.
    static func kazakhstan(recommendation text: String, name: String = "Erzhan Elshimbayev",
                           also: String = "", extra: String = "") -> String {
        """
        country: KZ
        situation: In **Kazakhstan**, activists remain under pressure.
        findings:
          - id: kz-activist-prosecuted
            kind: violation
            indicators: [foa.registration]
            summary: A worker activist was arrested and prosecuted for his public activities.
            status: ongoing
            sources: [{title: Monitor's interview}]
            people:
              - name: "\(name)"
                confidential: true\(also)
            confidential: true
        recommendations:
          - id: kz-review-case
            text: "\(text)"
            findings: [kz-activist-prosecuted]
        \(extra)
        """
    }

    static func errors(recommendation text: String, name: String = "Erzhan Elshimbayev", also: String = "",
                       extra: String = "") -> [String] {
        let check = Fixture.check(["2021/KZ.yaml": kazakhstan(recommendation: text, name: name, also: also,
                                                              extra: extra)])
        return check.errors.map(\.message)
    }

    /// Each of these names him, and `check` refuses it.
    static let certainMentions = [
        "Release Erzhan Elshimbayev.",
        "Release Erzh\u{0430}n Elshimbayev.",  // a Cyrillic а inside the Latin name
        "Release \u{0395}rzhan Elshimbayev.",  // a Greek capital epsilon
        "Release Erzhan E1shimbayev.",  // 1 for l
        "Release Erzhan Elsh\u{0131}mbayev.",  // a dotless ı
        "Release Erzhan_Elshimbayev.",
        "Release Erzhan*Elshimbayev.",
        "Release Elshimbayev Erzhan.",
        "Release Erzhan Kairatovich Elshimbayev.",
        "Release \u{0415}\u{0440}\u{0436}\u{0430}\u{043D} \u{0415}\u{043B}\u{0448}\u{0438}\u{043C}\u{0431}\u{0430}\u{0435}\u{0432}.",  // Ержан Елшимбаев
        "Release Erz\u{3164}han Elshimbayev.",  // a Hangul filler
        "Release Erz\\\\han Elshimbayev.",  // a backslash
        "Release Erzhan Elshim\u{00AD}bayev.",  // a soft hyphen
        "Release ERZHAN ELSHIMBAYEV.",
        "Release Yerzhan Yelshimbayev.",  // BGN/PCGN
        "Release Erzhan Elshimbaev.",  // ICAO
        "Release Ｅｒｚｈａｎ Ｅｌｓｈｉｍｂａｙｅｖ.",  // full-width
        "Release \u{042C} Erzhan \u{042C} Elshimbayev.",  // a lone soft sign Ь, which has no letters of its own
    ]

    @Test(arguments: certainMentions)
    func aSpellingOfTheNameIsRefused(text: String) {
        let errors = Self.errors(recommendation: text)
        #expect(errors.count == 1, "\(text)")
        #expect(errors.first?.hasPrefix("recommendation 'kz-review-case' names 'Erzhan Elshimbayev', who is marked "
                                        + "confidential") == true, "\(text): \(errors)")
    }

    /// A Russian text declines the name; each case form names the person as surely as the name does.
    static let declinedMentions: [(name: String, text: String)] = [
        ("Erzhan Elshimbayev", "Пересмотреть дело Ержана Елшимбаева."),  // genitive
        ("Erzhan Elshimbayev", "Вернуть свободу Ержану Елшимбаеву."),  // dative
        ("Erzhan Elshimbayev", "Встретиться с Ержаном Елшимбаевым."),  // instrumental
        ("Erzhan Elshimbayev", "Говорить о Ержане Елшимбаеве."),  // prepositional
        ("Larisa Kharkova", "Отменить приговор Ларисе Харьковой."),
        ("Larisa Kharkova", "Реабилитировать Ларису Харькову."),
        ("Erlan Baltabai", "Отменить приговор Ерлану Балтабаю."),
        ("Dmitrii Tikhonov", "Снять санкции с Дмитрия Тихонова."),
        ("Elena Uralayeva", "Снять санкции с Елены Уралаевой."),
    ]

    @Test(arguments: declinedMentions)
    func aDeclinedFormOfTheNameIsRefused(mention: (name: String, text: String)) {
        let errors = Self.errors(recommendation: mention.text, name: mention.name)
        #expect(errors.count == 1, "\(mention.text)")
        #expect(errors.first?.hasPrefix("recommendation 'kz-review-case' names '\(mention.name)', who is marked "
                                        + "confidential") == true, "\(mention.text): \(errors)")
    }

    /// A name written in both scripts is one person: its Russian spelling is protected too, even where
    /// it is not the transliteration of the English one (Иоанн is not Ivan).
    @Test func aNameInBothScriptsIsProtectedInEach() {
        let errors = Self.errors(recommendation: "Освободить Иоанна Петрова.", name: "Ivan Petrov")
        #expect(errors.first?.hasPrefix("recommendation 'kz-review-case' may name 'Ivan Petrov'") == true,
                "without the Russian spelling, Иоанн is another given name: only the surname is seen")
        let check = Fixture.check(["2021/KZ.yaml": Self.kazakhstan(recommendation: "Освободить Иоанна Петрова.",
                                                                    name: "Ivan Petrov")
                .replacingOccurrences(of: "- name: \"Ivan Petrov\"", with: "- name: {en: Ivan Petrov, ru: Иоанн Петров}")])
        #expect(check.errors.map(\.message).first?.hasPrefix(
            "recommendation 'kz-review-case' names 'Ivan Petrov', who is marked confidential") == true,
                "\(Fixture.messages(check))")
    }

    @Test func theErrorNamesTheTextAndWhereTheNameWasMarked() {
        let check = Fixture.check(["2021/KZ.yaml": Self.kazakhstan(recommendation: "Free Elshimbayev Erzhan.")])
        #expect(Fixture.messages(check) == [
            "Indicators/2021/KZ.yaml:16:11: error: recommendation 'kz-review-case' names 'Erzhan Elshimbayev', who "
                + "is marked confidential; a public output would print the name. Remove it from the text, or write "
                + "the finding as confidential and keep the name in its people\n"
                + "Indicators/2021/KZ.yaml:11:15: note: 'Erzhan Elshimbayev' is marked confidential here",
        ])
    }

    @Test(arguments: ["Elshimbayev, Erzhan", "Erzhan K. Elshimbayev", "ELSHIMBAYEV, Erzhan Kairatovich"])
    func aNameDeclaredInAnotherFormIsUnderstood(declared: String) {
        let errors = Self.errors(recommendation: "Release **Erzhan Elshimbayev**.", name: declared)
        #expect(errors.count == 1 && errors[0].contains("names '\(declared)'"), "\(declared): \(errors)")
    }

    @Test func otherSpellingsAreProtectedToo() {
        let also = "\n        also: [\"Ержан Қайратұлы\"]"
        let errors = Self.errors(recommendation: "Release Ержан Қайратұлы.", also: also)
        #expect(errors.count == 1 && errors[0].contains("names 'Erzhan Elshimbayev'"), "\(errors)")
    }

    @Test func theSurnameAloneIsAnUncertainMentionAndAnError() {
        let errors = Self.errors(recommendation: "Release Mr Elshimbayev.")
        #expect(errors == [
            "recommendation 'kz-review-case' may name 'Erzhan Elshimbayev', who is marked confidential: it holds the "
                + "surname. If it is another person, say so in this file under 'acknowledged:' (name and reason); "
                + "otherwise remove the name",
        ])
    }

    @Test func anAcknowledgedSurnameIsListedNotRefused() {
        let extra = """
            acknowledged:
              - name: Askar Elshimbayev
                reason: the deputy minister, not the prosecuted activist (checked by the KZ monitor)
            """
        let check = Fixture.check(["2021/KZ.yaml": Self.kazakhstan(
            recommendation: "Ask the deputy minister Askar Elshimbayev to meet the unions.", extra: extra)])
        #expect(check.errors.isEmpty, "\(Fixture.messages(check))")
        #expect(Fixture.messages(check) == [
            "Indicators/2021/KZ.yaml:19:5: note: 'Askar Elshimbayev' acknowledged as not a confidential person: the "
                + "deputy minister, not the prosecuted activist (checked by the KZ monitor)",
        ])
    }

    @Test func anAcknowledgementCannotClearTheWholeName() {
        let extra = """
            acknowledged:
              - name: Elshimbayev
                reason: another person
            """
        let errors = Self.errors(recommendation: "Release Erzhan Elshimbayev.", extra: extra)
        #expect(errors.count == 1 && errors[0].contains("names 'Erzhan Elshimbayev'"), "\(errors)")
    }

    @Test(arguments: [
        "Release Erzhan and other activists.",  // the given name alone
        "Elshim and bayev are not his name.",
        "Erzhan met the union; much later, long after the strike, the courts heard Elshimbayev.",
    ])
    func whatIsNotTheNameIsLeftAlone(text: String) {
        let errors = Self.errors(recommendation: text)
        #expect(errors.allSatisfy { !$0.contains(" names '") }, "\(text): \(errors)")
    }

    @Test func aShortSurnameAloneSaysNothing() {
        let errors = Self.errors(recommendation: "Meet Mr Li and the union.", name: "Wei Li")
        #expect(errors.isEmpty, "\(errors)")
    }

    @Test func romanisationsOfOneNameHaveOneKey() {
        let folder = TextFolder()
        func key(_ text: String) -> [String] { folder.words(text).strings }
        #expect(key("Dmitriy") == key("Dmitry"))
        #expect(key("Dmitrii") == key("Dmitry"))
        #expect(key("Natalya") == key("Natalia"))
        #expect(key("Наталья") == key("Natalia"))
        #expect(key("Yuriy") == key("Iurii"))
        #expect(key("Жанаозен") == key("Zhanaozen"))
        #expect(key("Olʹga") == key("Olga"))
        #expect(key("Elshimbayev's") == key("Elshimbayev s"))
        #expect(key("Ольга") == key("Olga"))
        #expect(key("Қайрат") == key("Kairat"))
        #expect(key("Aigerim") != key("Aizhan"))
    }

    /// A word of letters that transliterate to nothing (the signs Ь and Ъ) is no word, and leaves
    /// nothing behind: Ь looks like a Latin b, and that b once began the word after it.
    @Test func aWordOfSignsAloneIsNoWordAndLeavesNothingBehind() {
        let folder = TextFolder()
        #expect(folder.words("\u{042C} Erzhan").strings == folder.words("Erzhan").strings)
        #expect(folder.words("\u{042A}\u{042C} Erzhan \u{044C}").strings == folder.words("Erzhan").strings)
        #expect(folder.words("Ь, Erzhan").breaks == folder.words(", Erzhan").breaks)
    }
}
