import Foundation
import IndicatorLibrary
import LibraryFixtures
import Testing

/// The series on the Indicators sheet: a figure of a year without a meeting is a column of its own,
/// beside the editions' years, with its source on hover.
@Suite struct SeriesOnTheIndicatorsSheetTests {
    @Test func aYearWithoutAMeetingHoldsItsFigure() throws {
        let series = """
            - {indicator: foa.conflicts, country: KZ, year: 2020, value: 40, source: {title: FPRK union monitoring 2020}}
            - {indicator: foa.conflicts, country: KZ, year: 2021, value: 55, source: {title: FPRK union monitoring 2021}}
            """
        let workbook = try WrittenWorkbook.fixture(["series/fprk.yaml": series])
        let header = try #require(try workbook.reader.find("Indicator", sheet: workbook.sheet("Indicators")))
        let row = Int(header.drop { $0.isLetter }) ?? 0
        #expect(try workbook.row(row, sheet: "Indicators") == ["Indicator", "Title", "Unit", "Better", "Country", "2020", "2021"])
        #expect(try workbook.row(row + 1, sheet: "Indicators") == ["foa.conflicts", "Labour conflicts recorded", "conflicts",
                                                                   "lower", "KZ", "40", "55"])
    }
}
