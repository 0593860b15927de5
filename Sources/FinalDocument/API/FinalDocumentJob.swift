import Foundation
import IndicatorLibrary
import OutputFiles

/// `labour-monitor report`: check the library, render every format, and only then write them all.
///
/// The order is the guarantee: a library with errors or a broken template stops the run before any
/// file is touched, and the files are replaced atomically, so `Reports/YEAR/` holds either the old
/// documents or the new ones, never a mixture or a half-written file.
public struct FinalDocumentJob: Sendable {
    public let year: Int
    public let dataFolder: String
    public let templatesFolder: String
    public let outputFolder: String
    public let formats: [DocumentFormat]
    public let audience: Audience

    public init(year: Int, dataFolder: String, templatesFolder: String, outputFolder: String,
                formats: [DocumentFormat], audience: Audience) {
        self.year = year
        self.dataFolder = dataFolder
        self.templatesFolder = templatesFolder
        self.outputFolder = outputFolder
        self.formats = formats
        self.audience = audience
    }

    /// What a successful run did: the files written, and the library's warnings to show.
    public struct Outcome: Sendable {
        public let written: [String]
        public let warnings: [Diagnostic]
    }

    public func run() throws(ReportFailure) -> Outcome {
        let check = LibraryCheck.run(at: dataFolder)
        guard check.passes(), let library = check.library else { throw .library(check) }
        let documents = try render(library)
        let outputs = documents.map { document in
            AtomicFiles.Output(url: URL(fileURLWithPath: outputFolder).appendingPathComponent(document.fileName),
                               contents: Data(document.text.utf8))
        }
        do {
            try AtomicFiles.write(outputs)
        } catch {
            throw .output(error)
        }
        return Outcome(written: documents.map { "\(outputFolder)/\($0.fileName)" }, warnings: check.warnings)
    }

    /// The documents, in memory.
    public func render(_ library: Library) throws(ReportFailure) -> [RenderedDocument] {
        let edition: Edition
        do {
            edition = try library.edition(year, in: dataFolder)
        } catch {
            throw .noEdition(error)
        }
        do {
            try edition.requireFinished()
        } catch {
            throw .unfinished(error)
        }
        do {
            let templates = try TemplateSet.load(from: templatesFolder, shownAs: templatesFolder)
            return try FinalDocumentRenderer.render(edition, of: library, with: templates, formats: formats,
                                                    audience: audience)
        } catch {
            throw .templates(error)
        }
    }
}
