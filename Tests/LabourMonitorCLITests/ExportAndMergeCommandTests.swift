import Foundation
import Testing

/// `labour-monitor export` and `merge` as a partner organisation and an analyst use them.
@Suite struct ExportAndMergeCommandTests {
    @Test func anExchangeFileTravelsToAPartnerAndBack() throws {
        let folder = try CLI.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let export = try CLI.run(["export", "2021", "--format", "json", "--organisation", "Mission secretariat"], in: folder)
        #expect(export.status == 0, "\(export.errors)")
        #expect(export.output == "wrote Reports/2021/exchange-2021.json\n")

        // The partner's library: the same catalog, no editions.
        let partner = folder.appendingPathComponent("Partner")
        try FileManager.default.createDirectory(at: partner, withIntermediateDirectories: true)
        for part in ["catalog", "ratifications.yaml"] {
            try FileManager.default.copyItem(at: folder.appendingPathComponent("Indicators/\(part)"),
                                             to: partner.appendingPathComponent(part))
        }
        let merge = try CLI.run(["merge", "Reports/2021/exchange-2021.json", "--data", "Partner"], in: folder)
        #expect(merge.status == 0, "\(merge.errors)")
        #expect(merge.output.hasPrefix("wrote Partner/2021/meeting.yaml\nwrote Partner/2021/KG.yaml\n"))
        #expect(merge.output.hasSuffix("merged 32 finding(s) and 16 recommendation(s) of 2021 from Mission secretariat; "
                                       + "0 item(s) the library held already\n"))
        let meeting = try String(contentsOf: partner.appendingPathComponent("2021/meeting.yaml"), encoding: .utf8)
        #expect(meeting.hasPrefix("# Merged from exchange-2021.json, sent by Mission secretariat.\n"))
        #expect(try CLI.run(["check", "--data", "Partner"], in: folder).status == 0)

        let again = try CLI.run(["merge", "Reports/2021/exchange-2021.json", "--data", "Partner"], in: folder)
        #expect(again.output == "merged 0 finding(s) and 0 recommendation(s) of 2021 from Mission secretariat; "
                                + "48 item(s) the library held already\n")
    }

    @Test func theDataPackageCoversEveryEdition() throws {
        let folder = try CLI.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try CLI.run(["export", "--format", "csv"], in: folder)
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output == """
            wrote Reports/data/datapackage.json
            wrote Reports/data/findings.csv
            wrote Reports/data/finding-indicators.csv
            wrote Reports/data/finding-groups.csv
            wrote Reports/data/recommendations.csv
            wrote Reports/data/recommendation-findings.csv
            wrote Reports/data/ratifications.csv
            wrote Reports/data/values.csv

            """)
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("Reports/data").path) {
            #expect(try Data(contentsOf: folder.appendingPathComponent("Reports/data/\(name)"))
                    == Data(contentsOf: CLI.packageRoot.appendingPathComponent("Reports/data/\(name)")),
                    "Reports/data/\(name) is stale: run `make reports` and commit it")
        }
        let findings = try String(contentsOf: folder.appendingPathComponent("Reports/data/findings.csv"), encoding: .utf8)
        let years = Set(findings.split(separator: "\r\n").dropFirst().map { $0.prefix(4) })
        #expect(years == ["2019", "2021"])
    }

    @Test(arguments: [
        (["export", "--format", "json"], "Error: --format json exports one edition: give its year, as in 'export 2021 --format json'"),
        (["export", "2021", "--format", "csv"], "Error: --format csv exports every edition; leave out the year (2021), or use --format json for one"),
        (["export", "--format", "csv", "--organisation", "X"], "Error: --organisation is for --format json, the exchange file"),
        (["export", "2021", "--format", "xml"], "Error: The value 'xml' is invalid for '--format <format>'. Please provide one of 'json' and 'csv'."),
    ])
    func usageErrorsAreRefusedBeforeAnythingIsRead(arguments: [String], expected: String) throws {
        let run = try CLI.run(arguments)
        #expect(run.status == 64)
        #expect(run.errors.hasPrefix(expected), "\(run.errors)")
    }

    @Test func aMergeOfAFileThatIsNotThereSaysWhere() throws {
        let run = try CLI.run(["merge", "missing.json"])
        #expect(run.status == 1)
        #expect(run.errors == "missing.json:1:1: error: no such exchange file\nnothing was merged\n")
    }

    /// A library or output folder named by one letter: Foundation's path functions stop on such a
    /// name on Linux, and the commands do not use them for it.
    @Test func aOneLetterFolderIsAFolderLikeAnyOther() throws {
        let folder = try CLI.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.moveItem(at: folder.appendingPathComponent("Indicators"), to: folder.appendingPathComponent("m"))
        let check = try CLI.run(["check", "--data", "m"], in: folder)
        #expect(check.status == 0 && !check.crashed, "\(check.errors)")
        let report = try CLI.run(["report", "2021", "--data", "m/", "--out", "r", "--format", "md"], in: folder)
        #expect(report.status == 0 && !report.crashed, "\(report.errors)")
        #expect(report.output == "wrote r/final-document.md\nwrote r/final-document.ru.md\n")
    }

    @Test func aPastFinalDocumentBecomesADraftEdition() throws {
        let folder = try CLI.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let document = CLI.packageRoot.appendingPathComponent("Tests/FinalDocumentTests/Reference/final-document-2021.txt").path
        try FileManager.default.removeItem(at: folder.appendingPathComponent("Indicators/2021"))
        let run = try CLI.run(["import", document, "--year", "2021"], in: folder)
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output == """
            created Indicators/2021/meeting.yaml
            created Indicators/2021/KZ.yaml
            created Indicators/2021/UZ.yaml
            created Indicators/2021/TJ.yaml
            created Indicators/2021/TM.yaml
            created Indicators/2021/KG.yaml
            imported 16 recommendation(s) of 2021, no finding: write them from the situation paragraphs

            """)
        #expect(run.errors.hasSuffix("2021: not ready: no participants, 5 countries without findings\n"))
        let draft = try CLI.run(["report", "2021", "--draft", "--format", "md"], in: folder)
        #expect(draft.status == 0, "\(draft.errors)")
        #expect(try CLI.run(["import", document, "--year", "2021"], in: folder).status == 1)
    }
}
