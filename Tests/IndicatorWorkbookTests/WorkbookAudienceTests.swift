import Foundation
import Testing
import IndicatorLibrary
import IndicatorWorkbook
import LibraryFixtures
import WorkbookReading

/// Public by default: a confidential finding or person reaches only an internal workbook, and every
/// sheet and printed page of that one says so.
@Suite struct WorkbookAudienceTests {
    static let kazakhstan = """
        country: KZ
        situation: In **Kazakhstan**, activists remain under pressure.
        findings:
          - id: kz-union-deregistered
            kind: violation
            indicators: [foa.registration]
            summary: The authorities de-registered the union.
            status: ongoing
            sources: [{title: Final Document 2021}]
            people:
              - name: Marat Public
                confidential: false
              - name: Dana Hidden
                confidential: true
          - id: kz-organiser-detained
            kind: violation
            indicators: [foa.registration]
            summary: A union organiser was detained at the Tengiz oil field.
            status: ongoing
            sources: [{title: Monitor's interview, url: "https://example.org/interview"}]
            people:
              - name: Aigerim Secret
                confidential: false
            confidential: true
        recommendations:
          - id: kz-reregister-union
            text: Re-register the union.
            findings: [kz-union-deregistered, kz-organiser-detained]
        """

    static let secrets = ["Dana Hidden", "Aigerim Secret", "Tengiz", "kz-organiser-detained", "interview"]

    @Test func aPublicWorkbookHoldsNoConfidentialString() throws {
        let workbook = try WrittenWorkbook.fixture(["2021/KZ.yaml": Self.kazakhstan])
        let text = workbook.reader.allText
        for secret in Self.secrets {
            #expect(!text.contains(secret), "\(secret) leaked into the public workbook")
        }
        #expect(!text.contains("INTERNAL"))
        #expect(try workbook.value(sheet: "Findings", row: "KZ", column: "People") == "Marat Public")
        #expect(try workbook.value(sheet: "Recommendations", row: "KZ", column: "Findings") == "kz-union-deregistered")
        #expect(try workbook.value(sheet: "Summary", row: "KZ", column: "Findings: violations") == "1")
    }

    @Test func anInternalWorkbookHoldsEverythingAndEverySheetSaysSo() throws {
        let workbook = try WrittenWorkbook.fixture(["2021/KZ.yaml": Self.kazakhstan],
                                                   options: WorkbookOptions(audience: .internal))
        let text = workbook.reader.allText
        for secret in Self.secrets {
            #expect(text.contains(secret), "\(secret) is missing from the internal workbook")
        }
        for name in try workbook.reader.sheetNames {
            let sheet = try workbook.sheet(name)
            #expect(try workbook.reader.cell("A2", sheet: sheet)?.hasPrefix("INTERNAL — NOT FOR PUBLICATION") == true,
                    "\(name) does not say it is internal")
            let xml = try workbook.sheetXML(name)
            #expect(xml.contains("<oddHeader>&amp;CINTERNAL — NOT FOR PUBLICATION</oddHeader>"))
            #expect(xml.contains("<oddFooter>&amp;CINTERNAL — NOT FOR PUBLICATION</oddFooter>"))
        }
        #expect(try workbook.value(sheet: "Findings", row: "KZ", column: "People")
            == "Marat Public, Dana Hidden (confidential)")
        #expect(try workbook.value(sheet: "Findings", row: "KZ", column: "Confidential") == "some people")
        #expect(try workbook.value(sheet: "Summary", row: "KZ", column: "Findings: violations") == "2")
        #expect(try workbook.reader.values("docProps/core.xml", "//*[local-name()='description']")
            .first?.hasPrefix("INTERNAL — NOT FOR PUBLICATION") == true)
    }
}
