import Foundation
import Testing

/// `labour-monitor carry-forward` as the secretariat runs it at the start of a year.
@Suite struct CarryForwardCommandTests {
    @Test func opensTheNextEditionAndListsWhatToDo() throws {
        let folder = try CLI.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try CLI.run(["carry-forward", "2021", "2022"], in: folder)
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.hasPrefix("created Indicators/2022/meeting.yaml\ncreated Indicators/2022/KG.yaml\n"))
        #expect(run.output.hasSuffix("carried 32 finding(s) and 16 recommendation(s) from 2021 to 2022, each with "
            + "'status: carried' to review\n"))
        #expect(run.errors.hasSuffix("check: 0 error(s), 51 warning(s)\n"))
        let check = try CLI.run(["check"], in: folder)
        #expect(check.status == 0)
        #expect(check.errors.contains("Indicators/2022/meeting.yaml:6:1: warning: 'place' is left for the secretariat"))
        #expect(check.output.contains("2022: Sixth Coordination Meeting, place not filled in, date not filled in"))
        let hidden = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("Indicators").path)
            .filter { $0.hasPrefix(".") }
        #expect(hidden.isEmpty, "no staging folder is left behind")

        let report = try CLI.run(["build", "2022"], in: folder)
        #expect(report.status == 1)
        #expect(report.errors.contains("Indicators/2022/meeting.yaml:6:1: error: 'place' of the 2022 meeting is not "
            + "filled in yet; fill it in before making the edition's documents"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("Reports/2022").path))
        // The round trip: from 2021 to its own carried skeleton, only the carrying shows.
        let diff = try CLI.run(["diff", "2021", "2022", "--format", "json"], in: folder)
        #expect(diff.status == 0, "a skeleton can be compared")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(diff.output.utf8)) as? [String: Any])
        let findings = try #require(document["findings"] as? [[String: Any]])
        #expect(findings.count == 32)
        for finding in findings {
            let fields = finding["fields"] as? [[String: Any]]
            #expect(finding["change"] as? String == "changed" && fields?.count == 1
                    && fields?.first?["field"] as? String == "status" && fields?.first?["new"] as? String == "carried",
                    "\(finding["id"] ?? "")")
        }
        let recommendations = try #require(document["recommendations"] as? [[String: Any]])
        #expect(recommendations.count == 16 && recommendations.allSatisfy { $0["change"] as? String == "repeated" })
        #expect((document["countries"] as? [String: [String]]) == ["entered": [], "left": []])
    }

    @Test func neverOverwritesAnEdition() throws {
        let folder = try CLI.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let meeting = folder.appendingPathComponent("Indicators/2021/meeting.yaml")
        let before = try Data(contentsOf: meeting)
        let run = try CLI.run(["carry-forward", "2019", "2021"], in: folder)
        #expect(run.status == 1)
        #expect(run.errors == "Indicators/2021: error: the edition exists already; carry-forward never overwrites one "
            + "(move the folder away first if it should be made again)\n")
        #expect(try Data(contentsOf: meeting) == before)
        let backwards = try CLI.run(["carry-forward", "2021", "2020"], in: folder)
        #expect(backwards.status == 1)
        #expect(backwards.errors == "error: carry-forward goes to a later edition: 2020 is not after 2021\n")
    }
}
