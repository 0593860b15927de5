import ChangesReport
import FinalDocument
import Foundation
import IndicatorLibrary
import IndicatorWorkbook
import OutputFiles

/// `labour-monitor build YEAR`: everything an edition publishes, in one run: check the library, then
/// the Final Document (Markdown and HTML), the indicator workbook and, when there is an earlier
/// edition, the changes since it, into `Reports/YEAR/`.
///
/// All of them are made before any is written, and then replaced together: a library error, a
/// template error or a full disk leaves `Reports/YEAR/` as it was.
public struct BuildJob: Sendable {
    public let year: Int
    public let dataFolder: String
    public let templatesFolder: String
    public let outputFolder: String
    public let audience: Audience

    public init(year: Int, dataFolder: String = "Indicators", templatesFolder: String = "Templates",
                outputFolder: String? = nil, audience: Audience = .public) {
        self.year = year
        self.dataFolder = dataFolder
        self.templatesFolder = templatesFolder
        self.outputFolder = outputFolder ?? "Reports/\(year)"
        self.audience = audience
    }

    public struct Outcome: Sendable {
        /// The files written, as the user names them.
        public let written: [String]
        public let warnings: [Diagnostic]
        /// The edition compared with, when there was one.
        public let comparedWith: Int?
    }

    public func run() throws(BuildFailure) -> Outcome {
        let check = LibraryCheck.run(at: dataFolder)
        guard check.passes(), let library = check.library else { throw .library(check) }
        let edition: Edition
        do {
            edition = try library.edition(year, in: dataFolder)
        } catch {
            throw .noEdition(error)
        }
        let folder = URL(fileURLWithPath: outputFolder)
        var outputs: [AtomicFiles.Output] = []
        var names: [String] = []
        do {
            let documents = try FinalDocumentJob(
                year: year, dataFolder: dataFolder, templatesFolder: templatesFolder, outputFolder: outputFolder,
                formats: DocumentFormat.allCases, audience: audience
            ).render(library)
            for document in documents {
                outputs.append(.init(url: folder.appendingPathComponent(document.fileName),
                                     contents: Data(document.text.utf8)))
                names.append(document.fileName)
            }
        } catch {
            throw .document(error)
        }
        let workbookName = IndicatorWorkbook.fileName(for: year)
        let workbookURL = folder.appendingPathComponent(workbookName)
        let staged = AtomicFiles.temporaryPath(beside: workbookURL)
        do {
            try AtomicFiles.createFolder(folder)
        } catch {
            throw .output(error)
        }
        let earlier = library.editions.last { $0.year < year }
        let changes = earlier.map { library.changes(from: $0, to: edition).visible(to: audience) }
        let workbookWarnings: [Diagnostic]
        do {
            workbookWarnings = try IndicatorWorkbook.write(edition, of: library,
                                                           options: WorkbookOptions(audience: audience),
                                                           changes: changes, to: staged)
        } catch {
            throw .workbook(error)
        }
        names.append(workbookName)
        var stagedFiles = [AtomicFiles.Staged(url: workbookURL, temporaryPath: staged)]
        do {
            if let earlier, let changes {
                let name = ChangesFormat.fileName(from: earlier.year, to: year)
                stagedFiles.append(try ChangesRenderer.stageMarkdown(changes, of: library,
                                                                     at: folder.appendingPathComponent(name)))
                names.append(name)
            }
        } catch {
            unlink(staged)
            throw .output(error)
        }
        do {
            try AtomicFiles.write(outputs, staged: stagedFiles)
        } catch {
            throw .output(error)
        }
        return Outcome(written: names.map { "\(outputFolder)/\($0)" }, warnings: check.warnings + workbookWarnings,
                       comparedWith: earlier?.year)
    }
}
