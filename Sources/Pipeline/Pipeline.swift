import Foundation
import IndicatorLibrary
import OutputFiles

/// The first steps every command shares: load and check the library, find the edition asked for.
public enum Pipeline {
    /// A library that loaded and passed `check`, with its check (for the warnings to print).
    public struct Checked: Sendable {
        public let library: Library
        public let check: LibraryCheck
    }

    /// Loads and checks the library in `data`: throws with every diagnostic when it does not pass.
    /// For a `draft`, texts still to translate do not stop it (it prints them marked as not translated).
    package static func check(_ data: String, withoutConfidentialityRules: Bool = false, draft: Bool = false)
        throws(PipelineFailure) -> Checked {
        let check = LibraryCheck.run(at: data, withoutConfidentialityRules: withoutConfidentialityRules)
        guard draft ? check.passesForDraft : check.passes(), let library = check.library else { throw .library(check) }
        return Checked(library: library, check: check)
    }

    static func edition(_ year: Int, of library: Library, data: String) throws(PipelineFailure) -> Edition {
        do {
            return try library.edition(year, in: data)
        } catch {
            throw .noEdition(error)
        }
    }

    static func edition(_ year: Int, of redacted: RedactedLibrary, data: String) throws(PipelineFailure)
        -> RedactedEdition {
        do {
            return try redacted.edition(year, in: data)
        } catch {
            throw .noEdition(error)
        }
    }

    /// The catalog's code for `code`, written in any case (`kz` is `KZ`), or the error naming it.
    static func country(_ code: String, in library: Library, data: String) throws(PipelineFailure) -> String {
        if library.catalog.country(code) != nil { return code }
        let codes = library.catalog.countries.map(\.code.value)
        if let same = codes.first(where: { $0.caseInsensitiveCompare(code) == .orderedSame }) { return same }
        throw .unknownCountry(code, data: data, suggestion: Suggestion.closest(to: code, among: codes))
    }

    /// What interrupted runs left in the library and under `Reports/` (the default output folder, in
    /// the current folder and beside the library): a warning each, until the next run removes them.
    public static func leftovers(data: String) -> [Diagnostic] {
        var reports = ["Reports"]
        let beside = (ParentFolder.of(data) as NSString).appendingPathComponent("Reports")
        if URL(fileURLWithPath: beside).standardizedFileURL != URL(fileURLWithPath: "Reports").standardizedFileURL {
            reports.append(beside)
        }
        let paths = Leftovers.find(under: data, depth: 1) + reports.flatMap { Leftovers.find(under: $0, depth: 3) }
        return paths.map { path in
            .warning("left by an interrupted run of labour-monitor; the next run that writes here removes it "
                     + "(or delete it), and it must not be committed", at: .file(path))
        }
    }
}
