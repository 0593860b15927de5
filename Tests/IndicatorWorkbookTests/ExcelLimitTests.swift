import Foundation
import Testing
import IndicatorLibrary
import IndicatorWorkbook
import LibraryFixtures
import WorkbookReading

/// Excel's limits are met by the tool, with a warning that points at the library text, never left
/// for a user to discover in a repaired file.
@Suite struct ExcelLimitTests {
    static func kazakhstan(summary: String) -> String {
        Fixture.kazakhstan.replacingOccurrences(of: "summary: The authorities de-registered the union.",
                                                with: "summary: \(summary)")
    }

    @Test(arguments: ["'=HYPERLINK(\"http://evil.example\",\"click\")'", "'+7 700 000 00 00'", "'-5 degrees'",
                      "'@SUM(A1:A2)'"])
    func textThatLooksLikeAFormulaIsWrittenAsText(summary: String) throws {
        let workbook = try WrittenWorkbook.fixture(["2021/KZ.yaml": Self.kazakhstan(summary: summary)])
        let cell = try #require(try workbook.reference(sheet: "Findings", row: "KZ", column: "Summary"))
        let sheet = try workbook.sheet("Findings")
        #expect(try workbook.reader.cell(cell, sheet: sheet) == String(summary.dropFirst().dropLast()))
        #expect(try !workbook.reader.hasFormula(cell, sheet: sheet))
        #expect(!workbook.reader.allText.contains("<f>"))
    }

    @Test func textLongerThanACellIsCutWithAMarkerAndAWarningAtTheText() throws {
        let long = String(repeating: "Forced labour in the cotton harvest. ", count: 1_200)
        let workbook = try WrittenWorkbook.fixture(["2021/KZ.yaml": Self.kazakhstan(summary: long)])
        let cell = try #require(try workbook.reference(sheet: "Findings", row: "KZ", column: "Summary"))
        let shown = try #require(try workbook.reader.cell(cell, sheet: workbook.sheet("Findings")))
        #expect(shown.unicodeScalars.count == 32_767)
        #expect(shown.hasSuffix(" […truncated]"))
        #expect(workbook.warnings.map(\.description) == [
            "Indicators/2021/KZ.yaml:7:14: warning: the summary of finding 'kz-union-deregistered' has 44399 "
                + "characters, more than an Excel cell holds (32767); Findings!F6 is cut and ends with '[…truncated]'",
        ])
    }

    @Test func aTableLongerThanASheetContinuesOnAnotherWithTheSameHeader() throws {
        let kazakhstan = Self.kazakhstan(findings: 5) { _ in "{title: Monitor's notes}" }
        // Title, two notes, a blank row and the header leave 3 data rows in a sheet of 8 (the
        // fewest that the Ratifications sheet, with three notes and its category band, needs).
        let workbook = try WrittenWorkbook.fixture(["2021/KZ.yaml": kazakhstan],
                                                   options: WorkbookOptions(rowsPerSheet: 8))
        #expect(try workbook.reader.sheetNames.filter { $0.hasPrefix("Findings") }
            == ["Findings", "Findings (2)"])
        #expect(try workbook.row(6, sheet: "Findings").prefix(2) == ["KZ", "kz-finding-1"])
        #expect(try workbook.row(8, sheet: "Findings").prefix(2) == ["KZ", "kz-finding-3"])
        #expect(try workbook.row(5, sheet: "Findings (2)").prefix(3) == ["Country", "Id", "Kind"])
        #expect(try workbook.row(7, sheet: "Findings (2)").prefix(2) == ["KZ", "kz-finding-5"])
        #expect(try workbook.reader.cell("A1", sheet: workbook.sheet("Findings (2)"))?.hasSuffix("(part 2 of 2)") == true)
        #expect(workbook.warnings.map(\.description).contains(
            "Indicators/2021/meeting.yaml: warning: the Findings sheet has 5 rows, more than one Excel sheet holds "
                + "(8 rows with its header); it continues on 1 more sheet(s), 'Findings (2)' onwards"))
    }

    @Test func aSheetTooShortForItsHeaderIsRefused() throws {
        #expect {
            try WrittenWorkbook.fixture(options: WorkbookOptions(rowsPerSheet: 5))
        } throws: { error in
            (error as? WorkbookFailure)?.description
                == "error: 5 rows per sheet leave no room for data below the title and header; at least 8 are needed"
        }
    }

    @Test func aLinkLongerThanExcelAllowsIsWrittenAsTextWithAWarning() throws {
        let url = "https://example.org/" + String(repeating: "a", count: 2_100)
        let kazakhstan = Fixture.kazakhstan.replacingOccurrences(
            of: "      - title: Final Document 2021", with: "      - title: Final Document 2021\n        url: \(url)")
        let workbook = try WrittenWorkbook.fixture(["2021/KZ.yaml": kazakhstan])
        let cell = try #require(try workbook.reference(sheet: "Findings", row: "KZ", column: "Source 1"))
        #expect(try workbook.reader.cell(cell, sheet: workbook.sheet("Findings")) == "Final Document 2021 <\(url)>")
        #expect(workbook.warnings.map(\.description) == [
            "Indicators/2021/KZ.yaml:10:9: warning: source of finding 'kz-union-deregistered' is written as text in "
                + "Findings!J6, not as a link: it is longer than the 2079 characters Excel allows in a link",
        ])
    }

    /// Beyond the links a sheet may hold, the rest are text, with one warning for the sheet (a
    /// library of a million findings would otherwise print hundreds of thousands).
    @Test func linksBeyondTheSheetsLimitAreTextWithOneWarning() throws {
        let kazakhstan = Self.kazakhstan(findings: 4) { number in
            "{title: Report \(number), url: \"https://example.org/\(number)\"}"
        }
        let workbook = try WrittenWorkbook.fixture(["2021/KZ.yaml": kazakhstan],
                                                   options: WorkbookOptions(linksPerSheet: 2))
        let third = try #require(try workbook.reference(sheet: "Findings", row: "kz-finding-3", column: "Source 1"))
        #expect(try workbook.reader.cell(third, sheet: workbook.sheet("Findings")) == "Report 3 <https://example.org/3>")
        #expect(workbook.warnings.map(\.description).filter { $0.contains("links Excel allows") } == [
            "Indicators/2021/KZ.yaml:21:15: warning: source of finding 'kz-finding-3' is written as text in "
                + "Findings!J8, not as a link: the sheet already holds the 2 links Excel allows; so is the 1 link "
                + "after it on this sheet",
        ])
    }

    /// Kazakhstan with `count` findings kz-finding-1..., each with the source `source(number)`.
    static func kazakhstan(findings count: Int, source: (Int) -> String) -> String {
        let findings = (1...count).map { number in
            """
              - id: kz-finding-\(number)
                kind: violation
                indicators: [foa.registration]
                summary: Finding number \(number).
                status: ongoing
                sources: [\(source(number))]
            """
        }.joined(separator: "\n")
        return "country: KZ\nsituation: In Kazakhstan.\nfindings:\n\(findings)\nrecommendations:\n"
            + "  - id: kz-reregister-union\n    text: Re-register the union.\n"
    }
}
