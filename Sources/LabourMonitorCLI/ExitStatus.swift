import ArgumentParser
import OutputFiles

/// The exit statuses, one meaning each, as the README's table documents them. ArgumentParser adds 64
/// for a wrong command line; a status of 128 or more is a signal (a crash or a kill).
enum ExitStatus {
    /// The input has errors: the library, the templates, or the edition asked for (missing, unfinished).
    static let inputErrors = ExitCode(1)
    /// `diff --exit-code`: the comparison ran and the editions differ.
    static let editionsDiffer = ExitCode(2)
    /// The input was fine but an output could not be written; the old outputs are untouched.
    static let outputFailed = ExitCode(3)

    /// Prints why the command stopped, and gives the status that says what to fix.
    static func failing(_ failure: some JobFailure) -> ExitCode {
        printToStandardError(failure.description)
        return failure.isOutputFailure ? outputFailed : inputErrors
    }
}
