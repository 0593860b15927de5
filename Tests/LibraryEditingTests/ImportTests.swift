import Foundation
import IndicatorLibrary
import LibraryEditing
import LibraryFixtures
import Testing

/// `import`: a past Final Document read into a draft edition. Each part of the document has its
/// place in the files; what has none is kept, with a warning at its line; no finding is proposed.
@Suite struct ImportTests {
    /// A short document in the 2021 layout.
    static let document = """
        **FINAL DOCUMENT
        SIXTH COORDINATION MEETING
        INTERNATIONAL LABOUR RIGHTS MONITORING MISSION FOR CENTRAL ASIA**

        Almaty, 5 December 2022

        The participants of the Sixth Coordination Meeting note that the situation remains alarming.

        In **Kazakhstan**, activists remain under pressure.

        Poverty grows across the region.

        We call upon

        — **the President and the Government of the Republic of Kazakhstan to:**

        - Re-register the union.
        - Free the activists.

        — **the Parliament of Atlantis to:**

        1. Hear the unions.

        The Coordination Meeting participants reviewing the situation,

        state their intention to:

        - 1) keep monitoring;

        and call upon:

        - 1) the ILO to support the unions.

        Signed in Almaty.
        """

    private func importing(_ text: String, year: Int = 2022, into files: [String: String?] = ["2021/meeting.yaml": nil, "2021/KZ.yaml": nil],
                           name: String = "document.md") throws -> (folder: URL, file: String, outcome: ImportJob.Outcome) {
        let folder = Fixture.write(files)
        let file = folder.appendingPathComponent("../\(UUID().uuidString)-\(name)").standardizedFileURL.path
        try Data(text.utf8).write(to: URL(fileURLWithPath: file))
        return (folder, file, try ImportJob(file: file, year: year, dataFolder: folder.path).run())
    }

