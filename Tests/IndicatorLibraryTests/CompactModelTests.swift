import IndicatorLibrary
import LibraryFixtures
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

    /// A long indicator or group id named by many findings is the catalog's one string, not a copy
    /// per mention (two strings share their storage when their bytes sit at the same address).
    @Test func findingsShareTheCatalogsLongIds() throws {
        let indicators = Fixture.indicators
            .replacingOccurrences(of: "foa.registration", with: "foa.registration-of-unions")
            .replacingOccurrences(of: "groups: [activists, women]", with: "groups: [activists, women, domestic-workers]")
        let kazakhstan = Fixture.kazakhstan
            .replacingOccurrences(of: "foa.registration", with: "foa.registration-of-unions")
            .replacingOccurrences(of: "    status: ongoing", with: "    status: ongoing\n    groups: [domestic-workers]")
            .replacingOccurrences(of: "recommendations:", with: """
                  - id: kz-union-refused
                    kind: violation
                    indicators: [foa.registration-of-unions]
                    summary: The registration of a new union was refused.
                    status: ongoing
                    groups: [domestic-workers]
                    sources:
                      - title: Final Document 2021
                recommendations:
                """)
        let check = Fixture.check(["catalog/indicators.yaml": indicators, "2021/KZ.yaml": kazakhstan])
        let library = try #require(check.library)
        #expect(check.errors.isEmpty)
        func address(_ text: String) -> UInt? {
            var text = text
            return text.withUTF8 { $0.baseAddress.map { UInt(bitPattern: $0) } }
        }
        let catalogIndicator = try #require(library.catalog.indicators.first { $0.id.value == "foa.registration-of-unions" })
        let catalogGroup = try #require(library.catalog.groups.first { $0.value == "domestic-workers" })
        let findings = try #require(library.editions.first?.findings)
        #expect(findings.count == 2)
        for finding in findings {
            #expect(address(finding.indicators[0].value) == address(catalogIndicator.id.value))
            #expect(address(finding.groups[0].value) == address(catalogGroup.value))
        }
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
