import Foundation
import PDFEngine
import Testing
import FinalDocument
import IndicatorLibrary
import LibraryFixtures

/// The PDF as the pipeline makes it, from the Word document by LibreOffice, read back as a reader
/// copies its text (pdftotext): every sentence in order, and every page numbered.
@Suite struct PDFDocumentTests {
    /// The pages of the 2021 document's PDF in `language`, as text.
    static func pages(audience: Audience = .public, data: String = Fixture.bundledLibrary,
                      language: String = "en") throws -> [String] {
        let word = try Rendering.rendered(data: data, format: .docx, audience: audience, language: language)
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("pdf-test-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: work) }
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        let source = work.appendingPathComponent(word.fileName)
        try word.data.write(to: source)
        let pdfs = try PDFEngine.locate().convert([source], into: work, work: work.appendingPathComponent("engine"),
                                                  date: "20211207")
        let text = try PDFText.text(ofFileAt: try #require(pdfs.first).path)
        return text.split(separator: "\u{0C}", omittingEmptySubsequences: false).map(String.init)
            .filter { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
    }

    @Test func everyPageCarriesItsNumberAndTheLetterhead() throws {
        let pages = try Self.pages()
        #expect(pages.count >= 3)
        for (index, page) in pages.enumerated() {
            #expect(page.contains("Page \(index + 1) of \(pages.count)"), "page \(index + 1): \(page.suffix(80))")
            #expect(page.contains("International Labour Rights Monitoring Mission for Central Asia"))
        }
        let russian = try Self.pages(language: "ru")
        for (index, page) in russian.enumerated() {
            #expect(page.contains("Стр. \(index + 1) из \(russian.count)"))
        }
    }

    /// The sentences of the published document, in order, once each page's header and footer are
    /// set aside (a sentence may run on over a page break).
    @Test func thePDFHoldsEverySentenceOfThePublishedDocumentInOrder() throws {
        let sentences = SentenceComparison.sentences(of: try ReferenceDocumentTests.original(), dropListMarkers: true)
        let pages = try Self.pages()
        let body = pages.map { page in
            page.split(separator: "\n", omittingEmptySubsequences: false)
                .filter { line in
                    line != "International Labour Rights Monitoring Mission for Central Asia"
                        && !line.hasPrefix("Page ")
                }
                .joined(separator: "\n")
        }.joined(separator: "\n")
        // The numbers of the lists are Word's, set apart from their text in the PDF; a line that ends in
        // a word's own hyphen ("non-" / "commercial") goes on without a space.
        let unnumbered = body.replacingOccurrences(of: #"(?m)^\d+[.)]\s*"#, with: "", options: .regularExpression)
            .replacingOccurrences(of: "-\n", with: "-")
        let comparison = SentenceComparison(original: sentences, generated: unnumbered, caseInsensitive: true)
        #expect(comparison.missing == [], "coverage \(comparison.found)/\(comparison.total)")
    }

    @Test func anInternalPDFIsMarkedOnEveryPage() throws {
        let folder = Fixture.write(["2021/KZ.yaml": Fixture.kazakhstanWithSecrets])
        defer { try? FileManager.default.removeItem(at: folder) }
        let pages = try Self.pages(audience: .internal, data: folder.path)
        for page in pages { #expect(page.contains("INTERNAL — NOT FOR PUBLICATION")) }
    }
}
