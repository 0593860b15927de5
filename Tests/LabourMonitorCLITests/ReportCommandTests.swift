import Foundation
import Testing

/// `labour-monitor report` as the secretariat runs it.
@Suite struct ReportCommandTests {
    @Test func writesBothFormatsIntoReportsYear() throws {
        let folder = try CLI.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try CLI.run(["report", "2021"], in: folder)
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output == ["final-document.md", "final-document.html", "final-document.docx", "final-document.ru.md",
                               "final-document.ru.html", "final-document.ru.docx", "final-document.pdf",
                               "final-document.ru.pdf"].map { "wrote Reports/2021/\($0)\n" }.joined())
        let committed = try String(contentsOf: CLI.packageRoot.appendingPathComponent("Reports/2021/final-document.md"),
                                   encoding: .utf8)
        let written = try String(contentsOf: folder.appendingPathComponent("Reports/2021/final-document.md"),
                                 encoding: .utf8)
        #expect(written == committed)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("Reports/2021").path)
            .sorted() == ["final-document.docx", "final-document.html", "final-document.md", "final-document.pdf",
                          "final-document.ru.docx", "final-document.ru.html", "final-document.ru.md", "final-document.ru.pdf"])
    }

    @Test func sameInputSameBytes() throws {
        let folder = try CLI.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try CLI.run(["report", "2021", "--out", "one"], in: folder)
        _ = try CLI.run(["report", "2021", "--out", "two"], in: folder)
        for name in ["final-document.md", "final-document.html", "final-document.docx", "final-document.pdf"] {
            let one = try Data(contentsOf: folder.appendingPathComponent("one/\(name)"))
            let two = try Data(contentsOf: folder.appendingPathComponent("two/\(name)"))
            #expect(one == two)
        }
    }

    @Test func aLibraryWithErrorsWritesNothing() throws {
        let folder = try CLI.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        try CLI.edit(folder.appendingPathComponent("Indicators/2021/TM.yaml"),
                     replacing: "kind: violation", with: "kind: violaton")
        let run = try CLI.run(["report", "2021", "--format", "md"], in: folder)
        #expect(run.status == 1)
        #expect(run.errors.hasPrefix("Indicators/2021/TM.yaml:11:11: error: kind 'violaton' is not one of: "
            + "violation, progress, concern (did you mean 'violation'?)\n"))
        #expect(run.errors.hasSuffix("3 error(s), 0 warning(s); nothing was written\n"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("Reports").path))
    }

    @Test func aConfidentialNameInPublicTextStopsTheReport() throws {
        let folder = try CLI.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        try CLI.edit(folder.appendingPathComponent("Indicators/2021/KZ.yaml"),
                     replacing: "      - name: Erzhan Elshimbayev\n        confidential: false",
                     with: "      - name: Erzhan Elshimbayev\n        confidential: true")
        let run = try CLI.run(["report", "2021"], in: folder)
        #expect(run.status == 1)
        let note = "Indicators/2021/KZ.yaml:167:15: note: 'Erzhan Elshimbayev' is marked confidential here\n"
        #expect(run.errors.contains("Indicators/2021/KZ.yaml:158:7: error: the summary of finding "
            + "'kz-elshimbayev-prosecution' names 'Erzhan Elshimbayev', who is marked confidential; ") )
        #expect(run.errors.contains("Indicators/2021/KZ.yaml:237:7: error: recommendation 'kz-review-elshimbayev-case' "
            + "names 'Erzhan Elshimbayev', who is marked confidential; "))
        // The surname in the ids is an uncertain mention: the finding's and the recommendation's.
        #expect(run.errors.contains("Indicators/2021/KZ.yaml:154:9: error: the id of finding "
            + "'kz-elshimbayev-prosecution' may name 'Erzhan Elshimbayev', who is marked confidential: it holds the surname."))
        #expect(run.errors.contains("Indicators/2021/KZ.yaml:235:9: error: the id of recommendation "
            + "'kz-review-elshimbayev-case' may name 'Erzhan Elshimbayev'"))
        #expect(run.errors.components(separatedBy: note).count == 5)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("Reports").path))
    }

    @Test func aBrokenTemplateWritesNothingAndKeepsTheOldReport() throws {
        let folder = try CLI.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try CLI.run(["report", "2021"], in: folder).status == 0)
        let report = folder.appendingPathComponent("Reports/2021/final-document.md")
        let before = try Data(contentsOf: report)
        try CLI.edit(folder.appendingPathComponent("Templates/final-document.html.mustache"),
                     replacing: "{{/appeals}}", with: "{{/appeal}}")
        try CLI.edit(folder.appendingPathComponent("Templates/final-document.md.mustache"),
                     replacing: "{{uppercased(words.final_document)}}", with: "{{uppercased(words.final_document)}} (DRAFT)")
        let run = try CLI.run(["report", "2021", "--templates", "Templates"], in: folder)
        #expect(run.status == 1)
        #expect(run.errors.contains("Templates/final-document.html.mustache:"))
        #expect(run.errors.contains("error: this closing tag does not close the section opened last"))
        #expect(try Data(contentsOf: report) == before)
    }

    @Test func editingATemplateTakesEffectAtTheNextRun() throws {
        let folder = try CLI.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        try CLI.edit(folder.appendingPathComponent("Templates/final-document.md.mustache"),
                     replacing: "**{{uppercased(words.final_document)}}  ", with: "**{{uppercased(words.final_document)}} (DRAFT)  ")
        #expect(try CLI.run(["report", "2021", "--format", "md", "--templates", "Templates"], in: folder).status == 0)
        let text = try String(contentsOf: folder.appendingPathComponent("Reports/2021/final-document.md"), encoding: .utf8)
        #expect(text.hasPrefix("**FINAL DOCUMENT (DRAFT)  \nFIFTH COORDINATION MEETING"))
        // Without --templates, the templates built into the tool: as Templates/ was when it was built.
        #expect(try CLI.run(["report", "2021", "--format", "md"], in: folder).status == 0)
        let builtIn = try String(contentsOf: folder.appendingPathComponent("Reports/2021/final-document.md"), encoding: .utf8)
        #expect(builtIn.hasPrefix("**FINAL DOCUMENT  \nFIFTH COORDINATION MEETING"))
    }

    @Test func anEditionThatIsNotThereIsNamed() throws {
        let run = try CLI.run(["report", "2020", "--out", "/nonexistent/never-written"])
        #expect(run.status == 1)
        #expect(run.errors == "Indicators: error: the library has no edition 2020 (no folder Indicators/2020/); "
            + "editions held: 2019, 2021\n")
    }

    @Test func anUnknownFormatIsAUsageError() throws {
        let run = try CLI.run(["report", "2021", "--format", "odt", "--out", "/nonexistent/never-written"])
        #expect(run.status == 64)
        #expect(run.errors.contains("--format"))
    }

    @Test func internalMarksTheDocumentAndAddsTheAnnex() throws {
        let folder = try CLI.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try CLI.run(["report", "2021", "--internal", "--out", "internal"], in: folder)
        #expect(run.status == 0)
        let text = try String(contentsOf: folder.appendingPathComponent("internal/internal/final-document.md"),
                              encoding: .utf8)
        #expect(text.hasPrefix("**INTERNAL — NOT FOR PUBLICATION**\n"))
        #expect(text.contains("## Annex for internal use: the findings of this edition"))
        #expect(text.contains("- **kz-elshimbayev-prosecution** (violation, ongoing): "))
    }
}
