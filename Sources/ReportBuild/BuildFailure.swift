import ChangesReport
import FinalDocument
import IndicatorLibrary
import IndicatorWorkbook
import OutputFiles

/// Why `build` wrote nothing, with what the user has to fix.
public enum BuildFailure: Error, CustomStringConvertible, Sendable {
    case library(LibraryCheck)
    case noEdition(MissingEdition)
    case document(ReportFailure)
    case workbook(WorkbookFailure)
    case output(OutputError)

    public var description: String {
        switch self {
        case let .library(check):
            return check.failureReport("nothing was written")
        case let .noEdition(missing): return missing.description
        case let .document(failure): return failure.description
        case let .workbook(failure): return failure.description
        case let .output(error): return error.description + "\nnothing was written"
        }
    }
}

extension BuildFailure: JobFailure {
    public var isOutputFailure: Bool {
        switch self {
        case .output: return true
        case let .document(failure): return failure.isOutputFailure
        case let .workbook(failure): return failure.isOutputFailure
        case .library, .noEdition: return false
        }
    }
}
