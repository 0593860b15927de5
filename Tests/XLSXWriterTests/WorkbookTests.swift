import Foundation
import Testing
import WorkbookReading
import XLSXWriter

/// The Swift face of libxlsxwriter, checked by reading the written file back.
@Suite final class WorkbookTests {
    static let properties = DocumentProperties(
        title: "Test workbook", subject: "Reading back", author: "LabourMonitor tests",
        created: Date(timeIntervalSince1970: 1_638_835_200))

    /// The folders this test made, removed when it ends (a suite instance lives for one test).
    private var folders: [URL] = []

    deinit {
        for folder in folders { try? FileManager.default.removeItem(at: folder) }
    }

    func path(_ name: String = "book.xlsx") -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("xlsx-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        folders.append(folder)
        return folder.appendingPathComponent(name).path
    }

    static func files(besides path: String) -> [String] {
        (try? FileManager.default.contentsOfDirectory(atPath: URL(fileURLWithPath: path).deletingLastPathComponent().path))?
            .sorted() ?? []
    }

    /// What libxlsxwriter refused while `build` ran or the workbook was written, or nil when written.
    static func refusal(at path: String, constantMemory: Bool = false,
                        _ build: (Workbook) throws(XLSXError) -> Void) -> XLSXError? {
        do {
            try Workbook.write(to: path, properties: properties, constantMemory: constantMemory, build)
            return nil
        } catch {
            switch error {
            case let .xlsx(error), let .build(error): return error
            }
        }
    }

    static func sample(_ workbook: Workbook) throws(XLSXError) {
        let sheet = try workbook.addWorksheet(named: "Findings")
        let header = CellStyle(bold: true)
        try sheet.write("Country", row: 0, column: 0, style: header)
        try sheet.write("Conflicts", row: 0, column: 1, style: header)
        try sheet.write("Source", row: 0, column: 2, style: header)
        try sheet.write("Kazakhstan", row: 1, column: 0)
        try sheet.write(55, row: 1, column: 1)
        try sheet.writeLink("https://example.org/fprk", text: "FPRK monitoring", row: 1, column: 2)
        try sheet.write("=HYPERLINK(\"http://evil\")", row: 2, column: 0)
        try sheet.write(true, row: 2, column: 1)
        try sheet.writeComment("Ratified 13 December 2000", row: 1, column: 1)
        try sheet.freezePanes(row: 1, column: 0)
        try sheet.autofilter(firstRow: 0, firstColumn: 0, lastRow: 2, lastColumn: 2)
        try sheet.setColumns(0...0, width: 20)
        let chart = try workbook.addChart(.column)
        chart.setTitle("Conflicts by country")
        try chart.addSeries(name: "Conflicts", categories: .column(0, rows: 1...1, on: "Findings"),
                            values: .column(1, rows: 1...1, on: "Findings"))
        try sheet.insert(chart, row: 4, column: 0)
    }

