import IndicatorLibrary
import OutputFiles

/// Why `diff` compared nothing, with what the user has to fix.
public enum DiffFailure: Error, CustomStringConvertible, Sendable {
    case library(LibraryCheck)
    case noEdition(MissingEdition)
    /// `--country` names a country the catalog does not hold.
    case unknownCountry(String, data: String, suggestion: String?)
    case output(OutputError)

    public var description: String {
        switch self {
        case let .library(check):
            return check.failureReport("nothing was compared")
        case let .noEdition(missing):
            return missing.description
        case let .unknownCountry(code, data, suggestion):
            return "\(data)/catalog/countries.yaml: error: --country \(code) is not a country of the catalog"
                + (suggestion.map { " (did you mean '\($0)'?)" } ?? "")
        case let .output(error):
            return error.description
        }
    }
}

extension DiffFailure: JobFailure {
    public var isOutputFailure: Bool {
        if case .output = self { return true }
        return false
    }
}
