import Foundation
import IndicatorLibrary

/// The first steps every command shares: load and check the library, find the edition asked for.
public enum Pipeline {
    /// A library that loaded and passed `check`, with its check (for the warnings to print).
    public struct Checked: Sendable {
        public let library: Library
        public let check: LibraryCheck
    }

    /// Loads and checks the library in `data`: throws with every diagnostic when it does not pass.
    package static func check(_ data: String, withoutConfidentialityRules: Bool = false) throws(PipelineFailure)
        -> Checked {
        let check = LibraryCheck.run(at: data, withoutConfidentialityRules: withoutConfidentialityRules)
        guard check.passes(), let library = check.library else { throw .library(check) }
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

    static func requireCountry(_ code: String, in library: Library, data: String) throws(PipelineFailure) {
        guard library.catalog.country(code) == nil else { return }
        let codes = library.catalog.countries.map(\.code.value)
        throw .unknownCountry(code, data: data,
                              suggestion: codes.first { $0.caseInsensitiveCompare(code) == .orderedSame })
    }
}
