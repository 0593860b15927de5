import Foundation
import IndicatorLibrary
import IndicatorWorkbook
import LibraryFixtures
import PDFEngine
import Testing
import WorkbookReading

/// The workbook on paper: every sheet on A4 landscape, numbered, narrow sheets one page wide, wide
/// ones with their key columns on every page, nothing cut. Read as the page setup Excel reads, and
/// as LibreOffice prints it (the text of its PDF, through pdftotext).
@Suite struct WorkbookPrintingTests {
    @Test func everySheetPrintsOnA4LandscapeWithItsPagesNumbered() throws {
        let workbook = try WrittenWorkbook.library(Fixture.bundledLibrary)
        for name in try workbook.reader.sheetNames {
            let xml = try workbook.sheetXML(name)
            #expect(xml.contains(#"paperSize="9""#) && xml.contains(#"orientation="landscape""#), "\(name)")
            #expect(xml.contains("<oddFooter>&amp;L&amp;A&amp;CPage &amp;P of &amp;N</oddFooter>"), "\(name)")
        }
        // One page wide; the findings two, side by side, Country and Id on both.
        for name in ["Summary", "Ratifications", "Recommendations", "Changes"] {
            #expect(try workbook.sheetXML(name).contains(#"fitToWidth="1""#) || !workbook.sheetXML(name).contains("fitToWidth"),
                    "\(name)")
        }
        let findings = try workbook.sheetXML("Findings")
        #expect(findings.contains(#"fitToWidth="2""#))
        #expect(findings.contains(#"pageOrder="overThenDown""#))
        let titles = try workbook.reader.values("xl/workbook.xml", "//*[local-name()='definedName'][@name='_xlnm.Print_Titles']")
        #expect(titles.contains { $0.hasPrefix("Findings!$A:$B,") }, "\(titles)")
    }

    /// What a reader of the printout sees: "ratified by 2020" whole, every sheet's title whole, the page
    /// number on every page, and no command line.
    @Test func aPrintedWorkbookCutsNothing() throws {
        let workbook = try WrittenWorkbook.library(Fixture.bundledLibrary)
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("workbook-pdf-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: work) }
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        let source = work.appendingPathComponent("indicators-2021.xlsx")
        try workbook.bytes.write(to: source)
        let pdf = try #require(try PDFEngine.locate().convert([source], into: work, work: work.appendingPathComponent("engine"),
                                                              date: "20211207").first)
        let text = try PDFText.text(ofFileAt: pdf.path)
        let pages = text.split(separator: "\u{0C}").map(String.init).filter { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
        for (index, page) in pages.enumerated() {
            #expect(page.contains("Page \(index + 1) of \(pages.count)"), "page \(index + 1)")
        }
        let flowing = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(flowing.contains("ratified by 2020"))
        for name in try workbook.reader.sheetNames {
            #expect(flowing.contains("\(name), 2021 edition: Fifth Coordination Meeting, Bishkek, 2021-12-07"), "\(name)")
        }
        #expect(!text.contains("labour-monitor"))
    }
}
