import Foundation
import Testing
import FinalDocument
import LibraryFixtures

/// A template error names the template file and the line, like a data error.
@Suite struct TemplateErrorTests {
    /// The bundled templates with `file` replaced, in a temporary folder.
    static func templates(_ file: String, _ text: String?) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("templates-\(UUID().uuidString)")
        try FileManager.default.copyItem(atPath: Rendering.templatesFolder, toPath: folder.path)
        let url = folder.appendingPathComponent(file)
        if let text { try text.write(to: url, atomically: false, encoding: .utf8) } else {
            try FileManager.default.removeItem(at: url)
        }
        return folder
    }

    static func errors(_ file: String, _ text: String?) throws -> [String] {
        let folder = try templates(file, text)
        defer { try? FileManager.default.removeItem(at: folder) }
        do {
            _ = try TemplateSet.load(from: folder.path, shownAs: "Templates")
            return []
        } catch {
            return error.errors.map(\.description)
        }
    }

    @Test func anUnclosedSectionIsLocated() throws {
        let errors = try Self.errors("final-document.md.mustache", """
            **FINAL DOCUMENT**

            {{#appeals}}
            — **{{addressee}} to:**
            """)
        #expect(errors == ["Templates/final-document.md.mustache:4:24: error: a section is never closed: add its {{/name}}"])
    }

    @Test func aMisspeltFieldIsAnErrorNotAHole() throws {
        let errors = try Self.errors("final-document.md.mustache", "{{opening}}\n\n{{place}}, {{dat}}\n")
        #expect(errors == [
            "Templates/final-document.md.mustache:3:12: error: unknown field 'dat' (did you mean 'date'?); "
                + "Templates/README.md lists the fields a template can use",
        ])
    }

    @Test func aMissingPartialIsAnError() throws {
        let errors = try Self.errors("final-document.html.mustache", "<style>\n{{> styles.css}}\n</style>\n")
        #expect(errors == [
            "Templates/final-document.html.mustache:2:1: error: no template 'styles.css.mustache' for the "
                + "partial '{{> styles.css}}' (did you mean 'style.css'?)",
        ])
    }

    @Test func transformsAndDottedNamesAreChecked() throws {
        #expect(try Self.errors("final-document.md.mustache", "{{uppercased(event)}} {{#annex.sections}}{{/annex.sections}}") == [])
        let errors = try Self.errors("final-document.md.mustache", "{{upper(event)}}")
        #expect(errors.first?.hasPrefix("Templates/final-document.md.mustache:1:1: error: unknown transform 'upper'") == true)
    }

    /// Mustache would recurse until the stack overflows: a crash, not a message.
    @Test func aTemplateThatIncludesItselfIsAnError() throws {
        let errors = try Self.errors("style.css.mustache", "body { }\n{{> final-document.html}}\n")
        #expect(errors == [
            "Templates/style.css.mustache:2:1: error: the template includes itself "
                + "(final-document.html → style.css → final-document.html): the document would never end",
        ])
    }

    @Test func aTagLeftOpenAtTheEndIsLocated() throws {
        #expect(try Self.errors("final-document.md.mustache", "{{place}}\n{{{opening}}") == [
            "Templates/final-document.md.mustache:2:13: error: the template ends inside a tag: a '{{' is never closed",
        ])
    }

    @Test func aTemplateThatIsNotTextIsAnError() throws {
        let folder = try Self.templates("final-document.md.mustache", nil)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data([0x7B, 0x7B, 0xFF, 0xFE]).write(to: folder.appendingPathComponent("final-document.md.mustache"))
        #expect(throws: TemplateErrors.self) { try TemplateSet.load(from: folder.path, shownAs: "Templates") }
    }

    @Test func aMissingTemplateForARequestedFormatIsAnError() throws {
        let folder = try Self.templates("final-document.html.mustache", nil)
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = Fixture.write()
        defer { try? FileManager.default.removeItem(at: data) }
        #expect {
            try Rendering.document(data: data.path, format: .html, templates: folder.path)
        } throws: { error in
            "\(error)".contains("final-document.html.mustache: error: no such template: the html output needs it")
        }
    }

    /// An internal document without its marking would look publishable: the template must print it.
    @Test func anInternalDocumentFromATemplateThatDropsTheMarkingIsRefused() throws {
        let folder = try Self.templates("final-document.md.mustache", "{{opening}}\n")
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = Fixture.write()
        defer { try? FileManager.default.removeItem(at: data) }
        #expect {
            try Rendering.document(data: data.path, format: .markdown, audience: .internal,
                                   templates: folder.path)
        } throws: { error in
            "\(error)".contains("an internal or draft document must say 'INTERNAL — NOT FOR PUBLICATION' on every page")
        }
    }

    @Test func editingATemplateChangesTheDocument() throws {
        let folder = try Self.templates("final-document.md.mustache", "# {{ordinal}} {{event}} in {{place}}\n")
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = Fixture.write()
        defer { try? FileManager.default.removeItem(at: data) }
        let text = try Rendering.document(data: data.path, format: .markdown, templates: folder.path)
        #expect(text == "# Fifth Coordination Meeting in Bishkek\n")
    }
}
