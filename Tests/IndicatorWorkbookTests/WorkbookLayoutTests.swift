import Foundation
import Testing
import IndicatorLibrary
import IndicatorWorkbook
import LibraryFixtures
import WorkbookReading

/// The sheets of the workbook as a reader finds them, from the small fixture library.
@Suite struct WorkbookLayoutTests {
    @Test func everySheetIsThereWithTheEditionInItsTitleAndAFrozenFilteredHeader() throws {
        let workbook = try WrittenWorkbook.fixture()
        #expect(try workbook.reader.sheetNames == ["Summary", "Ratifications", "Findings", "Recommendations", "Groups",
                                                   "Indicators"])
        for name in try workbook.reader.sheetNames {
            let title = try workbook.reader.cell("A1", sheet: workbook.sheet(name))
            #expect(title?.hasPrefix("\(name), 2021 edition: Fifth Coordination Meeting, Bishkek, 2021-12-07") == true)
            let xml = try workbook.sheetXML(name)
            #expect(xml.contains("state=\"frozen\""), "\(name) has no frozen pane")
            #expect(xml.contains("<autoFilter ref="), "\(name) has no filter buttons")
        }
        #expect(try workbook.row(5, sheet: "Findings").prefix(9) == [
            "Country", "Id", "Kind", "Indicators", "Groups", "Summary", "Status", "Since", "People",
        ])
        // Country and Id stay in view while scrolling sideways.
        #expect(try workbook.sheetXML("Findings").contains(#"<pane xSplit="2" ySplit="5" topLeftCell="C6" activePane="bottomRight" state="frozen"/>"#))
        #expect(try workbook.sheetXML("Findings").contains(#"<autoFilter ref="A5:J6"/>"#))
    }

    @Test func aFindingRowHoldsItsFieldsAndItsSourceAsALink() throws {
        let kazakhstan = Fixture.kazakhstan.replacingOccurrences(
            of: "      - title: Final Document 2021",
            with: "      - title: Final Document 2021\n        url: https://example.org/final-2021")
        let workbook = try WrittenWorkbook.fixture(["2021/KZ.yaml": kazakhstan])
        #expect(try workbook.row(6, sheet: "Findings") == [
            "KZ", "kz-union-deregistered", "violation", "foa.registration", "The authorities de-registered the union.",
            "ongoing", "2021", "Final Document 2021",
        ])
        let sheet = try workbook.sheet("Findings")
        #expect(try workbook.reader.values("xl/worksheets/_rels/sheet\(sheet).xml.rels", "//@Target")
            .contains("https://example.org/final-2021"))
        #expect(try workbook.sheetXML("Findings").contains(#"<hyperlink ref="J6""#))
    }

    /// A wrapped cell's row is as tall as its lines in the column's width (Summary: 70 characters,
    /// 69 to a line), counted in characters, not bytes, and every line break starting a new line.
    @Test(arguments: [
        (String(repeating: "ж", count: 200), 45.0),
        // Three paragraphs: three lines and the two blank lines between them.
        ("First.\\n\\nSecond.\\n\\nThird.", 75.0),
    ])
    func aRowIsAsTallAsItsWrappedText(summary: String, points: Double) throws {
        let kazakhstan = Fixture.kazakhstan.replacingOccurrences(
            of: "summary: The authorities de-registered the union.", with: "summary: \"\(summary)\"")
        let workbook = try WrittenWorkbook.fixture(["2021/KZ.yaml": kazakhstan])
        #expect(try workbook.sheetXML("Findings").contains(#"<row r="6" ht="\#(Int(points))" customHeight="1">"#))
    }

    @Test func theRatificationMatrixKeepsUnknownApartFromNotRatified() throws {
        let ratifications = Fixture.ratifications + """

            - country: KG
              instrument: C087
              status: not-ratified
              as_of: 2022
              source: https://example.org/normlex/kg
            """
        let workbook = try WrittenWorkbook.fixture(["ratifications.yaml": ratifications])
        let ratified = try #require(try workbook.reference(sheet: "Ratifications", row: "KZ", column: "C087"))
        let notRatified = try #require(try workbook.reference(sheet: "Ratifications", row: "KG", column: "C087"))
        let unknown = try #require(try workbook.reference(sheet: "Ratifications", row: "KZ", column: "C155"))
        let sheet = try workbook.sheet("Ratifications")
        let cells = try workbook.reader.cells(sheet: sheet)
        #expect(cells[ratified] == "2000")
        #expect(cells[notRatified] == "not ratified")
        #expect(cells[unknown] == "unknown")
        let styles = try [ratified, notRatified, unknown].map { try workbook.reader.style($0, sheet: sheet) }
        #expect(Set(styles).count == 3, "the three states must look different: \(styles)")
        let comments = workbook.reader.parts.filter { $0.key.hasPrefix("xl/comments") }
            .map { String(decoding: $0.value, as: UTF8.self) }.joined()
        #expect(comments.contains("ratified 2000. Source: https://example.org/normlex/kz-c087"))
        #expect(comments.contains("not ratified as of 2022. Source: https://example.org/normlex/kg"))
        #expect(try workbook.row(6, sheet: "Ratifications") == ["Fundamental (2021)", "Technical"])
    }

    /// C155 and C187 joined the fundamental instruments on 10 June 2022: the same ratification counts in
    /// 2022 and not in 2021.
    @Test func fundamentalInstrumentsAreCountedAsTheyStoodInTheYear() throws {
        let files: [String: String?] = [
            "ratifications.yaml": Fixture.ratifications + """

                - country: KZ
                  instrument: C155
                  status: ratified
                  date: 1996
                  source: https://example.org/normlex/kz-c155
                """,
            "2022/meeting.yaml": Fixture.meeting.replacingOccurrences(of: "edition: 5", with: "edition: 6")
                .replacingOccurrences(of: "2021-12-07", with: "2022-11-10"),
            "2022/KZ.yaml": Fixture.kazakhstan,
        ]
        let in2021 = try WrittenWorkbook.fixture(files, year: 2021)
        let in2022 = try WrittenWorkbook.fixture(files, year: 2022)
        #expect(try in2021.value(sheet: "Summary", row: "KZ", column: "Fundamental instruments ratified (of 1 in 2021)") == "1")
        #expect(try in2022.value(sheet: "Summary", row: "KZ", column: "Fundamental instruments ratified (of 2 in 2022)") == "2")
        #expect(try in2022.value(sheet: "Recommendations", row: "KZ", column: "Status") == "repeated")
        #expect(try in2022.value(sheet: "Recommendations", row: "KZ", column: "Earlier editions") == "1")
        #expect(try in2022.value(sheet: "Recommendations", row: "KZ", column: "First made") == "2021")
    }

    @Test func theSummaryCountsFindingsRecommendationsAndDrawsViolationsByCountry() throws {
        let workbook = try WrittenWorkbook.fixture()
        #expect(try workbook.row(6, sheet: "Summary") == ["KZ", "Kazakhstan", "1", "0", "0", "0", "1", "0", "0", "0",
                                                         "0", "1", "0", "1"])
        let charts = workbook.reader.parts.filter { $0.key.hasPrefix("xl/charts/chart") }
            .map { String(decoding: $0.value, as: UTF8.self) }
        #expect(charts.count == 1)
        #expect(charts.first?.contains("<c:barChart>") == true)
        #expect(charts.first?.contains("<c:f>Summary!$C$6</c:f>") == true)
    }

    /// A resolved case is not a violation of the current picture: each finding is counted once, open
    /// violations, open concerns, progress, or resolved in the edition.
    @Test func theSummaryTellsOpenFromResolved() throws {
        let finding = { (id: String, kind: String, status: String) in """

              - id: \(id)
                kind: \(kind)
                indicators: [foa.registration]
                summary: Finding \(id).
                status: \(status)
                sources: [{title: Final Document 2021}]
            """ }
        let kazakhstan = Fixture.kazakhstan.replacingOccurrences(of: "\nrecommendations:", with: [
            finding("kz-case-resolved", "violation", "resolved"), finding("kz-concern", "concern", "ongoing"),
            finding("kz-progress", "progress", "ongoing"),
        ].joined() + "\nrecommendations:")
        let workbook = try WrittenWorkbook.fixture(["2021/KZ.yaml": kazakhstan])
        #expect(try workbook.row(5, sheet: "Summary").prefix(6) == ["Country", "Name", "Findings: open violations",
                                                                    "Findings: open concerns", "Findings: progress",
                                                                    "Findings: resolved in 2021"])
        #expect(try workbook.row(6, sheet: "Summary").prefix(6) == ["KZ", "Kazakhstan", "1", "1", "1", "1"])
        let check = Fixture.check(["2021/KZ.yaml": kazakhstan])
        let summary = LibrarySummary(try #require(check.library))
        #expect(summary.editions.first?.findings.counts.map(\.count) == [1, 1, 1, 1], "check counts as the sheet does")
    }

    /// The number is the one the Final Document prints: implemented recommendations are not printed.
    @Test func recommendationsCarryTheNumberTheyArePrintedUnder() throws {
        let kazakhstan = Fixture.kazakhstan + """

              - id: kz-stop-pressure
                text: Stop the pressure on activists.
              - id: kz-register-union-met
                text: Register the miners' union.
                status: implemented
            """
        let workbook = try WrittenWorkbook.fixture(["2021/KZ.yaml": kazakhstan])
        let rows = try (6...8).map { try workbook.row($0, sheet: "Recommendations") }
        #expect(rows.map { $0[2] } == ["1", "2", "kz-register-union-met"])
        #expect(rows[2].contains("implemented"))
        #expect(rows[0] == ["KZ", "the President and the Government of the Republic of Kazakhstan", "1",
                            "kz-reregister-union", "Re-register the union.", "new", "0", "2021",
                            "kz-union-deregistered"])
    }

    @Test func theDocumentPropertiesComeFromTheEditionSoTheBytesRepeat() throws {
        let first = try WrittenWorkbook.fixture()
        let second = try WrittenWorkbook.fixture()
        #expect(first.bytes == second.bytes)
        #expect(try first.reader.values("docProps/core.xml", "//*[local-name()='created']") == ["2021-12-07T00:00:00Z"])
        #expect(try first.reader.values("docProps/core.xml", "//*[local-name()='title']")
            == ["Indicators 2021: Fifth Coordination Meeting"])
    }
}