    @Test func whatIsWrittenReadsBack() throws {
        let path = path()
        try Workbook.write(to: path, properties: Self.properties, Self.sample)
        let book = try WorkbookReader(path: path)
        #expect(try book.sheetNames == ["Findings"])
        #expect(try book.cell("A1") == "Country")
        #expect(try book.cell("A2") == "Kazakhstan")
        #expect(try book.cell("B2") == "55")
        #expect(try book.cell("B3") == "1")
        #expect(try book.cell("C2") == "FPRK monitoring")
        #expect(try book.values("xl/worksheets/_rels/sheet1.xml.rels", "//@Target").contains("https://example.org/fprk"))
        #expect(try book.values("xl/worksheets/sheet1.xml", "//*[local-name()='pane']/@state") == ["frozen"])
        #expect(try book.values("xl/worksheets/sheet1.xml", "//*[local-name()='pane']/@topLeftCell") == ["A2"])
        #expect(try book.values("xl/worksheets/sheet1.xml", "//*[local-name()='autoFilter']/@ref") == ["A1:C3"])
        #expect(try book.values("xl/comments1.xml", "//*[local-name()='t']") == ["Ratified 13 December 2000"])
        #expect(try book.values("xl/charts/chart1.xml", "//*[local-name()='val']//*[local-name()='f']")
            == ["Findings!$B$2"])
        #expect(try book.values("docProps/core.xml", "//*[local-name()='title']") == ["Test workbook"])
        #expect(try book.values("docProps/core.xml", "//*[local-name()='created']") == ["2021-12-07T00:00:00Z"])
    }

    @Test func textThatLooksLikeAFormulaStaysText() throws {
        let path = path()
        try Workbook.write(to: path, properties: Self.properties, Self.sample)
        let book = try WorkbookReader(path: path)
        #expect(try book.cell("A3") == "=HYPERLINK(\"http://evil\")")
        #expect(try !book.hasFormula("A3"))
    }

    @Test func sameInputSameBytes() throws {
        let first = path(), second = path()
        try Workbook.write(to: first, properties: Self.properties, Self.sample)
        try Workbook.write(to: second, properties: Self.properties, Self.sample)
        #expect(try Data(contentsOf: URL(fileURLWithPath: first)) == Data(contentsOf: URL(fileURLWithPath: second)))
    }

    @Test func aStepThatThrowsWritesNothingAndLeavesNoTemporaryFile() throws {
        struct Stop: Error {}
        let path = path()
        do {
            try Workbook.write(to: path, properties: Self.properties) { (workbook: Workbook) throws(Stop) in
                try? Self.sample(workbook)
                throw Stop()
            }
            Issue.record("the step's failure must stop the writing")
        } catch {
            guard case .build = error else { Issue.record("\(error)"); return }
        }
        #expect(Self.files(besides: path) == [])
    }

    @Test func anExistingFileIsReplacedOnlyBySuccess() throws {
        let path = path()
        try Data("previous".utf8).write(to: URL(fileURLWithPath: path))
        #expect(Self.refusal(at: path) { workbook throws(XLSXError) in
            _ = try workbook.addWorksheet(named: "Bad/Name")
        } != nil)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "previous")
        try Workbook.write(to: path, properties: Self.properties, Self.sample)
        #expect(try WorkbookReader(path: path).sheetNames == ["Findings"])
        #expect(Self.files(besides: path) == ["book.xlsx"])
    }

    @Test func libxlsxwriterErrorsCarryItsOwnText() throws {
        let error = Self.refusal(at: path()) { workbook throws(XLSXError) in
            _ = try workbook.addWorksheet(named: "Findings")
            _ = try workbook.addWorksheet(named: "findings")
        }
        #expect(error?.description == "adding the sheet 'findings': Worksheet name is already in use.")
    }

    /// Cells recorded, in line or ahead on another core, write what the same calls made one by one
    /// write: the same file, byte for byte.
    @Test func recordedCellsWriteWhatTheirCallsWrite() throws {
        let bold = CellStyle(bold: true)
        let oneByOne = path()
        try Workbook.write(to: oneByOne, properties: Self.properties, constantMemory: true) { workbook in
            let sheet = try workbook.addWorksheet(named: "S")
            try sheet.setRow(0, height: 30)
            try sheet.write("Kazakhstan", row: 0, column: 0, style: bold)
            try sheet.write(55, row: 0, column: 1)
            try sheet.write(true, row: 0, column: 2, style: bold)
            try sheet.writeLink("https://example.org/fprk", text: "FPRK", row: 1, column: 0)
            try sheet.writeLink("https://example.org/bare", row: 1, column: 1)
            try sheet.writeComment("Ratified 13 December 2000", row: 1, column: 1)
            try sheet.write("before\0after", row: 2, column: 0)
            for row in 3..<10_003 { try sheet.write("row \(row)", row: row, column: row % 3, style: bold) }
        }
        let record: @Sendable (inout CellRecorder) -> Int = { cells in
            cells.setRow(0, height: 30)
            cells.write("Kazakhstan", row: 0, column: 0, style: bold)
            cells.write(55, row: 0, column: 1)
            cells.write(true, row: 0, column: 2, style: bold)
            cells.writeLink("https://example.org/fprk", text: "FPRK", row: 1, column: 0)
            cells.writeLink("https://example.org/bare", row: 1, column: 1)
            cells.writeComment("Ratified 13 December 2000", row: 1, column: 1)
            cells.write("before\0after", row: 2, column: 0)
            for row in 3..<10_003 { cells.write("row \(row)", row: row, column: row % 3, style: bold) }
            return 10_008
        }
        let inLine = path()
        let ahead = path()
        var results: [Int] = []
        try Workbook.write(to: inLine, properties: Self.properties, constantMemory: true) { workbook in
            results.append(try workbook.addWorksheet(named: "S").writeCells(record))
        }
        try Workbook.write(to: ahead, properties: Self.properties, constantMemory: true) { workbook in
            results.append(try workbook.addWorksheet(named: "S").writeCells(recordedAhead: record))
        }
        #expect(results == [10_008, 10_008])
        #expect(FileManager.default.contentsEqual(atPath: oneByOne, andPath: inLine))
        #expect(FileManager.default.contentsEqual(atPath: oneByOne, andPath: ahead))
        #expect(try WorkbookReader(path: ahead).cell("A3") == "before\u{FFFD}after")
    }

    /// The first refused cell stops the writing, named by its cell, and nothing is written.
    @Test(arguments: [false, true]) func recordedCellsStopAtTheFirstRefused(ahead: Bool) throws {
        let cases: [(@Sendable (inout CellRecorder) -> Void, String)] = [
            ({ cells in
                cells.write("fine", row: 0, column: 0)
                cells.write(String(repeating: "x", count: ExcelLimits.maxTextLength + 1), row: 4, column: 1)
                cells.write("never written", row: 5, column: 0)
            }, "writing cell B5 of 'S': String exceeds Excel's limit of 32,767 characters."),
            ({ cells in cells.write(1, row: -1, column: 0) },
             "writing cell A1 of 'S': Worksheet row or column index out of range."),
        ]
        for (record, expected) in cases {
            let path = path()
            let error = Self.refusal(at: path) { workbook throws(XLSXError) in
                let sheet = try workbook.addWorksheet(named: "S")
                if ahead { try sheet.writeCells(recordedAhead: record) } else { try sheet.writeCells(record) }
            }
            #expect(error?.description == expected)
            #expect(Self.files(besides: path).isEmpty)
        }
    }

    /// A sheet that stops on a refused cell stops the maker recording ahead: it is told
    /// (`isStopped`), and it has let go of what it captured before the error reaches the caller,
    /// rather than recording the rest of a million cells or waiting for ever for room to put them.
    @Test func aRefusedCellStopsTheMakerAhead() throws {
        final class Held: Sendable {}
        final class Count: @unchecked Sendable {
            var recorded = 0
        }
        let count = Count()
        weak var captured: Held?
        func recording() -> @Sendable (inout CellRecorder) -> Void {
            let held = Held()
            captured = held
            return { cells in
                withExtendedLifetime(held) {
                    for row in 0..<1_000_000 where !cells.isStopped {
                        cells.write(row == 10 ? String(repeating: "x", count: ExcelLimits.maxTextLength + 1) : "x",
                                    row: row, column: 0)
                        count.recorded += 1
                    }
                }
            }
        }
        var releasedBeforeTheError = false
        let error = Self.refusal(at: path(), constantMemory: true) { workbook throws(XLSXError) in
            let sheet = try workbook.addWorksheet(named: "S")
            do throws(XLSXError) {
                try sheet.writeCells(recordedAhead: recording())
            } catch {
                releasedBeforeTheError = captured == nil
                throw error
            }
        }
        #expect(error?.description == "writing cell A11 of 'S': String exceeds Excel's limit of 32,767 characters.")
        #expect(releasedBeforeTheError)
        #expect(count.recorded < 1_000_000 / 10)
    }

    @Test func cellsOutsideTheSheetAreRefusedNotCrashed() throws {
        for (row, column) in [(-1, 0), (0, -5), (ExcelLimits.maxRows, 0), (0, ExcelLimits.maxColumns)] {
            #expect(Self.refusal(at: path()) { workbook throws(XLSXError) in
                try workbook.addWorksheet(named: "S").write("x", row: row, column: column)
            } != nil)
        }
    }

    @Test func anyTextIsWrittenSafely() throws {
        let path = path()
        let long = String(repeating: "ж", count: 40_000)
        let fitted = ExcelLimits.fit(long)
        #expect(fitted.wasCut)
        #expect(fitted.text.unicodeScalars.count == ExcelLimits.maxTextLength)
        #expect(fitted.text.hasSuffix(" […truncated]"))
        try Workbook.write(to: path, properties: Self.properties) { workbook in
            let sheet = try workbook.addWorksheet(named: "Текст")
            try sheet.write("before\0after", row: 0, column: 0)
            try sheet.write("Қазақстан — 🇰🇿 <b>&amp;</b>", row: 1, column: 0)
            try sheet.write(fitted.text, row: 2, column: 0)
            #expect(throws: XLSXError.self) { try sheet.write(long, row: 3, column: 0) }
        }
        let book = try WorkbookReader(path: path)
        #expect(try book.sheetNames == ["Текст"])
        #expect(try book.cell("A1") == "before\u{FFFD}after")
        #expect(try book.cell("A2") == "Қазақстан — 🇰🇿 <b>&amp;</b>")
        #expect(try book.cell("A3")?.unicodeScalars.count == ExcelLimits.maxTextLength)
    }

    @Test func sheetNamesAreMadeValid() {
        #expect(ExcelLimits.sheetName("Findings 2019/2021: [draft]?") == "Findings 2019 2021   draft")
        #expect(ExcelLimits.sheetName("'quoted'") == "quoted")
        #expect(ExcelLimits.sheetName(String(repeating: "x", count: 40)).count == 31)
        #expect(ExcelLimits.sheetName("///") == "Sheet")
        #expect(ExcelLimits.cellName(row: 0, column: 0) == "A1")
        #expect(ExcelLimits.cellName(row: 9, column: 27) == "AB10")
    }

    @Test func constantMemoryModeWritesTheSameCells() throws {
        let path = path()
        try Workbook.write(to: path, properties: Self.properties, constantMemory: true) { workbook in
            let sheet = try workbook.addWorksheet(named: "Rows")
            for row in 0..<1_000 { try sheet.write("row \(row)", row: row, column: 0) }
        }
        let book = try WorkbookReader(path: path)
        #expect(try book.cell("A1") == "row 0")
        #expect(try book.cell("A1000") == "row 999")
    }
}

