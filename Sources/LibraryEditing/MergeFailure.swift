import IndicatorLibrary
import OutputFiles

/// Why a merge wrote nothing.
public enum MergeFailure: Error, CustomStringConvertible, Sendable {
    /// The exchange file cannot be read, or is not an exchange file, or conflicts with the library:
    /// each diagnostic at its place in the file (a conflict with a note at the library's place).
    case exchange([Diagnostic])
    /// The library cannot be read before the merge.
    case library(LibraryCheck)
    /// What the merge would write does not pass check: the errors at the exchange file's places where
    /// they come from it.
    case merged([Diagnostic])
    case output(OutputError)

    public var description: String {
        switch self {
        case let .exchange(diagnostics):
            return (diagnostics.map(\.description) + ["nothing was merged"]).joined(separator: "\n")
        case let .library(check):
            return check.failureReport("nothing was merged: the library must be readable first")
        case let .merged(diagnostics):
            return (diagnostics.map(\.description)
                + ["the library would not pass check with the file merged; nothing was merged"]).joined(separator: "\n")
        case let .output(error):
            return error.description + "\nnothing was merged"
        }
    }

    public var isOutputFailure: Bool {
        if case .output = self { return true }
        return false
    }
}
