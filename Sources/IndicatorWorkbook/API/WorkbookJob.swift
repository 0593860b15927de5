import Foundation
import IndicatorLibrary
import OutputFiles

/// `labour-monitor workbook`: check the library, then write the edition's workbook.
///
/// A library with errors, a year with no edition or a `--years` range with none stops the run before
/// any file is touched; the workbook itself replaces the old one only once it is complete.
public struct WorkbookJob: Sendable {
    public let year: Int
    public let dataFolder: String
    public let outputFolder: String
    public let options: WorkbookOptions

    public init(year: Int, dataFolder: String, outputFolder: String, options: WorkbookOptions = WorkbookOptions()) {
        self.year = year
        self.dataFolder = dataFolder
        self.outputFolder = outputFolder
        self.options = options
    }

    /// What a successful run did: the file written, and the warnings to show (the library's, then
    /// the workbook's).
    public struct Outcome: Sendable {
        public let written: String
        public let warnings: [Diagnostic]
    }

    public func run() throws(WorkbookFailure) -> Outcome {
        let check = LibraryCheck.run(at: dataFolder)
        guard check.passes(), let library = check.library else { throw .library(check) }
        let edition: Edition
        do {
            edition = try library.edition(year, in: dataFolder)
        } catch {
            throw .noEdition(error)
        }
        if let years = options.years, !library.editions.contains(where: { years.contains($0.year) }) {
            throw .noEditionsInYears(years, available: library.editions.map(\.year), data: dataFolder)
        }
        let folder = URL(fileURLWithPath: outputFolder)
        do {
            try AtomicFiles.createFolder(folder)
        } catch {
            throw .output(error)
        }
        let path = folder.appendingPathComponent(IndicatorWorkbook.fileName(for: year)).path
        let warnings = try IndicatorWorkbook.write(edition, of: library, options: options, to: path)
        return Outcome(written: "\(outputFolder)/\(IndicatorWorkbook.fileName(for: year))",
                       warnings: check.warnings + warnings)
    }
}
