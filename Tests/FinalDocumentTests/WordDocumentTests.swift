import Foundation
import Testing
import FinalDocument
import IndicatorLibrary
import LibraryFixtures
import WorkbookReading

/// The Final Document as Word reads it: the parts of the .docx read back with ZIPFoundation and
/// FoundationXML, not what the layout asked the writer for.
@Suite struct WordDocumentTests {
    static func package(year: Int = 2021, audience: Audience = .public, data: String = Fixture.bundledLibrary,
                        language: String? = nil) throws -> WorkbookReader {
        try WorkbookReader(data: Rendering.rendered(data: data, year: year, format: .docx, audience: audience,
                                                    language: language).data)
    }

    /// Word numbers the appeals itself, so the published numbers are dropped as in HTML; the heading is
    /// in capitals.
    @Test func theWordDocumentHoldsEverySentenceOfThePublishedDocumentInOrder() throws {
        let sentences = SentenceComparison.sentences(of: try ReferenceDocumentTests.original(), dropListMarkers: true)
        let text = try Rendering.document(data: Fixture.bundledLibrary, format: .docx)
        let comparison = SentenceComparison(original: sentences, generated: text, caseInsensitive: true)
        #expect(comparison.missing == [], "coverage \(comparison.found)/\(comparison.total)")
    }

    /// Each appeal is a Word list of its own that restarts at 1: Kazakhstan's seven, then Kyrgyzstan's
    /// one numbered 1 again. Turkmenistan's single appeal is printed without a number, as published.
    @Test func eachAppealIsAListOfItsOwnRestartingAtOne() throws {
        let package = try Self.package()
        let paragraphs = try package.xml("word/document.xml").nodes(forXPath: "//*[local-name()='body']/*[local-name()='p']")
        func numId(_ node: XMLNode) throws -> String? {
            try node.nodes(forXPath: ".//*[local-name()='numId']/@*[local-name()='val']").first?.stringValue
        }
        func text(_ node: XMLNode) throws -> String {
            try node.nodes(forXPath: ".//*[local-name()='t']").compactMap(\.stringValue).joined()
        }
        let kazakhstan = try #require(paragraphs.firstIndex { try text($0).hasPrefix("Overturn without delay") })
        let kyrgyzstan = try #require(paragraphs.firstIndex { try text($0).hasPrefix("Create conditions for a rational") })
        let turkmenistan = try #require(paragraphs.firstIndex { try text($0).hasPrefix("Reform the political system") })
        let first = try #require(try numId(paragraphs[kazakhstan]))
        #expect(try paragraphs[kazakhstan..<(kazakhstan + 7)].allSatisfy { try numId($0) == first })
        let second = try #require(try numId(paragraphs[kyrgyzstan]))
        #expect(second != first)
        #expect(try numId(paragraphs[turkmenistan]) == nil)
        for id in [first, second] {
            #expect(try package.values("word/numbering.xml", "//*[local-name()='num'][@*[local-name()='numId']='\(id)']"
                                       + "//*[local-name()='startOverride']/@*[local-name()='val']") == ["1"])
        }
        let abstract = try package.values("word/numbering.xml", "//*[local-name()='num'][@*[local-name()='numId']='\(first)']"
                                          + "/*[local-name()='abstractNumId']/@*[local-name()='val']")
        #expect(try package.values("word/numbering.xml", "//*[local-name()='abstractNum'][@*[local-name()='abstractNumId']='\(abstract.first ?? "")']"
                                   + "/*[local-name()='lvl'][1]/*[local-name()='lvlText']/@*[local-name()='val']") == ["%1."])
    }

    /// The styles Templates/README.md names, and no other: restyling the reference restyles the document.
    @Test func theBodyUsesTheNamedStylesOfTheReference() throws {
        let package = try Self.package(audience: .internal)
        let ids = Set(try package.values("word/document.xml", "//*[local-name()='pStyle']/@*[local-name()='val']"))
        let names = try Set(ids.map { id in
            try #require(try package.values("word/styles.xml", "//*[local-name()='style'][@*[local-name()='styleId']='\(id)']"
                                            + "/*[local-name()='name']/@*[local-name()='val']").first).lowercased()
        })
        // Word's own styles are named in lower case in the file ("heading 1"), and shown capitalised.
        #expect(names == ["title", "subtitle", "body text", "list number", "list bullet", "list bullet 2", "heading 1",
                          "heading 2"])
    }

    @Test func everyPageSaysItsNumberAndOfHowMany() throws {
        let english = try Self.package()
        #expect(try WordText.paragraphs(english, "word/footer1.xml") == ["Page {PAGE}1 of {NUMPAGES}1"])
        #expect(try WordText.paragraphs(english, "word/header1.xml") == ["International Labour Rights Monitoring Mission for Central Asia"])
        let russian = try Self.package(language: "ru")
        #expect(try WordText.paragraphs(russian, "word/footer1.xml") == ["Стр. {PAGE}1 из {NUMPAGES}1"])
    }

    /// The header is on every page: an internal document says so there, and in the file's properties.
    @Test func anInternalDocumentIsMarkedInTheHeaderOfEveryPage() throws {
        let folder = Fixture.write(["2021/KZ.yaml": Fixture.kazakhstanWithSecrets])
        defer { try? FileManager.default.removeItem(at: folder) }
        let package = try Self.package(audience: .internal, data: folder.path)
        #expect(try WordText.paragraphs(package, "word/header1.xml").last == "INTERNAL — NOT FOR PUBLICATION")
        #expect(try package.values("docProps/core.xml", "//*[local-name()='title']").first?
            .hasPrefix("[INTERNAL — NOT FOR PUBLICATION] Final Document") == true)
        let public_ = try Self.package(data: folder.path)
        #expect(try WordText.paragraphs(public_, "word/header1.xml").count == 1)
    }

    @Test func theSameEditionIsTheSameBytes() throws {
        let first = try Rendering.rendered(data: Fixture.bundledLibrary, format: .docx).data
        #expect(try Rendering.rendered(data: Fixture.bundledLibrary, format: .docx).data == first)
    }

    @Test func aTemplatesFolderWithoutReferenceDocumentIsAnErrorNamingIt() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("templates-\(UUID().uuidString)")
        try FileManager.default.copyItem(atPath: Rendering.templatesFolder, toPath: folder.path)
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.removeItem(at: folder.appendingPathComponent("reference.docx"))
        #expect {
            try Rendering.rendered(data: Fixture.bundledLibrary, format: .docx, templates: folder.path)
        } throws: { error in
            "\(error)" == "\(folder.path)/reference.docx: error: no such file: the docx output takes its styles from it "
                + "(copy Templates/reference.docx into the templates folder)"
        }
        // The other formats do not need it.
        #expect(try Rendering.document(data: Fixture.bundledLibrary, format: .markdown, templates: folder.path).contains("FINAL DOCUMENT"))
    }
}
