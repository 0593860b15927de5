import Foundation

/// One run of an outside program, its output and errors collected, stopped if it takes too long (a
/// LibreOffice that waits for a dialog nobody sees must not hang the build).
struct Subprocess {
    let program: URL
    let arguments: [String]
    /// Added to the environment of this process.
    let environment: [String: String]

    struct Outcome {
        let status: Int32
        let output: String
        let errors: String
    }

    func wait(timeout seconds: Double) throws(PDFEngineError) -> Outcome {
        let process = Process()
        process.executableURL = program
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw PDFEngineError("cannot run \(program.path) (\(error))")
        }
        let collected = Collected()
        let group = DispatchGroup()
        for (pipe, isOutput) in [(output, true), (errors, false)] {
            group.enter()
            DispatchQueue.global().async {
                let data = pipe.fileHandleForReading.readDataToEndOfFile()
                collected.set(data, isOutput: isOutput)
                group.leave()
            }
        }
        if group.wait(timeout: .now() + seconds) == .timedOut {
            process.terminate()
            process.waitUntilExit()
            throw PDFEngineError("\(program.lastPathComponent) did not finish within \(Int(seconds)) seconds and was stopped")
        }
        process.waitUntilExit()
        return Outcome(status: process.terminationStatus, output: String(decoding: collected.output, as: UTF8.self),
                       errors: String(decoding: collected.errors, as: UTF8.self))
    }

    /// What the two pipes gave, set from the threads that read them.
    private final class Collected: @unchecked Sendable {
        private let lock = NSLock()
        private var outputData = Data()
        private var errorData = Data()

        func set(_ data: Data, isOutput: Bool) {
            lock.lock()
            defer { lock.unlock() }
            if isOutput { outputData = data } else { errorData = data }
        }

        var output: Data { lock.lock(); defer { lock.unlock() }; return outputData }
        var errors: Data { lock.lock(); defer { lock.unlock() }; return errorData }
    }
}
