import Foundation

/// Runs the built `labour-monitor` as a user runs it: exit status, standard output and standard error.
enum CLI {
    struct Run {
        let status: Int32
        let output: String
        let errors: String
        /// Ended by a signal (a crash, or the kill after `timeout`), not by exiting.
        var crashed = false
        var timedOut = false
    }

    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The executable built beside the test bundle.
    static var executable: URL {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
            Bundle.main.bundleURL,
            Bundle.main.bundleURL.deletingLastPathComponent(),
        ]
        for folder in candidates {
            let url = folder.appendingPathComponent("labour-monitor")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return packageRoot.appendingPathComponent(".build/debug/labour-monitor")
    }

    /// Runs the tool to its end, or kills it after `timeout` seconds (then `timedOut` is set).
    /// `environment` adds to (or overrides) the test's own variables.
    /// With `shell`, the arguments go to /bin/sh instead (for redirections the test needs).
    static func run(_ arguments: [String], in folder: URL = packageRoot, timeout: Double = 120,
                    environment: [String: String] = [:], shell: Bool = false) throws -> Run {
        let process = Process()
        process.executableURL = shell ? URL(fileURLWithPath: "/bin/sh") : executable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let deadline = DispatchWorkItem { kill(process.processIdentifier, SIGKILL) }
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: deadline)
        // Both pipes are drained at once, so that a full standard error cannot stall the tool.
        nonisolated(unsafe) var errorData = Data()
        let drained = DispatchGroup()
        DispatchQueue.global().async(group: drained) {
            errorData = errors.fileHandleForReading.readDataToEndOfFile()
        }
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        drained.wait()
        process.waitUntilExit()
        deadline.cancel()
        let signalled = process.terminationReason == .uncaughtSignal
        return Run(status: process.terminationStatus, output: String(decoding: outputData, as: UTF8.self),
                   errors: String(decoding: errorData, as: UTF8.self), crashed: signalled,
                   timedOut: signalled && process.terminationStatus == SIGKILL)
    }

    /// A copy of the bundled library and templates in a fresh folder, to break or to write into.
    static func workspace() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lm-cli-\(UUID().uuidString)")
        for part in ["Indicators", "Templates"] {
            try FileManager.default.copyItem(at: packageRoot.appendingPathComponent(part),
                                             to: folder.appendingPathComponent(part))
        }
        return folder
    }

    static func edit(_ file: URL, replacing old: String, with new: String) throws {
        let text = try String(contentsOf: file, encoding: .utf8)
        precondition(text.contains(old), "the fixture edit must apply")
        try text.replacingOccurrences(of: old, with: new).write(to: file, atomically: false, encoding: .utf8)
    }
}
