import Foundation
import Testing

/// `labour-monitor workbook` as an analyst runs it.
@Suite struct WorkbookCommandTests {
    @Test func writesTheWorkbookIntoReportsYear() throws {
        let folder = try CLI.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try CLI.run(["workbook", "2021"], in: folder)
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output == "wrote Reports/2021/indicators-2021.xlsx\n")
        #expect(run.errors == "")
        let written = try Data(contentsOf: folder.appendingPathComponent("Reports/2021/indicators-2021.xlsx"))
        let committed = try Data(contentsOf: CLI.packageRoot.appendingPathComponent("Reports/2021/indicators-2021.xlsx"))
        #expect(written == committed)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("Reports/2021").path)
            == ["indicators-2021.xlsx"])
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
        #expect(run.output == "wrote private/internal/indicators-2021.xlsx\n")
        let publicRun = try CLI.run(["workbook", "2021", "--out", "public"], in: folder)
        #expect(publicRun.status == 0)
        let internalBytes = try Data(contentsOf: folder.appendingPathComponent("private/internal/indicators-2021.xlsx"))
        let publicBytes = try Data(contentsOf: folder.appendingPathComponent("public/indicators-2021.xlsx"))
        #expect(internalBytes != publicBytes)
    }
}
