import IndicatorLibrary
import OutputFiles

/// Why an import wrote nothing.
public enum ImportFailure: Error, CustomStringConvertible, Sendable {
    /// The document cannot be read (empty, not UTF-8, a .docx that is not a zip), at its line.
    case unreadable(Diagnostic)
    case library(LibraryCheck)
    /// The year's edition exists: import never writes over one.
    case exists(String)
    /// What the import would write does not pass check (a fault of the reading): its errors.
    case imported([Diagnostic])
    case output(OutputError)

    public var description: String {
        switch self {
        case let .unreadable(diagnostic):
            return diagnostic.description + "\nnothing was imported"
        case let .library(check):
            return check.failureReport("nothing was imported: the library must be readable first")
        case let .exists(folder):
            return "\(folder): error: the edition exists already; import never writes over one (import into another "
                + "year, or move the folder away first)"
        case let .imported(diagnostics):
            return (diagnostics.map(\.description)
                + ["the imported edition would not pass check; nothing was imported"]).joined(separator: "\n")
        case let .output(error):
            return error.description + "\nnothing was imported"
        }
    }

    public var isOutputFailure: Bool {
        if case .output = self { return true }
        return false
    }
}
