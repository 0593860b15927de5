import Foundation
import Testing
@testable import FinalDocument

/// The templates built into the tool are Templates/ as committed: a template edited without
/// `make templates` fails here, not silently in a published document.
@Suite struct BuiltInTemplatesTests {
    @Test func theBuiltInTemplatesAreTemplatesFolder() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Rendering.templatesFolder)
            .filter { $0.hasSuffix(".mustache") }.sorted()
        #expect(BuiltInTemplates.files.map { "\($0.name).mustache" } == names)
        for file in BuiltInTemplates.files {
            let text = try String(contentsOfFile: "\(Rendering.templatesFolder)/\(file.name).mustache", encoding: .utf8)
            #expect(file.text == text, "\(file.name).mustache changed: run `make templates`")
        }
    }

    @Test func theBuiltInReferenceDocumentIsTemplatesReferenceDocx() throws {
        let built = try #require(Data(base64Encoded: BuiltInReference.base64, options: .ignoreUnknownCharacters))
        let file = try Data(contentsOf: URL(fileURLWithPath: "\(Rendering.templatesFolder)/reference.docx"))
        #expect(built == file, "Templates/reference.docx changed: run `make templates`")
    }

    @Test func theBuiltInTemplatesPassTheirOwnCheck() throws {
        let templates = try TemplateSet.builtIn()
        #expect(templates.has("final-document.md") && templates.has("final-document.html"))
    }
}
