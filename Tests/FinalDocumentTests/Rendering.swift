import Foundation
import FinalDocument
import IndicatorLibrary
import LibraryFixtures
import Testing
import WorkbookReading

/// Renders a library through the package's own `Templates/`, as `labour-monitor report` does.
enum Rendering {
    /// The formats the renderer makes (the PDF is the engine's, from the .docx: PipelineTests and the
    /// command's tests read it).
    static let formats = DocumentFormat.allCases.filter { $0 != .pdf }

    static var templatesFolder: String { Fixture.packageRoot.appendingPathComponent("Templates").path }

    static func document(data folder: String, year: Int = 2021, format: DocumentFormat,
                         audience: Audience = .public, templates: String = templatesFolder,
                         language: String? = nil) throws -> String {
        let rendered = try rendered(data: folder, year: year, format: format, audience: audience, templates: templates,
                                    language: language)
        return format == .docx ? try WordText.visibleText(of: rendered.data) : rendered.text
    }

    /// The document as `report` would write it.
    static func rendered(data folder: String, year: Int = 2021, format: DocumentFormat,
                         audience: Audience = .public, templates: String = templatesFolder,
                         language: String? = nil) throws -> RenderedDocument {
        let check = LibraryCheck.run(at: folder)
        guard let library = check.library, check.passes() else { throw LibraryFailure(check: check) }
        let edition = try RedactedLibrary.redact(library, for: audience).edition(year, in: folder)
        let set = try TemplateSet.load(from: templates, shownAs: templates)
        return try #require(try FinalDocumentRenderer.render(edition, with: set, formats: [format],
                                                             languages: language.map { [$0] }).first)
    }

    /// The small fixture library with `replacing` applied, rendered.
    static func fixture(_ replacing: [String: String?] = [:], format: DocumentFormat,
                        audience: Audience = .public, language: String? = nil) throws -> String {
        let folder = Fixture.write(replacing)
        defer { try? FileManager.default.removeItem(at: folder) }
        return try document(data: folder.path, format: format, audience: audience, language: language)
    }
}

/// A fixture that does not pass `check`.
struct LibraryFailure: Error, CustomStringConvertible {
    let check: LibraryCheck
    var description: String { check.failureReport("nothing was written") }
}
