import IndicatorLibrary
import Testing

/// The compact forms of locations and texts behave as the plain values they replace.
struct CompactModelTests {
    @Test func aLocationKeepsItsFileLineAndColumn() {
        let location = SourceLocation(file: "Indicators/2021/KZ.yaml", line: 12, column: 7)
        #expect(location.file == "Indicators/2021/KZ.yaml")
        #expect((location.line, location.column) == (12, 7))
        #expect(location.description == "Indicators/2021/KZ.yaml:12:7")
        #expect(location == SourceLocation(file: "Indicators/2021/KZ.yaml", line: 12, column: 7))
        #expect(location != SourceLocation(file: "Indicators/2021/KG.yaml", line: 12, column: 7))
        #expect(SourceLocation.file("Indicators/catalog").description == "Indicators/catalog")
    }

    /// Locations sort by file name (not by the order files were first met), then line and column.
    @Test func locationsSortByFileThenPlace() {
        let late = SourceLocation(file: "zz-\(#line).yaml", line: 1, column: 1)
        let early = SourceLocation(file: "aa-\(#line).yaml", line: 9, column: 1)
        #expect(early < late)
        #expect(SourceLocation(file: early.file, line: 9, column: 2) > early)
        #expect([late, early].sorted() == [early, late])
    }

    @Test func aPlainTextEqualsItsOneEnglishTranslation() {
        let plain = LocalizedText("Free the activists.")
        let translated = LocalizedText(translations: [("en", "Free the activists.")])
        #expect(plain == translated)
        #expect(plain.hashValue == translated.hashValue)
        #expect(plain.translations.map(\.text) == ["Free the activists."])
        #expect(plain.text(in: "ru") == "Free the activists.")
        let both = LocalizedText(translations: [("ru", "Освободить активистов."), ("en", "Free the activists.")])
        #expect(both.text(in: "ru") == "Освободить активистов.")
        #expect(both.text(in: "kk") == "Free the activists.")
        #expect(both != plain)
        #expect(both.languages == ["ru", "en"])
    }
}
