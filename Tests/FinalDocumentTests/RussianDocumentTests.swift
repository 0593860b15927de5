import Foundation
import Testing
import IndicatorLibrary
import LibraryFixtures
@testable import FinalDocument

/// The Final Document in Russian: the frame in Russian words (Templates/strings/ru.yaml), the heading's
/// ordinal agreeing with the event, the mission in the genitive, the unofficial mark.
@Suite struct RussianDocumentTests {
    @Test func theRussianDocumentHasARussianHeadingAndFrame() throws {
        let text = try Rendering.fixture(BilingualFixture.files(), format: .markdown, language: "ru")
        #expect(text.hasPrefix("""
            **ИТОГОВЫЙ ДОКУМЕНТ  
            ПЯТОЕ КООРДИНАЦИОННОЕ СОВЕЩАНИЕ  
            МОНИТОРИНГОВОЙ МИССИИ ПО ТРУДОВЫМ ПРАВАМ**

            *Неофициальный перевод*

            Бишкек, 7 декабря 2021 г.

            Участники отмечают, что ситуация остаётся тревожной.
            """))
        #expect(text.contains("— **Президента и Правительство Республики Казахстан:**\n\nВновь зарегистрировать профсоюз."))
        #expect(!text.contains("Re-register"))
    }

    /// A конференция is feminine: «Шестая конференция», not «Шестое».
    @Test func theOrdinalAgreesWithAFeminineEvent() throws {
        let files = BilingualFixture.files(edition: 6, event: "{en: Conference, ru: конференция}")
        let text = try Rendering.fixture(files, format: .markdown, language: "ru")
        #expect(text.contains("\nШЕСТАЯ КОНФЕРЕНЦИЯ  \n"))
        let english = try Rendering.fixture(files, format: .markdown, language: "en")
        #expect(english.contains("\nSIXTH CONFERENCE  \n"))
        #expect(!english.contains("Неофициальный"), "only the Russian version is the unofficial translation")
    }

    /// Whatever the tool derives, the edition can write: here the ordinal.
    @Test func theEditionCanWriteTheOrdinal() throws {
        var files = BilingualFixture.files(edition: 6, event: "{en: Assembly, ru: собрание}")
        files["2021/meeting.yaml"] = BilingualFixture.meeting(edition: 6, event: "{en: Assembly, ru: собрание}")
            + "\nordinal: {en: Sixth, ru: Шестое торжественное}\n"
        let text = try Rendering.fixture(files, format: .markdown, language: "ru")
        #expect(text.contains("\nШЕСТОЕ ТОРЖЕСТВЕННОЕ СОБРАНИЕ  \n"))
    }

    @Test func theRussianHTMLSaysItsLanguage() throws {
        let html = try Rendering.fixture(BilingualFixture.files(), format: .html, language: "ru")
        #expect(html.contains("<html lang=\"ru\">"))
        #expect(html.contains("<h1><span>Итоговый документ</span> <span>Пятое координационное совещание</span> "
                              + "<span>Мониторинговой миссии по трудовым правам</span></h1>"))
        #expect(html.contains("<p class=\"unofficial\" role=\"note\">Неофициальный перевод</p>"))
    }

    /// Every language of the edition is rendered, the first under the plain names.
    @Test func eachLanguageIsItsOwnFile() throws {
        let folder = Fixture.write(BilingualFixture.files())
        defer { try? FileManager.default.removeItem(at: folder) }
        let check = LibraryCheck.run(at: folder.path)
        let library = try #require(check.library)
        let edition = try RedactedLibrary.redact(library, for: .public).edition(2021, in: folder.path)
        let documents = try FinalDocumentRenderer.render(edition, with: TemplateSet.builtIn(), formats: DocumentFormat.allCases)
        #expect(documents.map(\.fileName) == ["final-document.md", "final-document.html", "final-document.docx",
                                              "final-document.ru.md", "final-document.ru.html", "final-document.ru.docx"])
    }

    /// A draft prints a text still to translate in the first language, marked; the published edition
    /// never does (the checker refuses it).
    @Test func aDraftMarksAnUntranslatedText() throws {
        var files = BilingualFixture.files()
        files["2021/KZ.yaml"] = BilingualFixture.kazakhstan.replacingOccurrences(
            of: "      ru: Вновь зарегистрировать профсоюз.\n", with: "")
        let folder = Fixture.write(files)
        defer { try? FileManager.default.removeItem(at: folder) }
        let check = LibraryCheck.run(at: folder.path)
        #expect(!check.passes() && check.passesForDraft)
        let library = try #require(check.library)
        let edition = try RedactedLibrary.redact(library, for: .public).edition(2021, in: folder.path).markedAsDraft()
        let text = try #require(try FinalDocumentRenderer.render(edition, with: TemplateSet.builtIn(), formats: [.markdown],
                                                                 languages: ["ru"]).first?.text)
        #expect(text.hasPrefix("**ПРОЕКТ — НЕ ДЛЯ ПУБЛИКАЦИИ**"))
        #expect(text.contains("[не переведено] Re-register the union."))
    }
}
