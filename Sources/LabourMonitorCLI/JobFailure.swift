import LibraryEditing
import Pipeline
import SampleLibrary

/// Why a command produced nothing, told apart by what the user must fix: the input (the library, the
/// templates, the arguments), or the place the outputs go. Scripts see the difference in the exit
/// status (`ExitStatus`); each job's failure says which it is.
protocol JobFailure: Error, CustomStringConvertible {
    /// True when the input was fine but the outputs could not be written (a folder that cannot be
    /// created, a full disk, no permission).
    var isOutputFailure: Bool { get }
}

extension PipelineFailure: JobFailure {}
extension CarryForwardFailure: JobFailure {}
extension MergeFailure: JobFailure {}
extension ImportFailure: JobFailure {}
extension SampleJob.Failure: JobFailure {}