    @Test func everyPartHasItsPlace() throws {
        let (folder, file, outcome) = try importing(Self.document)
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(outcome.created == ["\(folder.path)/2022/meeting.yaml", "\(folder.path)/2022/KZ.yaml"])
        let meeting = try String(contentsOf: folder.appendingPathComponent("2022/meeting.yaml"), encoding: .utf8)
        let name = (file as NSString).lastPathComponent
        #expect(meeting.hasSuffix("""

            edition: 6
            event: Coordination Meeting
            mission: International Labour Rights Monitoring Mission for Central Asia
            theme: ~
            place: Almaty
            date: 2022-12-05
            languages: [en]

            sources:
              - title: \(name), imported by labour-monitor

            opening: The participants of the Sixth Coordination Meeting note that the situation remains alarming.

            narrative:
              - country: KZ
              - text: Poverty grows across the region.
              - text: "**the Parliament of Atlantis to:**"
              - text: Hear the unions.
              - text: Signed in Almaty.

            appeals_intro: We call upon
            appeals: [KZ]
            intentions_intro: The Coordination Meeting participants reviewing the situation,
            intentions: [keep monitoring;]

            calls:
              - to: the ILO
                text: to support the unions.

            """), "\(meeting)")
        let kazakhstan = try String(contentsOf: folder.appendingPathComponent("2022/KZ.yaml"), encoding: .utf8)
        #expect(kazakhstan.hasSuffix("""

            country: KZ
            situation: In **Kazakhstan**, activists remain under pressure.
            numbered: false

            recommendations:
              - id: kz-register-union
                text: Re-register the union.

              - id: kz-free-activists
                text: Free the activists.

            """), "\(kazakhstan)")
        #expect(outcome.warnings.map(\.description).prefix(2) == [
            "\(file):20:1: warning: the addressee 'the Parliament of Atlantis' names no country of the catalog: its appeal is "
                + "kept as regional paragraphs; add the country to the catalog, or move the text",
            "\(file):34:1: warning: not recognised as a part of the Final Document: kept as a regional paragraph",
        ])
        let readiness = try #require(outcome.readiness)
        #expect(readiness.summary == "2022: not ready: no participants, 1 country without findings")
    }

    @Test func aRecommendationLikeAnEarlierOneKeepsItsID() throws {
        let text = Self.document.replacingOccurrences(of: "- Re-register the union.", with: "- Re-register the union now.")
        let (folder, file, outcome) = try importing(text, into: [:])
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(outcome.matches.map(\.description) == [
            "\(file):17:1: note: recommendation matched to 'kz-reregister-union' of 2021 (67 % of the words in common): it "
                + "keeps that id, so the editions follow it; confirm it, or give it an id of its own",
        ])
        let kazakhstan = try String(contentsOf: folder.appendingPathComponent("2022/KZ.yaml"), encoding: .utf8)
        #expect(kazakhstan.contains("  - id: kz-reregister-union\n    text: Re-register the union now.\n"))
    }

    @Test func anExistingEditionIsNeverWrittenOver() throws {
        let folder = Fixture.write([:])
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("document.md").path
        try Data(Self.document.utf8).write(to: URL(fileURLWithPath: file))
        do {
            _ = try ImportJob(file: file, year: 2021, dataFolder: folder.path).run()
            Issue.record("imported over the 2021 edition")
        } catch {
            #expect(error.description == "\(folder.path)/2021: error: the edition exists already; import never writes over "
                    + "one (import into another year, or move the folder away first)")
        }
        #expect(try String(contentsOf: folder.appendingPathComponent("2021/KZ.yaml"), encoding: .utf8) == Fixture.kazakhstan + "\n")
    }

    @Test(arguments: [
        (Data(), "document.md", "1:1: error: the file is empty; import reads a Final Document as plain text, Markdown or Word (.docx)"),
        (Data("Fine\n".utf8) + Data([0xC3, 0x28]), "document.txt", "2:1: error: the file is not UTF-8 text; save it as UTF-8 (or as .docx) and import it again"),
        (Data("just text".utf8), "document.docx", "1:1: error: the file is named .docx but is not a Word document (not a zip archive); save it again from Word, or import its text"),
        (Data("ИТОГОВЫЙ ДОКУМЕНТ\n\nБишкек, 7 December 2021\n".utf8), "document.md", "1:1: error: the heading does not read as an English Final Document's ('FINAL DOCUMENT', the ordinal and the event, the mission: 'Fifth Coordination Meeting', 'International Labour Rights Monitoring Mission for Central Asia'); import reads the English document, whose texts every edition needs"),
    ])
    func aFileThatCannotBeReadIsRefused(bytes: Data, name: String, expected: String) throws {
        let folder = Fixture.write([:])
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent(name).path
        try bytes.write(to: URL(fileURLWithPath: file))
        do {
            _ = try ImportJob(file: file, year: 2022, dataFolder: folder.path).run()
            Issue.record("imported")
        } catch {
            #expect(error.description == "\(file):\(expected)\nnothing was imported")
        }
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("2022").path))
    }

    /// The 2021 Final Document (reference 003), and the Markdown and the Word document this tool makes
    /// of the bundled 2021 edition, give the same edition.
    @Test func theReferenceAndTheToolsOwnDocumentsGiveTheSameEdition() throws {
        let sources = ["\(Fixture.packageRoot.path)/Tests/FinalDocumentTests/Reference/final-document-2021.txt",
                       "\(Fixture.packageRoot.path)/Reports/2021/final-document.md",
                       "\(Fixture.packageRoot.path)/Reports/2021/final-document.docx"]
        var editions: [[String: String]] = []
        for source in sources {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("import-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: folder) }
            for part in ["catalog", "ratifications.yaml"] {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                try FileManager.default.copyItem(atPath: "\(Fixture.bundledLibrary)/\(part)", toPath: folder.appendingPathComponent(part).path)
            }
            let outcome = try ImportJob(file: source, year: 2021, dataFolder: folder.path).run()
            #expect(outcome.recommendations == 16)
            var files: [String: String] = [:]
            for created in outcome.created {
                let text = try String(contentsOfFile: created, encoding: .utf8)
                // The lines naming the document imported.
                files[(created as NSString).lastPathComponent] = text.split(separator: "\n", omittingEmptySubsequences: false)
                    .filter { !$0.contains((source as NSString).lastPathComponent) }.joined(separator: "\n")
            }
            editions.append(files)
        }
        #expect(editions.count == 3)
        for edition in editions.dropFirst() { #expect(edition == editions[0]) }
        #expect(editions[0].keys.sorted() == ["KG.yaml", "KZ.yaml", "TJ.yaml", "TM.yaml", "UZ.yaml", "meeting.yaml"])
    }
}
