import Foundation
import Testing
import IndicatorLibrary
import IndicatorWorkbook
import LibraryFixtures
import WorkbookReading

/// The workbook of the bundled 2021 edition: real data from the library, and the committed copy
/// in `Reports/2021/` is what the current code and data produce.
@Suite struct BundledWorkbookTests {
    static let workbook = Result { try WrittenWorkbook.library(Fixture.bundledLibrary, shownAs: "Indicators") }

    @Test func ratificationsShowYearsNotRatifiedAndUnknownApart() throws {
        let workbook = try Self.workbook.get()
        #expect(try workbook.value(sheet: "Ratifications", row: "KZ", column: "C087") == "2000")
        #expect(try workbook.value(sheet: "Ratifications", row: "KZ", column: "P029") == "not ratified")
        #expect(try workbook.value(sheet: "Ratifications", row: "KG", column: "C144") == "unknown")
        #expect(try workbook.value(sheet: "Ratifications", row: "MN", column: "C087") != nil,
                "a participant with recorded facts has its row")
    }

    /// Every cell the ledger cannot decide reads "unknown", and no other cell does.
    @Test func unknownIsNeverShownAsNotRatified() throws {
        let workbook = try Self.workbook.get()
        let library = try #require(LibraryCheck.run(at: Fixture.bundledLibrary).library)
        let sheet = try workbook.sheet("Ratifications")
        let cells = try workbook.reader.cells(sheet: sheet)
        var checked = 0
        for country in ["KG", "KZ", "RU", "TJ", "TM", "UZ"] {
            for instrument in library.catalog.instruments.map(\.code.value) {
                let reference = try #require(try workbook.reference(sheet: "Ratifications", row: country,
                                                                    column: instrument))
                let status = library.ratifications.status(country: country, instrument: instrument, year: 2021)
                #expect((cells[reference] == "unknown") == (status == .unknown), "\(country) × \(instrument)")
                #expect((cells[reference] == "not ratified") == (status == .notRatified), "\(country) × \(instrument)")
                checked += 1
            }
        }
        #expect(checked == 6 * 21)
    }

    @Test func everyFindingAndRecommendationIsARow() throws {
        let workbook = try Self.workbook.get()
        let library = try #require(LibraryCheck.run(at: Fixture.bundledLibrary).library)
        let edition = try #require(library.edition(2021))
        let findings = try workbook.reader.cells(sheet: workbook.sheet("Findings"))
            .filter { $0.key.hasPrefix("B") && WorkbookReader.order($0.key).0 > 5 }.values
        #expect(Set(findings) == Set(edition.findings.map(\.id.value)))
        let numbers = try workbook.reader.cells(sheet: workbook.sheet("Recommendations"))
        for appeal in library.appeals(in: edition) {
            for item in appeal.items {
                let row = try #require(try workbook.reader.find(item.recommendation.id.value,
                                                                sheet: workbook.sheet("Recommendations")))
                #expect(numbers[WorkbookReader.cell(row: row, column: "C")] == item.number.map(String.init))
            }
        }
        #expect(try workbook.value(sheet: "Recommendations", row: "TM", column: "No.") == nil,
                "Turkmenistan's single recommendation is printed without a number")
        #expect(try workbook.value(sheet: "Recommendations", row: "KG", column: "No.") == "1")
    }

    @Test func sourcesAreLinks() throws {
        let workbook = try Self.workbook.get()
        let sheet = try workbook.sheet("Findings")
        let targets = try workbook.reader.values("xl/worksheets/_rels/sheet\(sheet).xml.rels", "//@Target")
        #expect(targets.contains("https://24.kg/english/204950_President_of_Kyrgyzstan_re-vetoes_trade_unions_law/"))
    }

    /// The Changes sheet holds what `diff 2019 2021` reports, from the same computation.
    @Test func theChangesSinceTheEarlierEditionAreASheet() throws {
        let workbook = try Self.workbook.get()
        #expect(try workbook.reader.sheetNames == ["Summary", "Ratifications", "Findings", "Recommendations", "Groups",
                                                     "Indicators", "Changes"])
        // Under the title, the headline the changes document opens with.
        #expect(try workbook.row(2, sheet: "Changes") == ["2019 → 2021: findings: 29 new, 3 changed, 4 no longer reported; "
                                                         + "recommendations: 16 new; ratifications: 2 ratified"])
        #expect(try workbook.row(7, sheet: "Changes") == ["Area", "Country", "Item", "Change", "In 2019", "In 2021",
                                                         "Details"])
        let cells = try workbook.reader.cells(sheet: workbook.sheet("Changes"))
        let law = try #require(try workbook.reader.find("kz-trade-union-law-unamended", sheet: workbook.sheet("Changes")))
        #expect(cells[WorkbookReader.cell(row: law, column: "D")] == "changed")
        #expect(cells[WorkbookReader.cell(row: law, column: "G")] == "summary")
        let p029 = try #require(cells.first { $0.value == "P029" && cells[WorkbookReader.cell(row: $0.key, column: "B")] == "KG" })
        #expect(cells[WorkbookReader.cell(row: p029.key, column: "D")] == "ratified")
        #expect(cells[WorkbookReader.cell(row: p029.key, column: "F")] == "ratified 2020")
        let only2019 = try WrittenWorkbook.library(Fixture.bundledLibrary, shownAs: "Indicators", year: 2019)
        #expect(try !only2019.reader.sheetNames.contains("Changes"), "no earlier edition, no Changes sheet")
    }

    /// The 2019 edition is known only in part: every sheet says so under its title.
    @Test func aPartialEditionSaysSoOnEverySheet() throws {
        let workbook = try WrittenWorkbook.library(Fixture.bundledLibrary, shownAs: "Indicators", year: 2019)
        for name in try workbook.reader.sheetNames {
            let note = try workbook.row(3, sheet: name).first
            #expect(note?.hasPrefix("Partial edition. Only the opening of the 2019 Final Document is known") == true, "\(name)")
        }
        #expect(try Self.workbook.get().reader.cell("A3", sheet: 1)?.hasPrefix("Partial edition") == false)
    }

    /// `Reports/2021/indicators-2021.xlsx` is committed for readers of the repository; it must be what
    /// the current code makes of the current data.
    @Test func theCommittedWorkbookIsCurrent() throws {
        let committed = try Data(contentsOf: Fixture.packageRoot.appendingPathComponent("Reports/2021/indicators-2021.xlsx"))
        #expect(committed == (try Self.workbook.get().bytes),
                "Reports/2021/indicators-2021.xlsx is stale: run `make reports` and commit it")
    }
}
