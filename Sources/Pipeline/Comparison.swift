import ChangesReport
import Foundation
import IndicatorLibrary
import OutputFiles

/// `labour-monitor diff FROM TO` as text or JSON for standard output: load → check → redact → render
/// → scan, the same steps as a `Publication`, with the printing left to the command. (As Markdown,
/// the changes are a document: a `Publication` of `.changes`.)
public struct Comparison: Sendable {
    public let from: Int
    public let to: Int
    public let dataFolder: String
    public let format: ChangesFormat
    public let country: String?
    public let audience: Audience
    public let color: Bool
    /// The fault tests inject: the library's confidentiality rules off, the scan alone left.
    package var withoutConfidentialityRules = false

    public init(from: Int, to: Int, dataFolder: String = "Indicators", format: ChangesFormat, country: String? = nil,
                audience: Audience = .public, color: Bool = false) {
        self.from = from
        self.to = to
        self.dataFolder = dataFolder
        self.format = format
        self.country = country
        self.audience = audience
        self.color = color
    }

    public struct Outcome: Sendable {
        /// What to print on standard output.
        public let output: String
        /// False when the editions are the same in every respect compared.
        public let changed: Bool
        public let warnings: [Diagnostic]
    }

    public func run() throws(PipelineFailure) -> Outcome {
        let checked = try Pipeline.check(dataFolder, withoutConfidentialityRules: withoutConfidentialityRules)
        let library = checked.library
        let redacted = RedactedLibrary.redact(library, for: audience)
        let old = try Pipeline.edition(from, of: redacted, data: dataFolder)
        let new = try Pipeline.edition(to, of: redacted, data: dataFolder)
        if let country { try Pipeline.requireCountry(country, in: library, data: dataFolder) }
        var changes = redacted.changes(from: old, to: new)
        if let country { changes = changes.only(country: country) }
        let text = ChangesRenderer.render(changes, as: format, color: color)
        if audience == .public {
            let scan = OutputScan(scanner: LeakScanner(library: library), library: redacted.library)
            let leaks = try scan.leaks(in: Data(text.utf8), name: "standard output", isPackage: false)
            guard leaks.isEmpty else { throw .leak(leaks) }
        }
        return Outcome(output: text, changed: !changes.changes.isEmpty, warnings: checked.check.warnings)
    }
}
