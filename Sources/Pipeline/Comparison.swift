import ChangesReport
import Foundation
import IndicatorLibrary
import OutputFiles

/// `labour-monitor diff FROM TO` as text or JSON for standard output: load → check → redact → render
/// → scan, the same steps as a `Publication`, then printed. (As a file, the changes are a document:
/// a `Publication` of `.changes`.)
///
/// The text is written as it is made into a temporary file, never held whole, and scanned there
/// before a byte of it reaches the output: a comparison that holds a confidential name prints
/// nothing.
public struct Comparison: Sendable {
    public let from: Int
    public let to: Int
    public let dataFolder: String
    public let format: ChangesFormat
    public let country: String?
    public let audience: Audience
    public let color: Bool
    /// The language to write in, one of the later edition's; nil: its first.
    public let language: String?
    /// The fault tests inject: the library's confidentiality rules off, the scan alone left.
    package var withoutConfidentialityRules = false

    public init(from: Int, to: Int, dataFolder: String = "Indicators", format: ChangesFormat, country: String? = nil,
                audience: Audience = .public, color: Bool = false, language: String? = nil) {
        self.language = language
        self.from = from
        self.to = to
        self.dataFolder = dataFolder
        self.format = format
        self.country = country
        self.audience = audience
        self.color = color
    }

    public struct Outcome: Sendable {
        /// False when the editions are the same in every respect compared.
        public let changed: Bool
        public let warnings: [Diagnostic]
    }

    /// Compares, and writes the comparison to `output` once it is whole and clean.
    public func run(printingTo output: StandardOutput) throws(PipelineFailure) -> Outcome {
        let checked = try Pipeline.check(dataFolder, withoutConfidentialityRules: withoutConfidentialityRules)
        let library = checked.library
        let redacted = RedactedLibrary.redact(library, for: audience)
        let old = try Pipeline.edition(from, of: redacted, data: dataFolder)
        let new = try Pipeline.edition(to, of: redacted, data: dataFolder)
        let declared = new.edition.meeting.languages.map(\.value)
        if let language, !declared.contains(language) {
            throw .noSuchLanguage(language, file: new.edition.meeting.file, declared: declared)
        }
        var changes = redacted.changes(from: old, to: new)
        if let country { changes = changes.only(country: try Pipeline.country(country, in: library, data: dataFolder)) }

        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("labour-monitor-diff")
        let text: AtomicFiles.Staged
        do {
            var file = try StagedTextFile(url: scratch)
            ChangesRenderer.write(changes, as: format, color: color, language: language, into: &file)
            text = try file.finish()
        } catch {
            throw .output(error)
        }
        defer { unlink(text.temporaryPath) }
        if audience == .public {
            let scan = OutputScan(scanner: LeakScanner(library: library), library: redacted.library)
            let leaks = try scan.leaks(inFileAt: text.temporaryPath, name: "standard output", reading: .bytes)
            guard leaks.isEmpty else { throw .leak(leaks) }
        }
        do {
            try output.copy(fileAt: text.temporaryPath)
        } catch {
            throw .output(error)
        }
        return Outcome(changed: !changes.changes.isEmpty, warnings: checked.check.warnings)
    }
}
