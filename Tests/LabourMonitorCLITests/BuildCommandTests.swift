import Foundation
import PDFEngine
import Testing

/// `labour-monitor build` as `make run` runs it: every output of the edition, together or not at all.
@Suite struct BuildCommandTests {
    static let outputs = ["changes-2019-2021.md", "changes-2019-2021.ru.md", "final-document.docx", "final-document.html",
                          "final-document.md", "final-document.pdf", "final-document.ru.docx", "final-document.ru.html",
                          "final-document.ru.md", "final-document.ru.pdf", "indicators-2021.ru.xlsx", "indicators-2021.xlsx"]

    @Test func writesEveryOutputAsCommitted() throws {
        let folder = try CLI.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try CLI.run(["build", "2021"], in: folder)
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output == """
            wrote Reports/2021/final-document.md
            wrote Reports/2021/final-document.html
            wrote Reports/2021/final-document.docx
            wrote Reports/2021/final-document.ru.md
            wrote Reports/2021/final-document.ru.html
            wrote Reports/2021/final-document.ru.docx
            wrote Reports/2021/final-document.pdf
            wrote Reports/2021/final-document.ru.pdf
            wrote Reports/2021/indicators-2021.xlsx
            wrote Reports/2021/indicators-2021.ru.xlsx
            wrote Reports/2021/changes-2019-2021.md
            wrote Reports/2021/changes-2019-2021.ru.md

            """)
        let reports = folder.appendingPathComponent("Reports/2021")
        #expect(try FileManager.default.contentsOfDirectory(atPath: reports.path).sorted() == Self.outputs)
        for name in Self.outputs {
            let written = reports.appendingPathComponent(name)
            let committed = CLI.packageRoot.appendingPathComponent("Reports/2021/\(name)")
            // A PDF's bytes are LibreOffice's and its fonts' (the same on every machine `make deps` sets
            // up, and ReproducibilityTests compares them run to run): what must not go stale is its text.
            if name.hasSuffix(".pdf") {
                #expect(try PDFText.text(ofFileAt: written.path) == PDFText.text(ofFileAt: committed.path),
                        "Reports/2021/\(name) is stale: run `make reports` and commit it")
                continue
            }
            #expect(try Data(contentsOf: written) == Data(contentsOf: committed),
                    "Reports/2021/\(name) is stale: run `make reports` and commit it")
        }
    }

    @Test func theFirstEditionHasNoChanges() throws {
        let folder = try CLI.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try CLI.run(["build", "2019"], in: folder)
        #expect(run.status == 0, "\(run.errors)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("Reports/2019").path)
            .sorted() == ["final-document.docx", "final-document.html", "final-document.md", "final-document.pdf",
                          "indicators-2019.xlsx"])
    }

    /// A broken template stops the build before the workbook or the changes are touched.
    @Test func anErrorAnywhereLeavesThePreviousOutputsAlone() throws {
        let folder = try CLI.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try CLI.run(["build", "2021"], in: folder).status == 0)
        let reports = folder.appendingPathComponent("Reports/2021")
        let before = try Self.outputs.map { try Data(contentsOf: reports.appendingPathComponent($0)) }
        try CLI.edit(folder.appendingPathComponent("Indicators/2021/KZ.yaml"),
                     replacing: "Overt repressions against union activists have ceased.",
                     with: "Overt repressions have ceased.")
        try CLI.edit(folder.appendingPathComponent("Templates/final-document.md.mustache"),
                     replacing: "{{opening}}", with: "{{openning}}")
        let run = try CLI.run(["build", "2021", "--templates", "Templates"], in: folder)
        #expect(run.status == 1)
        #expect(run.errors.contains("error: unknown field 'openning'"))
        #expect(run.output == "")
        let after = try Self.outputs.map { try Data(contentsOf: reports.appendingPathComponent($0)) }
        #expect(before == after)
        #expect(try FileManager.default.contentsOfDirectory(atPath: reports.path).sorted() == Self.outputs,
                "no temporary file is left behind")
    }
}

/// The PDF engine is a program of the system: without it, the build says which package to install and
/// writes nothing, not the other outputs without the PDF.
@Suite struct MissingPDFEngineTests {
    @Test func aMissingEngineIsNamedAndNothingIsWritten() throws {
        let folder = try CLI.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try CLI.run(["build", "2021"], in: folder, environment: ["LABOUR_MONITOR_SOFFICE": "/nonexistent/soffice"])
        #expect(run.status == 3)
        #expect(run.errors == "error: the PDF needs LibreOffice, and LABOUR_MONITOR_SOFFICE names /nonexistent/soffice, "
            + "which is not a program; install libreoffice-writer-nogui (make deps) or unset it\nnothing was written\n")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("Reports/2021").path))
        // The other formats do not need it.
        let markdown = try CLI.run(["report", "2021", "--format", "md,docx"], in: folder,
                                   environment: ["LABOUR_MONITOR_SOFFICE": "/nonexistent/soffice"])
        #expect(markdown.status == 0, "\(markdown.errors)")
    }
}
