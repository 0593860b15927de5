import ChangesReport
import FinalDocument
import Exports
import Foundation
import IndicatorLibrary
import IndicatorWorkbook
import OutputFiles
import Parallelism
import Site

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
        /// The changes document since `from` (nil: the edition before, when there is one), as Markdown
        /// beside the Final Document, or in another of the changes' formats (`diff --out`).
        case changes(from: Int?, country: String? = nil, format: ChangesFormat = .markdown)
        /// The static site of the whole library (`Reports/site/`), its edition the latest.
        case site
        /// The edition as an exchange file for partner organisations, naming the organisation that sends it.
        case exchange(organisation: String?)
        /// Every edition as tidy tables: a Frictionless Data Package.
        case dataPackage
    }

    /// The edition; nil: the library's latest (the site's).
    public let year: Int?
    public let dataFolder: String
    public let templatesFolder: String?
    public let outputFolder: String
    /// Where the editions' outputs are built (the output folder's parent, `Reports`): the site links to
    /// those it finds there.
    let documentsFolder: String
    public let audience: Audience
    /// Build an edition that is not ready to publish, every page and sheet marked as a draft.
    public let draft: Bool
    public let products: [Product]
    /// The languages to write (`--language`), among the edition's; nil: every language it declares.
    public let languages: [String]?
    /// A one-country extract of the Final Document and the workbook (`--country`): the catalog code
    /// as the user wrote it, in any case.
    public let country: String?
    /// A fault injected by tests: the library's confidentiality rules switched off, so that only the
    /// output scan stands between a leak and the disk.
    package var withoutConfidentialityRules = false
    /// Where placing the outputs stops as if killed (tests; `LABOUR_MONITOR_KILL_AT_STEP` from outside).
    package var faults = FaultInjection.fromEnvironment

    /// `outputFolder` (default `Reports/YEAR`) holds the public set; an internal set goes to its
    /// `internal/` folder, a draft to a `draft/` folder below, so that neither can replace or be taken
    /// for a public, final file. `templatesFolder` nil: the templates built into the tool.
    public init(year: Int?, dataFolder: String = "Indicators", templatesFolder: String? = nil,
                outputFolder: String? = nil, audience: Audience = .public, draft: Bool = false, languages: [String]? = nil,
                country: String? = nil, products: [Product]) {
        self.year = year
        self.dataFolder = dataFolder
        self.templatesFolder = templatesFolder
        var folder = outputFolder ?? (year.map { "Reports/\($0)" } ?? "Reports/site")
        documentsFolder = ParentFolder.of(folder)
        if audience == .internal { folder += "/internal" }
        if draft { folder += "/draft" }
        self.outputFolder = folder
        self.audience = audience
        self.draft = draft
        self.products = products
        self.languages = languages
        self.country = country
    }

    /// What an internal folder holds besides the outputs: git never takes them in, even in a copy of
    /// the folder without the project's own ignore rules.
    static let internalIgnoreFile = (name: ".gitignore", contents: "# Internal outputs: never committed.\n*\n")

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
        let check = try Pipeline.check(dataFolder, withoutConfidentialityRules: withoutConfidentialityRules,
                                       draft: draft)
        let library = check.library
        guard let year = self.year ?? library.editions.last?.year else {
            throw .noEditionsInYears(0...9999, available: [], data: dataFolder)
        }
        let edition = try Pipeline.edition(year, of: library, data: dataFolder)
        let declared = edition.meeting.languages.map(\.value)
        for language in languages ?? [] where !declared.contains(language) {
            throw .noSuchLanguage(language, file: edition.meeting.file, declared: declared)
        }
        let readiness = EditionReadiness(edition)
        if !readiness.isReady, !draft, publishesEdition { throw .notReady(readiness) }
        let redacted = RedactedLibrary.redact(library, for: audience)
        var published = try Pipeline.edition(year, of: redacted, data: dataFolder)
        if draft { published = published.markedAsDraft() }
        // Every option checked before the output folder is touched. The changes compare the whole
        // editions; an extract shows its country's.
        var changes = try changesWanted(in: redacted, for: published, year: year)
        if let country {
            let code = try Pipeline.country(country, in: redacted.library, data: dataFolder)
            guard published.edition.country(code) != nil else {
                throw .countryNotInEdition(code, year: year, data: dataFolder)
            }
            published = published.only(country: code)
            changes = changes.map { ($0.from, $0.changes.only(country: code)) }
        }
        // The scanner is built from the whole library while the outputs are rendered: for the exports,
        // whose rendering is quick, it is as long as the rest of the run after the check.
        let scanner = audience == .public ? Background { HandedOver(LeakScanner(library: library)) } : nil
        var staging = try Staging(folder: URL(fileURLWithPath: outputFolder), shownAs: outputFolder)
        defer { staging.discard() }
        if audience == .internal {
            staging.add(Self.internalIgnoreFile.name, Data(Self.internalIgnoreFile.contents.utf8))
        }
        var warnings = check.check.warnings
        var comparedWith: Int?
        var changed = false
        for product in products {
            switch product {
            case let .document(formats):
                // The PDF is made from the Word document, rendered for it even when not asked for itself.
                let rendering = formats.contains(.pdf) && !formats.contains(.docx) ? formats + [.docx] : formats
                let rendered = try documents(published, formats: rendering)
                staging.add(rendered.filter { formats.contains($0.format) })
                if formats.contains(.pdf) {
                    try staging.addPDFs(of: rendered.filter { $0.format == .docx }, date: Self.pdfDate(of: edition))
                }
            case let .workbook(options):
                // One workbook per language; what Excel's limits changed is the same in each.
                for (index, language) in writtenLanguages(of: edition).enumerated() {
                    let said = try staging.stageWorkbook(published, options: options, changes: changes?.changes,
                                                         language: language, isFirst: language == declared.first)
                    if index == 0 { warnings += said }
                }
            case let .changes(_, country, format):
                guard let changes else { continue }
                comparedWith = changes.from
                // An extract's changes (`build --country`) are named for its country, as its other files are.
                let code = try (country ?? self.country).map { code throws(PipelineFailure) in
                    try Pipeline.country(code, in: redacted.library, data: dataFolder)
                }
                let shown = code.map { changes.changes.only(country: $0) } ?? changes.changes
                changed = !shown.changes.isEmpty
                for language in writtenLanguages(of: edition) {
                    let suffix = language == declared.first ? nil : language
                    try staging.stage(format.fileName(from: changes.from, to: year, country: code, language: suffix)) {
                        url throws(OutputError) in
                        try ChangesRenderer.stage(shown, as: format, language: language, at: url)
                    }
                }
            case .site:
                // Each page written to its file as it is made: the site is never held whole.
                for page in SiteRenderer.pages(redacted, documents: documentsFolder) {
                    try staging.stage(page.path) { url throws(OutputError) in
                        var file = try StagedTextFile(url: url)
                        page.write(into: &file)
                        return try file.finish()
                    }
                }
            case let .exchange(organisation):
                staging.add(ExchangeDocument.fileName(for: year), ExchangeDocument.render(published, organisation: organisation))
            case .dataPackage:
                for file in DataPackage.render(redacted) { staging.add(file.name, file.data) }
            }
        }
        if let scanner {
            try staging.scan(OutputScan(scanner: scanner.value.scanner, library: redacted.library))
        }
        let written = try staging.place(faults: faults)
        return Outcome(written: written, warnings: warnings, comparedWith: comparedWith, changed: changed)
    }

    /// The meeting's date as `YYYYMMDD` (the first of the month, or of the year, when the day is not known).
    private static func pdfDate(of edition: Edition) -> String {
        let date = edition.meeting.date.value
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        let year = String(repeating: "0", count: max(0, 4 - String(date.year).count)) + String(date.year)
        return year + two(date.month ?? 1) + two(date.day ?? 1)
    }

    /// The edition's languages this run writes: every one, or those `--language` names.
    private func writtenLanguages(of edition: Edition) -> [String] {
        edition.meeting.languages.map(\.value).filter { languages?.contains($0) ?? true }
    }

    /// Whether the products include the edition's own documents (the Final Document, the workbook),
    /// which only a ready edition, or a draft, may have; a comparison alone may be made of any.
    private var publishesEdition: Bool {
        products.contains { product in
            if case .changes = product { return false }
            return true
        }
    }

    /// The comparison the changes document needs, made once and given to the workbook's Changes sheet
    /// too: with the `from` it names, else with the edition before. Without a changes document the
    /// workbook compares on its own, beside its first sheets.
    private func changesWanted(in redacted: RedactedLibrary, for published: RedactedEdition, year: Int)
        throws(PipelineFailure) -> (from: Int, changes: RedactedChanges)? {
        var wanted = false
        var named: Int?
        for product in products {
            switch product {
            case let .changes(from, country, _):
                wanted = true
                named = from
                if let country { _ = try Pipeline.country(country, in: redacted.library, data: dataFolder) }
            case let .workbook(options):
                if let years = options.years, !redacted.library.editions.contains(where: { years.contains($0.year) }) {
                    throw .noEditionsInYears(years, available: redacted.library.editions.map(\.year), data: dataFolder)
                }
                if let from = options.changesFrom { _ = try Pipeline.edition(from, of: redacted.library, data: dataFolder) }
            case .document, .site, .exchange, .dataPackage:
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
        do throws(TemplateErrors) {
            let templates: TemplateSet
            if let templatesFolder {
                templates = try TemplateSet.load(from: templatesFolder, shownAs: templatesFolder)
            } else {
                templates = try TemplateSet.builtIn()
            }
            return try FinalDocumentRenderer.render(published, with: templates, formats: formats, languages: languages)
        } catch {
            throw .templates(error)
        }
    }
}

/// The scanner made on the background thread, handed to the run's own once the background work has
/// ended (`Background.value` waits for it) and used there alone: never by two threads at once.
private struct HandedOver: @unchecked Sendable {
    let scanner: LeakScanner

    init(_ scanner: LeakScanner) {
        self.scanner = scanner
    }
}
