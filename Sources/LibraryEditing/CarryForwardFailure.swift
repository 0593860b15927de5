import IndicatorLibrary
import OutputFiles

/// Why `carry-forward` made no new edition, with what the user has to fix.
public enum CarryForwardFailure: Error, CustomStringConvertible, Sendable {
    /// The library has errors: every one of them is in the check.
    case library(LibraryCheck)
    case noEdition(MissingEdition)
    /// carry-forward goes to a later edition.
    case notLater(from: Int, to: Int)
    /// carry-forward never overwrites an edition.
    case exists(String)
    /// A file of the edition carried from could not be read again for its text.
    case unreadable(CarryForward.MissingText)
    /// The carried edition does not pass `check`: a fault of this tool, never left in the library.
    case invalidSkeleton(LibraryCheck)
    case output(OutputError)

    public var description: String {
        switch self {
        case let .library(check):
            return check.failureReport("nothing was written")
        case let .noEdition(missing):
            return missing.description
        case let .notLater(from, to):
            return "error: carry-forward goes to a later edition: \(to) is not after \(from)"
        case let .exists(folder):
            return "\(folder): error: the edition exists already; carry-forward never overwrites one (move the "
                + "folder away first if it should be made again)"
        case let .unreadable(missing):
            return missing.description
        case let .invalidSkeleton(check):
            return (check.errors.map(\.description)
                + ["error: the carried edition does not pass check (a fault of labour-monitor); it was removed"])
                .joined(separator: "\n")
        case let .output(error):
            return error.description + "\nnothing was written"
        }
    }

    /// True when the library was fine but the new edition could not be written.
    public var isOutputFailure: Bool {
        if case .output = self { return true }
        return false
    }
}
