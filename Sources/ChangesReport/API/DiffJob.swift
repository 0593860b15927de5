import Foundation
import IndicatorLibrary
import OutputFiles

/// `labour-monitor diff FROM TO`: check the library, compare the two editions, and present the
/// changes. Text and JSON go to standard output; Markdown is a document, written (atomically) as
/// `Reports/TO/changes-FROM-TO.md`.
public struct DiffJob: Sendable {
    public let from: Int
    public let to: Int
    public let dataFolder: String
    public let format: ChangesFormat
    public let country: String?
    public let audience: Audience
    /// Where the Markdown document goes (default `Reports/TO`).
    public let outputFolder: String?
    public let color: Bool

    public init(from: Int, to: Int, dataFolder: String, format: ChangesFormat, country: String? = nil,
                audience: Audience = .public, outputFolder: String? = nil, color: Bool = false) {
        self.from = from
        self.to = to
        self.dataFolder = dataFolder
        self.format = format
        self.country = country
        self.audience = audience
        self.outputFolder = outputFolder
        self.color = color
    }

    public struct Outcome: Sendable {
        /// What to print on standard output (the text or JSON, or the "wrote" line).
        public let output: String
        /// False when the editions are the same in every respect compared.
        public let changed: Bool
        public let warnings: [Diagnostic]
    }

    public func run() throws(DiffFailure) -> Outcome {
        let check = LibraryCheck.run(at: dataFolder)
        guard check.passes(), let library = check.library else { throw .library(check) }
        var changes = try Self.changes(from: from, to: to, in: library, data: dataFolder).visible(to: audience)
        if let country {
            guard library.catalog.country(country) != nil else {
                let codes = library.catalog.countries.map(\.code.value)
                throw .unknownCountry(country, data: dataFolder,
                                      suggestion: codes.first { $0.caseInsensitiveCompare(country) == .orderedSame })
            }
            changes = changes.only(country: country)
        }
        guard format == .markdown else {
            return Outcome(output: ChangesRenderer.render(changes, of: library, as: format, color: color),
                           changed: !changes.isEmpty, warnings: check.warnings)
        }
        let folder = outputFolder ?? "Reports/\(to)"
        let name = country.map { "changes-\(from)-\(to)-\($0).md" } ?? ChangesFormat.fileName(from: from, to: to)
        do {
            let document = try ChangesRenderer.stageMarkdown(
                changes, of: library, at: URL(fileURLWithPath: folder).appendingPathComponent(name))
            try AtomicFiles.write([], staged: [document])
        } catch {
            throw .output(error)
        }
        return Outcome(output: "wrote \(folder)/\(name)\n", changed: !changes.isEmpty, warnings: check.warnings)
    }

    /// The changes between two editions of a checked library, or the error naming what it holds.
    public static func changes(from: Int, to: Int, in library: Library, data: String) throws(DiffFailure)
        -> EditionChanges {
        do {
            return library.changes(from: try library.edition(from, in: data), to: try library.edition(to, in: data))
        } catch {
            throw .noEdition(error)
        }
    }
}
