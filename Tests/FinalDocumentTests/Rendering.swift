import Foundation
import FinalDocument
import IndicatorLibrary
import LibraryFixtures

/// Renders a library through the package's own `Templates/`, as `labour-monitor report` does.
enum Rendering {
    static var templatesFolder: String { Fixture.packageRoot.appendingPathComponent("Templates").path }

    static func document(data folder: String, year: Int = 2021, format: DocumentFormat,
                         audience: Audience = .public, templates: String = templatesFolder) throws -> String {
        let job = FinalDocumentJob(year: year, dataFolder: folder, templatesFolder: templates,
                                   outputFolder: "unused", formats: [format], audience: audience)
        let check = LibraryCheck.run(at: folder)
        guard let library = check.library, check.passes() else { throw ReportFailure.library(check) }
        return try job.render(library).first?.text ?? ""
    }

    /// The small fixture library with `replacing` applied, rendered.
    static func fixture(_ replacing: [String: String?] = [:], format: DocumentFormat,
                        audience: Audience = .public) throws -> String {
        let folder = Fixture.write(replacing)
        defer { try? FileManager.default.removeItem(at: folder) }
        return try document(data: folder.path, format: format, audience: audience)
    }
}
