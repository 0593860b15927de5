import Foundation
import Testing
@testable import IndicatorLibrary

/// The strings files (Templates/strings/LANG.yaml): the words the tool prints in each language, read
/// as the format says, every mistake located in the file.
@Suite struct WordingTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    @Test func theBuiltInStringsFilesAreTemplatesStringsAndReadCleanly() throws {
        let folder = "\(Self.repository)/Templates/strings"
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".yaml") }.sorted()
        #expect(BuiltInWording.files.map(\.name) == names)
        for file in BuiltInWording.files {
            let text = try String(contentsOfFile: "\(folder)/\(file.name)", encoding: .utf8)
            #expect(file.text == text, "\(file.name) changed: run `make templates`")
        }
        #expect(Wordings.problems.map(\.description) == [])
        #expect(Wordings.languages == ["en", "ru"])
    }

    @Test func datesAreWrittenAsEachLanguageWritesThem() throws {
        let english = try #require(Wordings.builtIn("en"))
        let russian = try #require(Wordings.builtIn("ru"))
        let day = try #require(CalendarDate(year: 2021, month: 12, day: 7))
        let month = try #require(CalendarDate(year: 2021, month: 12))
        #expect(english.date(day) == "7 December 2021")
        #expect(russian.date(day) == "7 декабря 2021 г.")
        #expect(english.date(month) == "December 2021")
        #expect(russian.date(month) == "декабрь 2021 г.")
        #expect(russian.date(try #require(CalendarDate(year: 2021))) == "2021 г.")
    }

    @Test func listsAreJoinedAsEachLanguageJoinsThem() throws {
        let english = try #require(Wordings.builtIn("en"))
        let russian = try #require(Wordings.builtIn("ru"))
        #expect(english.list(["Kazakhstan"]) == "Kazakhstan")
        #expect(english.list(["Kazakhstan", "Russia"]) == "Kazakhstan and Russia")
        #expect(english.list(["Kazakhstan", "Russia", "Ukraine"]) == "Kazakhstan, Russia, and Ukraine")
        #expect(russian.list(["Казахстана", "Узбекистана", "Украины"]) == "Казахстана, Узбекистана и Украины")
        #expect(russian.list(["Казахстан", "Россия"]) == "Казахстан и Россия")
    }

    /// The Russian ordinal agrees in gender with the event's last word.
    @Test func theRussianOrdinalAgreesWithTheEvent() throws {
        let russian = try #require(Wordings.builtIn("ru"))
        #expect(russian.ordinal(5, event: "координационное совещание") == "Пятое")
        #expect(russian.ordinal(6, event: "конференция") == "Шестая")
        #expect(russian.ordinal(7, event: "форум") == "Седьмой")
        #expect(russian.ordinal(3, event: "Координационная встреча") == "Третья")
        #expect(russian.ordinal(31, event: "форум") == nil)
        let english = try #require(Wordings.builtIn("en"))
        #expect(english.ordinal(5, event: "Coordination Meeting") == "Fifth")
        #expect(english.ordinal(6, event: "Conference") == "Sixth")
    }

    @Test func aStringsFileWithMistakesIsRefusedAtTheirLines() {
        let text = """
            language: xx
            phrases:
              final_document: Final Document
              heading_event: "{ordinal} {evnt}"
            months: [January]
            ordinals: [First]
            """
        let read = Wordings.read(text, file: "Templates/strings/xx.yaml")
        #expect(read.wording == nil)
        let messages = read.diagnostics.map(\.description)
        #expect(messages.contains("Templates/strings/xx.yaml:4:18: error: '{evnt}' is not a place of heading_event; it takes {ordinal}, {event}"))
        #expect(messages.contains("Templates/strings/xx.yaml:5:9: error: months lists 1 months; write the twelve, from January"))
        #expect(messages.contains("Templates/strings/xx.yaml:1:1: error: a strings file is missing the required key 'months_with_day'"))
        #expect(messages.contains { $0.hasPrefix("Templates/strings/xx.yaml:3:3: error: phrases is missing the required key 'place_and_date'") })
    }

    /// A language is one strings file: en.yaml copied, its code and words changed, reads as a language
    /// of its own (built in by `make templates`, it is then one a meeting may declare).
    @Test func aThirdLanguageIsOneFile() throws {
        let english = try String(contentsOfFile: "\(Self.repository)/Templates/strings/en.yaml", encoding: .utf8)
        let kazakh = english.replacingOccurrences(of: "language: en", with: "language: kk")
            .replacingOccurrences(of: "final_document: Final Document", with: "final_document: Қорытынды құжат")
            .replacingOccurrences(of: "list_pair: \"{first} and {second}\"", with: "list_pair: \"{first} және {second}\"")
        let read = Wordings.read(kazakh, file: "Templates/strings/kk.yaml")
        #expect(read.diagnostics.map(\.description) == [])
        let wording = try #require(read.wording)
        #expect(wording.language == "kk")
        #expect(wording.phrase(.finalDocument) == "Қорытынды құжат")
        #expect(wording.list(["Қазақстан", "Қырғызстан"]) == "Қазақстан және Қырғызстан")
    }
}
