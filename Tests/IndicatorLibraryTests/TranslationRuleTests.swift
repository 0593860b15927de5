import Foundation
import Testing
import IndicatorLibrary
import LibraryFixtures

/// An edition published in more than one language (`languages: [en, ru]`) prints every text in each:
/// a text without its translation is an error at its line, and the edition is not published.
@Suite struct TranslationRuleTests {
    @Test func aBilingualEditionWithEveryTextTranslatedPasses() {
        let check = Fixture.check(BilingualFixture.files())
        #expect(Fixture.messages(check) == [])
    }

    @Test func aRecommendationWithoutItsRussianTextFailsAtItsLine() {
        var files = BilingualFixture.files()
        files["2021/KZ.yaml"] = BilingualFixture.kazakhstan.replacingOccurrences(
            of: "      ru: Вновь зарегистрировать профсоюз.\n", with: "")
        let check = Fixture.check(files)
        #expect(Fixture.messages(check) == [
            "Indicators/2021/KZ.yaml:16:7: error: recommendation 'kz-reregister-union' has no 'ru' text, and the "
                + "edition is published in en and ru: write it as {en: …, ru: …}",
        ])
        #expect(!check.passes())
        #expect(check.passesForDraft, "a draft may still be made, the text marked as not translated")
    }

    @Test func aPlainTextInABilingualEditionNeedsItsTranslation() {
        var files = BilingualFixture.files()
        files["2021/meeting.yaml"] = BilingualFixture.meeting().replacingOccurrences(
            of: "place: {en: Bishkek, ru: Бишкек}", with: "place: Bishkek")
        #expect(Fixture.messages(Fixture.check(files)) == [
            "Indicators/2021/meeting.yaml:5:8: error: place has no 'ru' text, and the edition is published in en "
                + "and ru: write it as {en: …, ru: …}",
        ])
    }

    @Test func aLanguageTheToolHasNoWordsForIsRefused() {
        var files = BilingualFixture.files()
        files["2021/meeting.yaml"] = BilingualFixture.meeting().replacingOccurrences(
            of: "languages: [en, ru]", with: "languages: [en, ru, kk]")
        let messages = Fixture.messages(Fixture.check(files))
        #expect(messages.first == "Indicators/2021/meeting.yaml:7:21: error: the tool has no words for language 'kk': "
                    + "add Templates/strings/kk.yaml (Templates/README.md, \"Languages\", says how), or publish in en, ru")
    }

    @Test func languageAndLanguagesTogetherAreRefused() {
        var files = BilingualFixture.files()
        files["2021/meeting.yaml"] = BilingualFixture.meeting() + "\nlanguage: en\n"
        #expect(Fixture.messages(Fixture.check(files)).contains(
            "Indicators/2021/meeting.yaml:17:11: error: write either 'language' (one) or 'languages' (a list such as "
                + "[en, ru]), not both"))
    }

    @Test func anUnofficialTranslationMustBeALanguageOfTheEdition() {
        var files = BilingualFixture.files()
        files["2021/meeting.yaml"] = BilingualFixture.meeting().replacingOccurrences(
            of: "translations: {ru: unofficial}", with: "translations: {ky: unofficial}")
        #expect(Fixture.messages(Fixture.check(files)) == [
            "Indicators/2021/meeting.yaml:8:16: error: 'translations' names ky, which is not among the edition's "
                + "languages (en, ru)",
        ])
    }

    @Test func theRussianHeadingNeedsTheMissionInTheGenitive() {
        var files = BilingualFixture.files()
        files["2021/meeting.yaml"] = BilingualFixture.meeting().replacingOccurrences(
            of: "mission_in_heading: {en: Labour Rights Monitoring Mission, ru: Мониторинговой миссии по трудовым правам}\n",
            with: "")
        #expect(Fixture.messages(Fixture.check(files)) == [
            "Indicators/2021/meeting.yaml:3:10: error: the ru heading declines the mission's name after the event: "
                + "write it as 'mission_in_heading: {ru: …}' (in Russian, the genitive)",
        ])
    }

    @Test func anEditionBeyondTheStringsFilesOrdinalsWritesItsOwn() {
        let beyond = Fixture.messages(Fixture.check(BilingualFixture.files(edition: 31)))
        #expect(beyond.contains("Indicators/2021/meeting.yaml:1:10: error: Templates/strings/en.yaml has ordinals up "
                                + "to the 30th edition; write this one's as 'ordinal: {en: …}' in the meeting, or add it there"))
        var files = BilingualFixture.files(edition: 31)
        files["2021/meeting.yaml"] = BilingualFixture.meeting(edition: 31)
            + "\nordinal: {en: Thirty-First, ru: Тридцать первое}\n"
        #expect(Fixture.messages(Fixture.check(files)) == [])
    }
}
