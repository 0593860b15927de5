import Exports
import Foundation
import IndicatorLibrary

/// `labour-monitor import FILE --year YEAR`: a past Final Document (plain text, Markdown or Word)
/// read into a draft edition, `Indicators/YEAR/`: the meeting, a file per appealed or described
/// country with its situation and recommendations, and a source naming the document. No finding is
/// proposed; the editors write them, as the readiness to-do asks. Never over an existing edition;
/// the folder appears whole, and only if the library passes check with it.
public struct ImportJob: Sendable {
    public let file: String
    public let year: Int
    public let dataFolder: String

    public init(file: String, year: Int, dataFolder: String = "Indicators") {
        self.file = file
        self.year = year
        self.dataFolder = dataFolder
    }

    /// A recommendation given the id of an earlier edition's, whose text it resembles: for the editor
    /// to confirm.
    public struct Match: Sendable, CustomStringConvertible {
        public let id: String
        public let year: Int
        public let similarity: Double
        public let location: SourceLocation

        public var description: String {
            "\(location): note: recommendation matched to '\(id)' of \(year) (\(Int((similarity * 100).rounded())) % of "
                + "the words in common): it keeps that id, so the editions follow it; confirm it, or give it an id of its own"
        }
    }

    public struct Outcome: Sendable {
        public let created: [String]
        public let recommendations: Int
        public let matches: [Match]
        /// What the reading could not place, at the document's line, and the new edition's check.
        public let warnings: [Diagnostic]
        public let readiness: EditionReadiness?
    }

    public func run() throws(ImportFailure) -> Outcome {
        guard let data = FileManager.default.contents(atPath: file) else {
            throw .unreadable(.error("no such file to import", at: SourceLocation(file: file, line: 1, column: 1)))
        }
        let paragraphs: [ImportedParagraph]
        do {
            paragraphs = try DocumentText.paragraphs(of: data, named: file)
        } catch {
            throw .unreadable(.error(error.message, at: SourceLocation(file: file, line: error.line, column: 1)))
        }
        guard !paragraphs.isEmpty else {
            throw .unreadable(.error("the file holds no text to import", at: SourceLocation(file: file, line: 1, column: 1)))
        }
        let loaded = LibraryCheck.loaded(at: dataFolder)
        guard loaded.passes(), let library = loaded.library else { throw .library(loaded) }
        let folder = URL(fileURLWithPath: dataFolder).appendingPathComponent(String(year))
        guard !FileManager.default.fileExists(atPath: folder.path) else { throw .exists("\(dataFolder)/\(year)") }

        let reading = FinalDocumentReading(paragraphs, catalog: library.catalog)
        guard reading.edition != nil, reading.event != nil, reading.mission != nil else {
            throw .unreadable(.error("the heading does not read as an English Final Document's ('FINAL DOCUMENT', the "
                                     + "ordinal and the event, the mission: 'Fifth Coordination Meeting', 'International "
                                     + "Labour Rights Monitoring Mission for Central Asia'); import reads the English "
                                     + "document, whose texts every edition needs", at: SourceLocation(file: file, line: reading.headingLine, column: 1)))
        }
        var edition = ImportedEdition(reading: reading, year: year, file: file, library: library)
        let files = edition.files()
        let check: LibraryCheck
        do {
            check = try StagedLibrary.check(files, in: dataFolder)
        } catch {
            throw .output(error)
        }
        guard check.passes() else {
            throw .imported(check.errors.map { StagedLibrary.traced($0, among: files, from: file, in: dataFolder) })
        }
        do {
            try StagedLibrary.placeEdition(files, year: year, in: dataFolder)
        } catch {
            throw .output(error)
        }
        let shownYear = "\(dataFolder)/\(year)/"
        return Outcome(created: files.map { "\(dataFolder)/\($0.path)" }, recommendations: edition.recommendationCount,
                       matches: edition.matches.sorted { $0.location < $1.location },
                       warnings: reading.warnings.map { .warning($0.message, at: SourceLocation(file: file, line: $0.line, column: 1)) }
                           + check.warnings.filter { $0.location.file.hasPrefix(shownYear) },
                       readiness: check.library?.edition(year).map(EditionReadiness.init))
    }
}
