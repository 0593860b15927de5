import ChangesReport
import FinalDocument
import Foundation
import IndicatorLibrary
import IndicatorWorkbook
import OutputFiles

/// The outputs of one edition, made the one way every output is made: load → check → redact for the
/// audience → render → scan → place, all or none. `report`, `workbook`, `diff --format markdown` and
/// `build` are each a `Publication` with other products, so a new output cannot skip a step.
///
/// Every output is rendered from a `RedactedLibrary`, the only value the renderers take; every
/// public one is then scanned, bytes and packaged parts alike, for what the library marks
/// confidential; only when all of them are made and clean are they placed, together, atomically.
public struct Publication: Sendable {
    public enum Product: Sendable {
        /// The Final Document in these formats.
        case document([DocumentFormat])
        case workbook(WorkbookOptions)
        /// The changes document since `from` (nil: the edition before, when there is one).
        case changes(from: Int?, country: String? = nil)
    }

    public let year: Int
    public let dataFolder: String
    public let templatesFolder: String
    public let outputFolder: String
    public let audience: Audience
    public let products: [Product]
    /// A fault injected by tests: the library's confidentiality rules switched off, so that only the
    /// output scan stands between a leak and the disk.
    package var withoutConfidentialityRules = false

    public init(year: Int, dataFolder: String = "Indicators", templatesFolder: String = "Templates",
                outputFolder: String? = nil, audience: Audience = .public, products: [Product]) {
        self.year = year
        self.dataFolder = dataFolder
        self.templatesFolder = templatesFolder
        self.outputFolder = outputFolder ?? "Reports/\(year)"
        self.audience = audience
        self.products = products
    }

    /// Every product of `build`: the document in every format, the workbook, the changes since the
    /// edition before.
    public static let everything: [Product] = [.document(DocumentFormat.allCases), .workbook(WorkbookOptions()),
                                               .changes(from: nil)]

    public struct Outcome: Sendable {
        /// The files written, as the user names them.
        public let written: [String]
        /// The library's warnings, then the workbook's.
        public let warnings: [Diagnostic]
        /// The edition the changes compare with, when there was one.
        public let comparedWith: Int?
        /// Whether the changes document has anything but continuing findings and repeated
        /// recommendations (`diff --exit-code`).
        public let changed: Bool
    }

    public func run() throws(PipelineFailure) -> Outcome {
        let check = try Pipeline.check(dataFolder, withoutConfidentialityRules: withoutConfidentialityRules)
        let library = check.library
        let edition = try Pipeline.edition(year, of: library, data: dataFolder)
        do {
            try edition.requireFinished()
        } catch {
            throw .unfinished(error)
        }
        let redacted = RedactedLibrary.redact(library, for: audience)
        let published = try Pipeline.edition(year, of: redacted, data: dataFolder)
        var staging = Staging(folder: URL(fileURLWithPath: outputFolder), shownAs: outputFolder)
        defer { staging.discard() }
        var warnings = check.check.warnings
        var comparedWith: Int?
        var changed = false
        let changes = try changesWanted(in: redacted, for: published)
        for product in products {
            switch product {
            case let .document(formats):
                try staging.add(documents(published, formats: formats))
            case let .workbook(options):
                warnings += try staging.stageWorkbook(published, options: options, changes: changes?.changes)
            case let .changes(_, country):
                guard let changes else { continue }
                comparedWith = changes.from
                let shown = country.map { changes.changes.only(country: $0) } ?? changes.changes
                changed = !shown.changes.isEmpty
                let name = country.map { "changes-\(changes.from)-\(year)-\($0).md" }
                    ?? ChangesFormat.fileName(from: changes.from, to: year)
                try staging.stage(name) { url throws(OutputError) in try ChangesRenderer.stageMarkdown(shown, at: url) }
            }
        }
        if audience == .public {
            try staging.scan(OutputScan(scanner: LeakScanner(library: library), library: redacted.library))
        }
        let written = try staging.place()
        return Outcome(written: written, warnings: warnings, comparedWith: comparedWith, changed: changed)
    }

    /// The comparison the changes document needs, made once and given to the workbook's Changes sheet
    /// too: with the `from` it names, else with the edition before. Without a changes document the
    /// workbook compares on its own, beside its first sheets.
    private func changesWanted(in redacted: RedactedLibrary, for published: RedactedEdition)
        throws(PipelineFailure) -> (from: Int, changes: RedactedChanges)? {
        var wanted = false
        var named: Int?
        for product in products {
            switch product {
            case let .changes(from, country):
                wanted = true
                named = from
                if let country { try Pipeline.requireCountry(country, in: redacted.library, data: dataFolder) }
            case let .workbook(options):
                if let years = options.years, !redacted.library.editions.contains(where: { years.contains($0.year) }) {
                    throw .noEditionsInYears(years, available: redacted.library.editions.map(\.year), data: dataFolder)
                }
                if let from = options.changesFrom { _ = try Pipeline.edition(from, of: redacted.library, data: dataFolder) }
            case .document:
                break
            }
        }
        guard wanted else { return nil }
        let earlierYear: Int
        if let from = named {
            earlierYear = from
        } else if let earlier = redacted.library.editions.last(where: { $0.year < year }) {
            earlierYear = earlier.year
        } else {
            return nil
        }
        let earlier = try Pipeline.edition(earlierYear, of: redacted, data: dataFolder)
        return (earlierYear, redacted.changes(from: earlier, to: published))
    }

    private func documents(_ published: RedactedEdition, formats: [DocumentFormat]) throws(PipelineFailure)
        -> [RenderedDocument] {
        do {
            let templates = try TemplateSet.load(from: templatesFolder, shownAs: templatesFolder)
            return try FinalDocumentRenderer.render(published, with: templates, formats: formats)
        } catch {
            throw .templates(error)
        }
    }
}
