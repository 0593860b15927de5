import Foundation
import Testing
import IndicatorLibrary
import IndicatorWorkbook
import LibraryFixtures
import WorkbookReading

/// The Indicators sheet follows the quantitative values over the editions: one column per year, an
/// empty cell where nothing was recorded, a chart for each indicator with a value, its years spaced as years.
@Suite struct TrendTests {
    static func edition(_ year: Int, number: Int, date: String) -> [String: String?] {
        [
            "\(year)/meeting.yaml": Fixture.meeting.replacingOccurrences(of: "edition: 5", with: "edition: \(number)")
                .replacingOccurrences(of: "2021-12-07", with: date),
            "\(year)/KZ.yaml": Fixture.kazakhstan,
        ]
    }

    /// 2019 and 2021 with values for Kazakhstan, Kyrgyzstan only in 2021; 2022 with none.
    static var library: [String: String?] {
        var files = edition(2019, number: 3, date: "2019-11-14")
            .merging(edition(2022, number: 6, date: "2022-11-10")) { $1 }
        files["2019/KZ.yaml"] = Fixture.kazakhstan + """

            values:
              foa.conflicts: {value: 41, source: FPRK union monitoring 2019}
            """
        files["2021/KZ.yaml"] = Fixture.kazakhstan + """

            values:
              foa.conflicts: {value: 55, source: FPRK union monitoring 2021}
            """
        files["2021/KG.yaml"] = """
            country: KG
            values:
              foa.conflicts: {value: 12}
            """
        return files
    }

    @Test func valuesRunAcrossTheEditionsUpToTheWorkbooksOwn() throws {
        let workbook = try WrittenWorkbook.fixture(Self.library, year: 2021)
        #expect(try workbook.row(5, sheet: "Indicators") == ["Indicator", "Title", "Unit", "Better", "Country", "2019",
                                                             "2021"])
        #expect(try workbook.row(6, sheet: "Indicators") == ["foa.conflicts", "Labour conflicts recorded", "conflicts",
                                                             "lower", "KG", "12"])
        #expect(try workbook.value(sheet: "Indicators", row: "KG", column: "2019") == nil)
        #expect(try workbook.row(7, sheet: "Indicators") == ["foa.conflicts", "Labour conflicts recorded", "conflicts",
                                                             "lower", "KZ", "41", "55"])
        let comments = workbook.reader.parts.filter { $0.key.hasPrefix("xl/comments") }
            .map { String(decoding: $0.value, as: UTF8.self) }.joined()
        #expect(comments.contains("Source: FPRK union monitoring 2019"))
        // A scatter with lines over the years as numbers (2019 and 2021 two years apart, not one step).
        let charts = workbook.reader.parts.filter { $0.key.hasPrefix("xl/charts/") }
            .map { String(decoding: $0.value, as: UTF8.self) }.filter { $0.contains("<c:scatterChart>") }
        #expect(charts.count == 1)
        #expect(charts.first?.contains("<c:f>Indicators!$F$7:$G$7</c:f>") == true)
        #expect(charts.first?.contains("<c:xVal><c:numRef><c:f>Indicators!$F$5:$G$5</c:f>") == true)
        let sheet = try workbook.sheetXML("Indicators")
        #expect(sheet.contains(#"<c r="F5" s=""#) && !sheet.contains(#"<c r="F5" t="s""#), "the year is a number")
    }

    /// A single year is a point, not nothing.
    @Test func yearsNarrowTheTrendAndASingleYearDrawsAPoint() throws {
        let workbook = try WrittenWorkbook.fixture(Self.library, year: 2021,
                                                   options: WorkbookOptions(years: 2021...2022))
        #expect(try workbook.row(5, sheet: "Indicators") == ["Indicator", "Title", "Unit", "Better", "Country", "2021",
                                                             "2022"])
        let charts = workbook.reader.parts.filter { $0.key.hasPrefix("xl/charts/") }
            .map { String(decoding: $0.value, as: UTF8.self) }.filter { $0.contains("<c:scatterChart>") }
        #expect(charts.count == 1)
        #expect(charts.first?.contains("<c:marker>") == true || charts.first?.contains("lineMarker") == true)
    }

    @Test func anEditionWithoutValuesSaysSo() throws {
        let workbook = try WrittenWorkbook.fixture()
        #expect(try workbook.row(6, sheet: "Indicators") == ["No quantitative values are recorded in the edition 2021."])
    }

    @Test(arguments: [("2019...2021", 2019...2021), ("2019-2021", 2019...2021), ("2021", 2021...2021),
                      (" 2019..2021 ", 2019...2021)])
    func yearRangesAreReadAsUsersWriteThem(text: String, range: ClosedRange<Int>) {
        #expect(YearRange(parsing: text)?.range == range)
    }

    @Test(arguments: ["2021...2019", "21", "2019...", "abc", "2019...2021...2022"])
    func otherYearRangesAreRefused(text: String) {
        #expect(YearRange(parsing: text) == nil)
    }
}
