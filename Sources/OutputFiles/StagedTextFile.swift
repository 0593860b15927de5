import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A text document written to its file as it is made, for documents too large to hold whole: the
/// changes between two editions of a million findings are hundreds of megabytes of Markdown, which as one string
/// (grown by doubling, then copied into `Data` to write) took up to three times that at once.
///
/// The text goes to a hidden temporary file beside the target, the same as `AtomicFiles` uses; only
/// `AtomicFiles.write(_:staged:)`, given what `finish()` returns, puts it in place with the other
/// outputs. A file never finished (a failure on the way, the writer dropped) is removed, so a reader
/// never sees a half-written document and nothing is left behind.
public final class StagedTextFile: TextOutputStream {
    /// Where the document goes once placed.
    public let url: URL
    private let path: String
    private var output: BufferedWriter

    /// Creates the target's folder as needed and the temporary file beside it.
    public init(url: URL) throws(OutputError) {
        self.url = url
        try AtomicFiles.createFolder(url.deletingLastPathComponent())
        AtomicFiles.removeAbandonedTemporaries(for: [url])
        path = AtomicFiles.temporaryPath(beside: url)
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw OutputError(path: url.path, reason: String(cString: strerror(errno))) }
        output = BufferedWriter(descriptor: descriptor)
    }

    deinit {
        if output.descriptor >= 0 {
            close(output.descriptor)
            unlink(path)
        }
    }

    public func write(_ string: String) {
        output.write(string)
    }

    /// Writes what is buffered and closes the file, ready for `AtomicFiles.write(_:staged:)` (which
    /// flushes it to disk and renames it). Throws, and removes the file, when any write failed.
    public func finish() throws(OutputError) -> AtomicFiles.Staged {
        output.flush()
        let closed = output.descriptor >= 0 ? close(output.descriptor) : 0
        output.descriptor = -1
        if closed != 0 { output.fail(String(cString: strerror(errno))) }
        if let failure = output.failure {
            unlink(path)
            throw OutputError(path: url.path, reason: failure)
        }
        return AtomicFiles.Staged(url: url, temporaryPath: path)
    }
}
