import Foundation
import Testing
import IndicatorLibrary
import IndicatorWorkbook
import LibraryFixtures
import WorkbookReading

/// The bundled 2021 edition's workbook in Russian: its frame in the words of Templates/strings/ru.yaml,
/// its texts in their Russian translations, and nothing printed as not translated.
@Suite struct RussianWorkbookTests {
    static let workbook = Result {
        try WrittenWorkbook.library(Fixture.bundledLibrary, shownAs: "Indicators", language: "ru")
    }

    @Test func theSheetsAndHeadersAreInRussian() throws {
        let workbook = try Self.workbook.get()
        #expect(try workbook.reader.sheetNames == ["Сводка", "Ратификации", "Выводы", "Рекомендации", "Группы", "Показатели",
                                                     "Изменения"])
        #expect(try workbook.row(8, sheet: "Изменения") == ["Раздел", "Страна", "Элемент", "Изменение", "В 2019 г.",
                                                             "В 2021 г.", "Подробности"])
        #expect(try workbook.row(1, sheet: "Выводы").first
                == "Выводы, редакция 2021 г.: Пятое координационное совещание, Бишкек, 2021-12-07")
        // The edition's Russian text is the project's translation: every sheet says so under its title
        // (the changes under their headline).
        for name in try workbook.reader.sheetNames {
            #expect(try workbook.row(name == "Изменения" ? 4 : 3, sheet: name).first == "Неофициальный перевод", "\(name)")
        }
    }

    @Test func statusWordsAndTextsAreInRussian() throws {
        let workbook = try Self.workbook.get()
        #expect(try workbook.value(sheet: "Ратификации", row: "KZ", column: "P029") == "не ратифицировано")
        #expect(try workbook.value(sheet: "Ратификации", row: "KG", column: "C144") == "неизвестно")
        #expect(try workbook.value(sheet: "Рекомендации", row: "kz-overturn-activist-sentences", column: "Статус")
                == "новая")
        #expect(try workbook.value(sheet: "Выводы", row: "kz-overt-repression-ceased", column: "Содержание")
                == "Открытые репрессии против профсоюзных активистов прекратились.")
        #expect(try workbook.value(sheet: "Выводы", row: "kz-overt-repression-ceased", column: "Вид") == "прогресс")
    }

    /// Every text of the edition has its translation: no cell of any sheet says it has none.
    @Test func nothingIsPrintedAsNotTranslated() throws {
        let workbook = try Self.workbook.get()
        for name in try workbook.reader.sheetNames {
            let marked = try workbook.reader.cells(sheet: workbook.sheet(name)).values.filter { $0.contains("[не переведено]") }
            #expect(marked.isEmpty, "\(name): \(marked)")
        }
    }
}
