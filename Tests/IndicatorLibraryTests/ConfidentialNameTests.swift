import Testing
@testable import IndicatorLibrary
import LibraryFixtures

/// A confidential person's name must not stand in any text that is published.
@Suite struct ConfidentialNameTests {
    static let protectedFinding = """
        country: KZ
        situation: In **Kazakhstan**, activists remain under pressure.
        findings:
          - id: kz-union-deregistered
            kind: violation
            indicators: [foa.registration]
            summary: The authorities de-registered the union.
            status: ongoing
            sources: [{title: Final Document 2021}]
          - id: kz-organiser-detained
            kind: violation
            indicators: [foa.registration]
            summary: A union organiser was detained.
            status: ongoing
            sources: [{title: Monitor's interview}]
            people:
              - name: Aigerim Nurlanova
                confidential: true
            confidential: true
        recommendations:
          - id: kz-reregister-union
            text: Re-register the union.
            findings: [kz-union-deregistered]
        """

    @Test func aProtectedNameKeptInItsFindingIsFine() {
        let check = Fixture.check(["2021/KZ.yaml": Self.protectedFinding])
        #expect(Fixture.messages(check) == [])
    }

    @Test func aProtectedNameInARecommendationIsAnErrorWithBothPlaces() {
        let file = Self.protectedFinding.replacingOccurrences(
            of: "text: Re-register the union.", with: "text: Release **Aigerim\n      Nurlanova** and re-register the union.")
        let check = Fixture.check(["2021/KZ.yaml": file])
        #expect(Fixture.messages(check) == [
            "Indicators/2021/KZ.yaml:22:11: error: recommendation 'kz-reregister-union' names 'Aigerim Nurlanova', "
                + "who is marked confidential; a public output would print the name. Remove it from the text, or "
                + "write the finding as confidential and keep the name in its people\n"
                + "Indicators/2021/KZ.yaml:17:15: note: 'Aigerim Nurlanova' is marked confidential here",
        ])
    }

    @Test func caseAndAccentsDoNotHideAName() {
        let meeting = Fixture.meeting.replacingOccurrences(
            of: "opening: The participants note that the situation remains alarming.",
            with: "opening: The participants note that AIGERIM NURLANOVA is detained.")
        let check = Fixture.check(["2021/KZ.yaml": Self.protectedFinding, "2021/meeting.yaml": meeting])
        #expect(Fixture.messages(check).count == 1)
        #expect(Fixture.messages(check).first?.hasPrefix(
            "Indicators/2021/meeting.yaml:6:10: error: the opening names 'Aigerim Nurlanova'") == true)
    }

    /// Whether `name` stands in `text` as whole words ("Ali" is not in "Alimov"), as the rule looks.
    static func mentions(_ text: String, name: String) -> Bool {
        let folder = TextFolder()
        return !PhraseMatcher([folder.words(name)]).find(in: folder.words(text)).isEmpty
    }

    @Test func aNameIsMatchedAsWholeWords() {
        #expect(Self.mentions("Ali Aliyev spoke", name: "ali aliyev"))
        #expect(!Self.mentions("Alimov Ali Aliyevich", name: "ali aliyev"))
        #expect(Self.mentions("(**Ali Aliyev**)", name: "ali aliyev"))
    }

    @Test func theSamePersonPublicInAnotherFindingIsCaught() {
        let file = Self.protectedFinding.replacingOccurrences(of: """
                sources: [{title: Final Document 2021}]
              - id: kz-organiser-detained
            """, with: """
                sources: [{title: Final Document 2021}]
                people: [{name: Aigerim Nurlanova, confidential: false}]
              - id: kz-organiser-detained
            """)
        let check = Fixture.check(["2021/KZ.yaml": file])
        #expect(Fixture.messages(check).count == 1)
        #expect(Fixture.messages(check).first?.contains(
            "a person of finding 'kz-union-deregistered' not marked confidential names 'Aigerim Nurlanova'") == true)
    }

    @Test func aConfidentialFindingMayNameItsOwnPeopleInItsSummary() {
        let file = Self.protectedFinding.replacingOccurrences(
            of: "summary: A union organiser was detained.", with: "summary: Aigerim Nurlanova was detained.")
        #expect(Fixture.messages(Fixture.check(["2021/KZ.yaml": file])) == [])
    }

    /// The same name as a monitor may type it, paste it from a PDF, or a keyboard may compose it:
    /// each must still be caught.
    @Test(arguments: [
        ("decomposed (NFD) in the text, composed in the people", "Ерлан Балтабаи\u{306}", "Ерлан Балтабай"),
        ("composed in the text, decomposed in the people", "Ерлан Балтабай", "Ерлан Балтабаи\u{306}"),
        ("upper case Cyrillic", "ЕРЛАН БАЛТАБАЙ", "Ерлан Балтабай"),
        ("lower case Latin", "erlan baltabai", "Erlan Baltabai"),
        ("Kazakh letters decomposed", "Айгерім Нұрланова".decomposedStringWithCanonicalMapping, "айгерім нұрланова"),
        ("a soft hyphen inside the name", "Erlan Balta\u{AD}bai", "Erlan Baltabai"),
        ("a zero-width space inside the name", "Erlan\u{200B} Baltabai", "Erlan Baltabai"),
        ("a no-break space between the names", "Erlan\u{A0}Baltabai", "Erlan Baltabai"),
        ("full-width letters", "Ｅｒｌａｎ Ｂａｌｔａｂａｉ", "Erlan Baltabai"),
        ("a ligature", "Raﬁq Aliyev", "Rafiq Aliyev"),
        ("Ё written as Е", "Пётр Семёнов", "Петр Семенов"),
    ])
    func aNameIsCaughtInAnyNormalisationOrCase(_ example: (String, String, String)) {
        let (_, written, protected) = example
        let file = Self.protectedFinding
            .replacingOccurrences(of: "name: Aigerim Nurlanova", with: "name: \"\(protected)\"")
            .replacingOccurrences(of: "text: Re-register the union.", with: "text: \"Release \(written).\"")
        let messages = Fixture.messages(Fixture.check(["2021/KZ.yaml": file]))
        #expect(messages.count == 1)
        #expect(messages.first?.contains("recommendation 'kz-reregister-union' names '\(protected)'") == true)
    }

    @Test func aDifferentNameWithTheSameLettersIsNotCaught() {
        let file = Self.protectedFinding
            .replacingOccurrences(of: "text: Re-register the union.", with: "text: Release Aigerim Nurlanovna.")
        #expect(Fixture.messages(Fixture.check(["2021/KZ.yaml": file])) == [])
    }

    @Test func aConfidentialFindingRepeatedInTheSituationIsAnError() {
        let file = Self.protectedFinding.replacingOccurrences(
            of: "situation: In **Kazakhstan**, activists remain under pressure.",
            with: "situation: In **Kazakhstan**, activists remain under pressure. An *organiser* was\n  detained.")
            .replacingOccurrences(of: "summary: A union organiser was detained.",
                                  with: "summary: An organiser was detained.")
        #expect(Fixture.messages(Fixture.check(["2021/KZ.yaml": file])) == [],
                "four words are too common to protect")
        let longer = file
            .replacingOccurrences(of: "was\n  detained.", with: "was\n  detained in Zhanaozen.")
            .replacingOccurrences(of: "summary: An organiser was detained.",
                                  with: "summary: An organiser was detained in Zhanaozen.")
        #expect(Fixture.messages(Fixture.check(["2021/KZ.yaml": longer])) == [
            "Indicators/2021/KZ.yaml:2:12: error: the situation repeats word for word the summary of finding "
                + "'kz-organiser-detained', which is marked confidential; a public output would print it. Reword "
                + "the public text, or do not mark the finding confidential\n"
                + "Indicators/2021/KZ.yaml:14:14: note: the confidential finding's summary (en)",
        ])
    }
}
