import Foundation
import Testing
import FinalDocument
import LibraryFixtures

/// The 2021 Final Document, generated from the bundled library, against the published text
/// (`Reference/final-document-2021.txt`, a copy of shared/reference/003).
@Suite struct ReferenceDocumentTests {
    static func original() throws -> String {
        let url = try #require(Bundle.module.url(forResource: "Reference/final-document-2021", withExtension: "txt"))
        return try String(contentsOf: url, encoding: .utf8)
    }

    @Test func theMarkdownHoldsEverySentenceOfThePublishedDocumentInOrder() throws {
        let sentences = SentenceComparison.sentences(of: try Self.original())
        let generated = try Rendering.document(data: Fixture.bundledLibrary, format: .markdown)
        let comparison = SentenceComparison(original: sentences, generated: generated)
        #expect(comparison.total == 79)
        #expect(comparison.missing == [], "coverage \(comparison.found)/\(comparison.total)")
    }

    /// In HTML the numbers of the appeals are the list's own (`<ol>`), and the heading is set in capitals
    /// by the style sheet, so list markers are dropped and case is ignored.
    @Test func theHTMLShowsEverySentenceOfThePublishedDocumentInOrder() throws {
        let sentences = SentenceComparison.sentences(of: try Self.original(), dropListMarkers: true)
        let html = try Rendering.document(data: Fixture.bundledLibrary, format: .html)
        let comparison = SentenceComparison(original: sentences, generated: SentenceComparison.visibleText(ofHTML: html),
                                            caseInsensitive: true)
        #expect(comparison.missing == [], "coverage \(comparison.found)/\(comparison.total)")
    }

    @Test func theComparisonNoticesAMissingOrMovedSentence() throws {
        let sentences = ["One sentence.", "Two sentences.", "Three."]
        #expect(SentenceComparison(original: sentences, generated: "One sentence. Two  **sentences**.\nThree.")
            .missing == [])
        #expect(SentenceComparison(original: sentences, generated: "Two sentences. One sentence. Three.")
            .missing == ["Two sentences."])
        #expect(SentenceComparison(original: sentences, generated: "One sentence. Three.").found == 2)
    }

    /// `Reports/2021/` is committed so that readers of the repository see the output; it must be what
    /// the current data and templates produce.
    @Test(arguments: Rendering.formats)
    func theCommittedReportIsUpToDate(format: DocumentFormat) throws {
        let committed = Fixture.packageRoot.appendingPathComponent("Reports/2021/\(format.fileName)")
        let generated = try Rendering.rendered(data: Fixture.bundledLibrary, format: format)
        let onDisk = try Data(contentsOf: committed)
        #expect(onDisk == generated.data, "Reports/2021/\(format.fileName) is stale: run `make reports` and commit it")
    }

    @Test func theHTMLIsOneSelfContainedPageInTheDocumentsLanguage() throws {
        let html = try Rendering.document(data: Fixture.bundledLibrary, format: .html)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        #expect(html.contains("<style>"))
        #expect(html.contains("@page { size: A4"))
        for remote in ["<link", "<script", "src=", "@import", "url("] {
            #expect(!html.contains(remote), "the page must not load \(remote)")
        }
    }
}
