import Foundation
import Testing
import WorkbookReading

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
        #expect(run.errors.contains("Indicators/2022/meeting.yaml:17:1: todo: fill in 'place': it is left for the "
            + "secretariat\n"))
        #expect(run.errors.hasSuffix("2022 (en, ru): not ready: 48 carried items to review, 3 meeting fields to fill in, no "
            + "participants, no situation section, 5 appealed countries without a situation, no appeals lead-in\n"))
        let check = try CLI.run(["check"], in: folder)
        #expect(check.status == 0)
        #expect(check.output.contains("2022: Sixth Coordination Meeting, place not filled in, date not filled in"))
        #expect(check.output.hasSuffix("2019: ready to publish\n2021: ready to publish (en, ru)\n2022 (en, ru): not ready: 48 carried "
            + "items to review, 3 meeting fields to fill in, no participants, no situation section, 5 appealed "
            + "countries without a situation, no appeals lead-in\n"))
        let todo = try CLI.run(["check", "--todo", "2022"], in: folder)
        #expect(todo.status == 0)
        #expect(todo.output.split(separator: "\n").count == 48 + 3 + 1 + 1 + 5 + 1 + 1)
        #expect(todo.output.contains("Indicators/2022/KG.yaml:20:13: todo: review finding 'kg-trade-union-bill', "
            + "carried from the previous edition: update it and set its status to ongoing or resolved\n"))
        let hidden = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("Indicators").path)
            .filter { $0.hasPrefix(".") }
        #expect(hidden.isEmpty, "no staging folder is left behind")

        // Not ready: refused, with what is missing; nothing written.
        for command in ["build", "report", "workbook"] {
            let refused = try CLI.run([command, "2022"], in: folder)
            #expect(refused.status == 1, "\(command)")
            #expect(refused.errors.contains("Indicators/2022/meeting.yaml:1:1: todo: list the participating countries"))
            #expect(refused.errors.contains("error: the 2022 edition is not ready to publish: 48 carried items to review"))
            #expect(refused.errors.contains("`labour-monitor check --todo 2022` lists every item"))
        }
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("Reports/2022").path))

        // A draft: written apart, and marked on every document and every sheet.
        let draft = try CLI.run(["build", "2022", "--draft"], in: folder)
        #expect(draft.status == 0, "\(draft.errors)")
        #expect(draft.output == ["final-document.md", "final-document.html", "final-document.docx", "final-document.ru.md",
                                 "final-document.ru.html", "final-document.ru.docx", "final-document.pdf",
                                 "final-document.ru.pdf", "indicators-2022.xlsx",
                                 "indicators-2022.ru.xlsx", "changes-2021-2022.md",
                                 "changes-2021-2022.ru.md"].map { "wrote Reports/2022/draft/\($0)\n" }.joined())
        let drafts = folder.appendingPathComponent("Reports/2022/draft")
        for name in ["final-document.md", "final-document.html", "changes-2021-2022.md"] {
            let text = try String(contentsOf: drafts.appendingPathComponent(name), encoding: .utf8)
            #expect(text.components(separatedBy: "DRAFT — NOT FOR PUBLICATION").count >= 3, "\(name): first and last")
        }
        let workbook = try WorkbookReader(path: drafts.appendingPathComponent("indicators-2022.xlsx").path)
        for sheet in 1...(try workbook.sheetNames.count) {
            #expect(try workbook.cells(sheet: sheet).values.contains { $0.hasPrefix("DRAFT — NOT FOR PUBLICATION") },
                    "sheet \(sheet)")
        }
        #expect(try workbook.xml("xl/worksheets/sheet1.xml").xmlString.contains("DRAFT — NOT FOR PUBLICATION"),
                "the printed pages' header")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("Reports/2022").path)
            == ["draft"], "nothing that could be taken for the final outputs")

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
        #expect(backwards.status == 64, "a usage error")
        #expect(backwards.errors.hasPrefix("Error: carry-forward goes to a later edition: 2020 is not after 2021\n"))
    }
}
