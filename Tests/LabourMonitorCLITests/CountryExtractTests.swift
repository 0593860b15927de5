import Foundation
import Testing
import WorkbookReading

/// `report YEAR --country KZ` and `workbook YEAR --country KZ`: one country's outputs for an advocacy
/// brief, public by default, ready-checked like the whole edition.
@Suite struct CountryExtractTests {
    @Test func theFinalDocumentOfOneCountryHoldsItsSituationAndItsAppealAlone() throws {
        let folder = try CLI.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try CLI.run(["report", "2021", "--country", "kz", "--format", "md"], in: folder)
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output == "wrote Reports/2021/final-document-KZ.md\nwrote Reports/2021/final-document-KZ.ru.md\n")
        let text = try String(contentsOf: folder.appendingPathComponent("Reports/2021/final-document-KZ.md"), encoding: .utf8)
        #expect(text.contains("*Extract for Kazakhstan: what the edition says of it alone*"))
        #expect(text.contains("In **Kazakhstan**, the independent union's activists remain under considerable pressure"))
        #expect(text.contains("— **the President and the Government of the Republic of Kazakhstan to:**"))
        // Its seven recommendations, numbered as the whole document numbers them.
        for number in 1...7 { #expect(text.contains("\n\(number). "), "recommendation \(number)") }
        #expect(!text.contains("\n8. "))
        for other in ["Kyrgyz Republic to:", "Republic of Tajikistan to:", "President of Turkmenistan to:",
                      "Republic of Uzbekistan to:", "In **Tajikistan**"] {
            #expect(!text.contains(other), "\(other)")
        }
        // The intentions and calls are the whole meeting's.
        #expect(text.contains("state their intention to:") && text.contains("and call upon:"))
        // The whole edition's document is not touched.
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("Reports/2021/final-document.md").path))
    }

    @Test func theWorkbookOfOneCountryHoldsItsRowsAlone() throws {
        let folder = try CLI.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try CLI.run(["workbook", "2021", "--country", "KZ", "--language", "en"], in: folder)
        #expect(run.status == 0, "\(run.errors)")
        let workbook = try WorkbookReader(path: folder.appendingPathComponent("Reports/2021/indicators-2021-KZ.xlsx").path)
        for sheet in 1...(try workbook.sheetNames.count) {
            let countries = try workbook.cells(sheet: sheet).filter { $0.key.hasPrefix("B") || $0.key.hasPrefix("A") }
                .map(\.value)
            for other in ["KG", "TJ", "TM", "UZ", "RU", "MN"] {
                #expect(!countries.contains(other), "sheet \(sheet) has a row of \(other)")
            }
        }
        #expect(workbook.allText.contains("Extract for Kazakhstan: what the edition says of it alone"))
    }

    /// `build --country`: the extract of everything, each file named for the country, beside the whole
    /// edition's set, which stays as it was; the changes are the country's, as `diff --country` shows them.
    @Test func theBuildOfOneCountryWritesItsExtractOfEverythingBesideTheWholeEdition() throws {
        let folder = try CLI.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let whole = try CLI.run(["report", "2021", "--format", "md", "--language", "en"], in: folder)
        #expect(whole.status == 0, "\(whole.errors)")
        let run = try CLI.run(["build", "2021", "--country", "KZ", "--language", "en"], in: folder)
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output == """
            wrote Reports/2021/final-document-KZ.md
            wrote Reports/2021/final-document-KZ.html
            wrote Reports/2021/final-document-KZ.docx
            wrote Reports/2021/final-document-KZ.pdf
            wrote Reports/2021/indicators-2021-KZ.xlsx
            wrote Reports/2021/changes-2019-2021-KZ.md

            """)
        let reports = folder.appendingPathComponent("Reports/2021")
        #expect(FileManager.default.fileExists(atPath: reports.appendingPathComponent("final-document.md").path))
        let changes = try String(contentsOf: reports.appendingPathComponent("changes-2019-2021-KZ.md"), encoding: .utf8)
        let diff = try CLI.run(["diff", "2019", "2021", "--country", "KZ", "--format", "md", "--language", "en",
                                "--out", "diff"], in: folder)
        #expect(diff.status == 0, "\(diff.errors)")
        #expect(try String(contentsOf: folder.appendingPathComponent("diff/changes-2019-2021-KZ.md"), encoding: .utf8)
            == changes)
        #expect(!changes.contains("KG ") && changes.contains("KZ kz-elshimbayev-prosecution"))
    }

    @Test func aCountryTheEditionDoesNotMonitorIsRefusedAndNothingIsWritten() throws {
        let folder = try CLI.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try CLI.run(["report", "2021", "--country", "MN"], in: folder)
        #expect(run.status == 1)
        #expect(run.errors == "Indicators/2021: error: --country MN: the 2021 edition has no MN.yaml, so there is nothing "
            + "to extract for it; nothing was written\n")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("Reports/2021").path))
    }
}
