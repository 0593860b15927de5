import Foundation
import Testing

/// `labour-monitor workbook` as an analyst runs it.
@Suite struct WorkbookCommandTests {
    @Test func writesTheWorkbookIntoReportsYear() throws {
        let folder = try CLI.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try CLI.run(["workbook", "2021"], in: folder)
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output == "wrote Reports/2021/indicators-2021.xlsx\nwrote Reports/2021/indicators-2021.ru.xlsx\n")
        #expect(run.errors == "")
        for name in ["indicators-2021.xlsx", "indicators-2021.ru.xlsx"] {
            let written = try Data(contentsOf: folder.appendingPathComponent("Reports/2021/\(name)"))
            let committed = try Data(contentsOf: CLI.packageRoot.appendingPathComponent("Reports/2021/\(name)"))
            #expect(written == committed, "\(name)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("Reports/2021").path)
            .sorted() == ["indicators-2021.ru.xlsx", "indicators-2021.xlsx"])
    }

    /// `--language` writes one of the edition's languages; one it is not published in is refused.
    @Test func languageChoosesOneOfTheEditionsLanguages() throws {
        let folder = try CLI.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try CLI.run(["workbook", "2021", "--language", "ru"], in: folder)
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output == "wrote Reports/2021/indicators-2021.ru.xlsx\n")
        let refused = try CLI.run(["workbook", "2021", "--language", "kk", "--out", "other"], in: folder)
        #expect(refused.status == 1)
        #expect(refused.errors.hasPrefix("Indicators/2021/meeting.yaml: error: --language kk: the edition is published "
                                         + "in en, ru (its 'languages'); nothing was written"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("other").path))
    }

    @Test func aLibraryWithErrorsWritesNothing() throws {
        let folder = try CLI.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        try CLI.edit(folder.appendingPathComponent("Indicators/2021/TM.yaml"),
                     replacing: "kind: violation", with: "kind: violaton")
        let run = try CLI.run(["workbook", "2021"], in: folder)
        #expect(run.status == 1)
        #expect(run.errors.hasPrefix("Indicators/2021/TM.yaml:11:11: error: kind 'violaton' is not one of: "))
        #expect(run.errors.hasSuffix("; nothing was written\n"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("Reports").path))
    }

    @Test func anEditionOrRangeTheLibraryDoesNotHoldIsAnError() throws {
        let folder = try CLI.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let missing = try CLI.run(["workbook", "2020"], in: folder)
        #expect(missing.status == 1)
        #expect(missing.errors == "Indicators: error: the library has no edition 2020 (no folder Indicators/2020/); "
            + "editions held: 2019, 2021\n")
        let range = try CLI.run(["workbook", "2021", "--years", "1995...1999"], in: folder)
        #expect(range.status == 1)
        #expect(range.errors == "Indicators: error: the library has no edition in 1995...1999; editions held: 2019, 2021\n")
        let malformed = try CLI.run(["workbook", "2021", "--years", "last-year"], in: folder)
        #expect(malformed.status == 64)
        #expect(malformed.errors.contains("--years"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("Reports").path))
    }

    @Test func internalIsAskedFor() throws {
        let folder = try CLI.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try CLI.run(["workbook", "2021", "--internal", "--out", "private"], in: folder)
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output == "wrote private/internal/indicators-2021.xlsx\nwrote private/internal/indicators-2021.ru.xlsx\n")
        let publicRun = try CLI.run(["workbook", "2021", "--out", "public"], in: folder)
        #expect(publicRun.status == 0)
        let internalBytes = try Data(contentsOf: folder.appendingPathComponent("private/internal/indicators-2021.xlsx"))
        let publicBytes = try Data(contentsOf: folder.appendingPathComponent("public/indicators-2021.xlsx"))
        #expect(internalBytes != publicBytes)
    }
}
