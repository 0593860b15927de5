import Foundation
import Testing
import IndicatorLibrary
import IndicatorWorkbook
import LibraryFixtures
import WorkbookReading

/// Public by default: a confidential finding or person reaches only an internal workbook, and every
/// sheet and printed page of that one says so.
@Suite struct WorkbookAudienceTests {
    @Test func aPublicWorkbookHoldsNoConfidentialString() throws {
        let workbook = try WrittenWorkbook.fixture(["2021/KZ.yaml": Fixture.kazakhstanWithSecrets])
        let text = workbook.reader.allText
        for secret in Fixture.secrets {
            #expect(!text.contains(secret), "\(secret) leaked into the public workbook")
        }
        #expect(!text.contains("INTERNAL"))
        #expect(try workbook.value(sheet: "Findings", row: "KZ", column: "People") == "Marat Public")
        #expect(try workbook.value(sheet: "Recommendations", row: "KZ", column: "Findings") == "kz-union-deregistered")
        #expect(try workbook.value(sheet: "Summary", row: "KZ", column: "Findings: open violations") == "1")
    }

    @Test func anInternalWorkbookHoldsEverythingAndEverySheetSaysSo() throws {
        let workbook = try WrittenWorkbook.fixture(["2021/KZ.yaml": Fixture.kazakhstanWithSecrets],
                                                   audience: .internal)
        let text = workbook.reader.allText
        for secret in Fixture.secrets {
            #expect(text.contains(secret), "\(secret) is missing from the internal workbook")
        }
        for name in try workbook.reader.sheetNames {
            // The second row (from column C on the findings, whose first two columns hold the title on
            // every printed page).
            #expect(try workbook.row(2, sheet: name).first?.hasPrefix("INTERNAL — NOT FOR PUBLICATION") == true,
                    "\(name) does not say it is internal")
            let xml = try workbook.sheetXML(name)
            #expect(xml.contains("<oddHeader>&amp;CINTERNAL — NOT FOR PUBLICATION</oddHeader>"))
            #expect(xml.contains("<oddFooter>&amp;L&amp;A&amp;CPage &amp;P of &amp;N&amp;RINTERNAL — NOT FOR PUBLICATION</oddFooter>"))
        }
        #expect(try workbook.value(sheet: "Findings", row: "KZ", column: "People")
            == "Marat Public, Dana Hidden (confidential)")
        #expect(try workbook.value(sheet: "Findings", row: "KZ", column: "Confidential") == "some people")
        #expect(try workbook.value(sheet: "Summary", row: "KZ", column: "Findings: open violations") == "2")
        #expect(try workbook.reader.values("docProps/core.xml", "//*[local-name()='description']")
            .first?.hasPrefix("INTERNAL — NOT FOR PUBLICATION") == true)
    }

    /// A finding confidential in 2021 and public in 2022: a public 2022 workbook says it was first
    /// reported in 2022, and so tells nothing of the hidden 2021 record.
    @Test func aPublicWorkbookTellsNothingOfAnEarlierHiddenRecord() throws {
        let files = Fixture.secretThenPublic
        let published = try WrittenWorkbook.fixture(files, year: 2022)
        #expect(try published.value(sheet: "Findings", row: "kz-organiser-detained", column: "Since") == "2022")
        let internalCopy = try WrittenWorkbook.fixture(files, year: 2022, audience: .internal)
        #expect(try internalCopy.value(sheet: "Findings", row: "kz-organiser-detained", column: "Since") == "2021")
    }
}
