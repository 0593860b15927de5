import ArgumentParser
import Foundation
import OutputFiles

/// What a command prints: standard output whose failures (a full disk, a closed pipe) end the
/// command with status 3, and standard error for diagnostics.
struct Console {
    let output = StandardOutput()

    func line(_ text: String) {
        output.write(text)
        output.write("\n")
    }

    /// Flushes standard output; a failed or short write becomes status 3 with a message.
    func finish() throws {
        do {
            try output.finish()
        } catch {
            printToStandardError("\(error.description)\nthe output is incomplete")
            throw ExitStatus.outputFailed
        }
    }
}

func printToStandardError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}
