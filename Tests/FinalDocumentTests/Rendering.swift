import Foundation
import FinalDocument
import IndicatorLibrary
import LibraryFixtures

/// Renders a library through the package's own `Templates/`, as `labour-monitor report` does.
enum Rendering {
    static var templatesFolder: String { Fixture.packageRoot.appendingPathComponent("Templates").path }

    static func document(data folder: String, year: Int = 2021, format: DocumentFormat,
                         audience: Audience = .public, templates: String = templatesFolder,
                         language: String? = nil) throws -> String {
        let check = LibraryCheck.run(at: folder)
        guard let library = check.library, check.passes() else { throw LibraryFailure(check: check) }
        let edition = try RedactedLibrary.redact(library, for: audience).edition(year, in: folder)
        let set = try TemplateSet.load(from: templates, shownAs: templates)
        return try FinalDocumentRenderer.render(edition, with: set, formats: [format],
                                                languages: language.map { [$0] }).first?.text ?? ""
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
