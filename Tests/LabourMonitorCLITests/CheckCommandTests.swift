import Foundation
import Testing

/// `labour-monitor check` run as a user runs it: exit status, standard output and standard error.
@Suite struct CheckCommandTests {
    @Test func cleanBundledLibraryPrintsTheSummaryAndExitsZero() throws {
        let run = try CLI.run(["check"])
        #expect(run.status == 0)
        #expect(run.errors == "")
        #expect(run.output.contains("2021: Fifth Coordination Meeting, Bishkek, 2021-12-07"))
        #expect(run.output.contains("recommendations  16: 16 new"))
        #expect(run.output.contains("  findings         32: 21 open violations, 8 open concerns, 3 progress, 0 resolved "
            + "(4 regional, 0 confidential)\n"))
        #expect(run.output.hasSuffix("\n2019: ready to publish\n2021: ready to publish (en, ru)\n"))
        #expect(run.output.split(separator: "\n").count <= 24 + 3, "a screen, and a line per edition for readiness")
    }

    @Test func brokenLibraryReportsLocatedErrorsAndExitsOne() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lm-cli-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(at: CLI.packageRoot.appendingPathComponent("Indicators"),
                                         to: folder.appendingPathComponent("Indicators"))
        let file = folder.appendingPathComponent("Indicators/2021/KZ.yaml")
        let text = try String(contentsOf: file, encoding: .utf8)
        try text.replacingOccurrences(
            of: "indicators: [foa.registration]\n    summary:\n      en: >-\n        The authorities de-registered",
            with: "indicators: [foa.registraton]\n    summary:\n      en: >-\n        The authorities de-registered")
            .write(to: file, atomically: false, encoding: .utf8)

        let run = try CLI.run(["check"], in: folder)
        #expect(run.status == 1)
        #expect(run.output == "")
        #expect(run.errors.contains(
            "Indicators/2021/KZ.yaml:90:18: error: unknown indicator 'foa.registraton' (did you mean 'foa.registration'?)"))
        #expect(run.errors.hasSuffix("1 error(s), 0 warning(s)\n"))
    }

    @Test func dataOptionNamesAnotherFolder() throws {
        let run = try CLI.run(["check", "--data", "/nonexistent/library"])
        #expect(run.status == 1)
        #expect(run.errors.hasPrefix("/nonexistent/library: error: no library folder here"))
    }

    @Test func unknownOptionIsAUsageError() throws {
        let run = try CLI.run(["check", "--dta", "x"])
        #expect(run.status == 64)
    }
}
