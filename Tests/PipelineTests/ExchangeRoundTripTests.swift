import Foundation
import LibraryEditing
import LibraryFixtures
import Pipeline
import Testing

/// The exchange round trip: the bundled 2021 edition exported, merged into a library holding only the
/// catalog and the ratification facts, builds the same Final Document, byte for byte, as the committed
/// one, and exports to the same file again.
@Suite struct ExchangeRoundTripTests {
    private func temporary(_ name: String) -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("\(name)-\(UUID().uuidString)")
    }

    @Test func anExportedEditionMergedIntoAnEmptyLibraryBuildsTheSameDocument() throws {
        let work = temporary("round-trip")
        defer { try? FileManager.default.removeItem(at: work) }
        let exported = work.appendingPathComponent("exported")
        _ = try Publication(year: 2021, dataFolder: Fixture.bundledLibrary, outputFolder: exported.path,
                            products: [.exchange(organisation: "Secretariat")]).run()
        let file = exported.appendingPathComponent("exchange-2021.json")

        let empty = work.appendingPathComponent("Indicators")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        for part in ["catalog", "ratifications.yaml"] {
            try FileManager.default.copyItem(atPath: "\(Fixture.bundledLibrary)/\(part)", toPath: empty.appendingPathComponent(part).path)
        }
        let merged = try MergeJob(file: file.path, dataFolder: empty.path).run()
        #expect((merged.findingsAdded, merged.recommendationsAdded) == (32, 16))
        #expect(merged.warnings.isEmpty, "\(merged.warnings)")

        let built = work.appendingPathComponent("built")
        _ = try Publication(year: 2021, dataFolder: empty.path, outputFolder: built.path,
                            products: [.document([.markdown, .html, .docx])]).run()
        let committed = Fixture.packageRoot.appendingPathComponent("Reports/2021")
        for name in ["final-document.md", "final-document.ru.md", "final-document.html", "final-document.ru.html",
                     "final-document.docx", "final-document.ru.docx"] {
            let made = try Data(contentsOf: built.appendingPathComponent(name))
            #expect(made == (try Data(contentsOf: committed.appendingPathComponent(name))), "\(name)")
        }

        let again = work.appendingPathComponent("again")
        _ = try Publication(year: 2021, dataFolder: empty.path, outputFolder: again.path,
                            products: [.exchange(organisation: "Secretariat")]).run()
        #expect(try Data(contentsOf: again.appendingPathComponent("exchange-2021.json")) == (try Data(contentsOf: file)))
    }
}
