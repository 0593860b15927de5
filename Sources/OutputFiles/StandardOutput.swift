import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Standard output that notices when a write fails: a full disk behind `> file`, a closed pipe.
/// `print` drops those failures, so a truncated diff used to exit 0; here the first failure is kept,
/// later text dropped, and `finish()` throws it, for the command to exit 3.
public final class StandardOutput: TextOutputStream {
    private var output: BufferedWriter

    /// Standard output itself. A closed pipe is reported as a failed write (EPIPE) rather than
    /// ending the process with SIGPIPE and no message.
    public convenience init() {
        signal(SIGPIPE, SIG_IGN)
        self.init(descriptor: STDOUT_FILENO)
    }

    /// Any open descriptor: the tests write to a full device or a closed pipe through it.
    public init(descriptor: Int32) {
        output = BufferedWriter(descriptor: descriptor)
    }

    public func write(_ string: String) {
        output.write(string)
    }

    /// Copies a file to the output in pieces, never holding it whole.
    public func copy(fileAt path: String) throws(OutputError) {
        output.flush()
        let input = open(path, O_RDONLY | O_CLOEXEC)
        guard input >= 0 else { throw OutputError(path: path, reason: String(cString: strerror(errno))) }
        defer { close(input) }
        var chunk = [UInt8](repeating: 0, count: BufferedWriter.bufferSize)
        while output.failure == nil {
            let count = chunk.withUnsafeMutableBytes { read(input, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count >= 0 else { throw OutputError(path: path, reason: String(cString: strerror(errno))) }
            if count == 0 { break }
            chunk.withUnsafeBytes { output.write(UnsafeRawBufferPointer(rebasing: $0[0..<count])) }
        }
    }

    /// Writes what is gathered and throws the first failure, if any write failed.
    public func finish() throws(OutputError) {
        output.flush()
        if let failure = output.failure { throw OutputError(stream: "standard output", reason: failure) }
    }
}
