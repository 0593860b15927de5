import Foundation
import LibraryEditing
import LibraryFixtures
import Pipeline
import Testing

/// The 2021 Final Document (reference 003) imported into an empty year and built as a draft gives
/// back every sentence of the document, in order: nothing is lost, nothing moved.
@Suite struct ImportedDocumentTests {
    /// Reference 003, as the Final Document's tests keep it.
    static let reference = Fixture.packageRoot.appendingPathComponent("Tests/FinalDocumentTests/Reference/final-document-2021.txt").path

    /// The sentences of a document, its Markdown emphasis, list marks and line breaks left out.
    static func sentences(_ text: String) -> [String] {
        var lines: [String] = []
        for raw in text.split(separator: "\n") {
            var line = raw.replacingOccurrences(of: "**", with: "").replacingOccurrences(of: "*", with: "")
                .trimmingCharacters(in: .whitespaces)
            for mark in ["— ", "- "] where line.hasPrefix(mark) { line = String(line.dropFirst(mark.count)) }
            let digits = line.prefix { $0.isASCII && $0.isNumber }
            if !digits.isEmpty, line.dropFirst(digits.count).hasPrefix(". ") || line.dropFirst(digits.count).hasPrefix(") ") {
                line = String(line.dropFirst(digits.count + 2))
            }
            lines.append(line)
        }
        var sentences: [String] = []
        var current: [Substring] = []
        for word in lines.joined(separator: " ").split(separator: " ") {
            current.append(word)
            if let last = word.last, ".;:!?".contains(last) {
                sentences.append(current.joined(separator: " "))
                current = []
            }
        }
        if !current.isEmpty { sentences.append(current.joined(separator: " ")) }
        return sentences
    }

    @Test func everySentenceComesBackInOrder() throws {
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("import-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: work) }
        let library = work.appendingPathComponent("Indicators")
        try FileManager.default.createDirectory(at: library, withIntermediateDirectories: true)
        for part in ["catalog", "ratifications.yaml"] {
            try FileManager.default.copyItem(atPath: "\(Fixture.bundledLibrary)/\(part)", toPath: library.appendingPathComponent(part).path)
        }
        let imported = try ImportJob(file: Self.reference, year: 2021, dataFolder: library.path).run()
        #expect(imported.readiness?.summary == "2021: not ready: no participants, 5 countries without findings")

        let out = work.appendingPathComponent("Reports")
        _ = try Publication(year: 2021, dataFolder: library.path, outputFolder: out.path, draft: true,
                            products: [.document([.markdown])]).run()
        let built = try String(contentsOf: out.appendingPathComponent("draft/final-document.md"), encoding: .utf8)
            .replacingOccurrences(of: "DRAFT — NOT FOR PUBLICATION", with: "")
        let original = try String(contentsOfFile: Self.reference, encoding: .utf8)
        #expect(Self.sentences(built) == Self.sentences(original))
        #expect(Self.sentences(original).count > 50)
    }
}
