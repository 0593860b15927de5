import IndicatorLibrary
import OutputFiles

/// Why `report` wrote nothing, with what the user has to fix.
public enum ReportFailure: Error, CustomStringConvertible, Sendable {
    /// The library has errors: every one of them is in the check.
    case library(LibraryCheck)
    case noEdition(MissingEdition)
    case unfinished(UnfinishedEdition)
    case templates(TemplateErrors)
    case output(OutputError)

    public var description: String {
        switch self {
        case let .library(check):
            return check.failureReport("nothing was written")
        case let .noEdition(missing):
            return missing.description
        case let .unfinished(edition):
            return edition.description + "\nnothing was written"
        case let .templates(errors):
            return errors.description + "\nnothing was written"
        case let .output(error):
            return error.description
        }
    }
}

extension ReportFailure: JobFailure {
    public var isOutputFailure: Bool {
        if case .output = self { return true }
        return false
    }
}