/// A printed page's header and footer, in Excel's codes: the page fields where a reader expects them,
/// an ampersand of the text kept as text.
@Suite struct PrintedPageTests {
    @Test func theFooterNumbersThePagesAndNamesTheSheet() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("printed-\(UUID().uuidString).xlsx").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Workbook.write(to: path, properties: WorkbookTests.properties) { (book: Workbook) throws(XLSXError) in
            let sheet = try book.addWorksheet(named: "Findings")
            try sheet.write("x", row: 0, column: 0)
            try sheet.setPrinted(header: PrintedLine(center: [.text("Salt & Light")]),
                                 footer: PrintedLine(left: [.sheetName], center: [.text("Page "), .pageNumber, .text(" of "),
                                                                                  .numberOfPages]))
            try sheet.repeatColumnsOnPrintedPages(0...1)
            sheet.printAcrossThenDown()
        }
        let book = try WorkbookReader(path: path)
        #expect(try book.values("xl/worksheets/sheet1.xml", "//*[local-name()='oddHeader']") == ["&CSalt && Light"])
        #expect(try book.values("xl/worksheets/sheet1.xml", "//*[local-name()='oddFooter']") == ["&L&A&CPage &P of &N"])
        #expect(try book.values("xl/workbook.xml", "//*[local-name()='definedName']") == ["Findings!$A:$B"])
    }

    @Test func aFooterLongerThanExcelTakesIsRefused() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("printed-\(UUID().uuidString).xlsx").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(throws: Workbook.Failure<XLSXError>.self) {
            try Workbook.write(to: path, properties: WorkbookTests.properties) { (book: Workbook) throws(XLSXError) in
                let sheet = try book.addWorksheet(named: "S")
                try sheet.setPrinted(footer: PrintedLine(center: [.text(String(repeating: "x", count: 300))]))
            }
        }
    }
}
