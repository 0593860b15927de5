import Foundation

/// A C program in `Bare/` that does one stage's floor and nothing else, so that the suite measures the
/// tool against it in the same run, on the same machine (whose speed varies by a third between runs
/// here): `bare-workbook-calls.c` makes again every libxlsxwriter call the tool made for its workbook,
/// `bare-workbook.c` writes the workbook's cells alone, `bare-parse.c` runs libyaml's event parser
/// over the library's files. Compiled on first use and when its source changes; prints the
/// milliseconds its timed part took.
struct BareProgram: Sendable {
    let name: String
    /// What `cc` needs besides the source: libraries, include paths, more sources.
    let build: String
    /// Files beside the source that it includes: a change to them rebuilds it too.
    var includes: [String] = []

    static let workbookCalls = BareProgram(name: "bare-workbook-calls", build: "$(pkg-config --cflags --libs xlsxwriter)",
                                           includes: ["workbook-calls.h"])

    static let workbookCells = BareProgram(name: "bare-workbook", build: "$(pkg-config --cflags --libs xlsxwriter)")

    /// The libyaml the tool parses with: the system's.
    static let parse = BareProgram(name: "bare-parse", build: "$(pkg-config --cflags --libs yaml-0.1)")

    static let folder = BenchmarkSize.repository + "/Benchmarks/Bare"

    var binary: String { BenchmarkSize.scratch + "/" + name }

    /// The milliseconds the program's timed part took.
    func run(_ arguments: [String]) throws -> Int {
        try Self.compile("\(name).c", includes: includes, to: binary, flags: build)
        let output = try Self.run(binary, arguments)
        guard let milliseconds = Int(output.trimmingCharacters(in: .whitespacesAndNewlines)) else {
            throw BenchmarkFailure(message: "\(name) said: \(output)")
        }
        return milliseconds
    }

    /// Compiles `Bare/source` into `output` unless it is newer than the source and its includes.
    static func compile(_ source: String, includes: [String] = [], to output: String, flags: String) throws {
        let sources = ([source] + includes).map { folder + "/" + $0 }
        if FileManager.default.isExecutableFile(atPath: output) && sources.allSatisfy({ modified($0) < modified(output) }) {
            return
        }
        try FileManager.default.createDirectory(atPath: BenchmarkSize.scratch, withIntermediateDirectories: true)
        try run("/bin/sh", ["-c", "cc -O2 -o '\(output)' '\(sources[0])' \(flags)"])
    }

    private static func modified(_ path: String) -> Date {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date) ?? .distantPast
    }

    /// Runs `executable` to its end and returns what it printed; a failure throws with what it said.
    /// `environment`, when given, is all the program sees besides `PATH` and `HOME` (not the harness's
    /// own preloaded libraries).
    @discardableResult
    static func run(_ executable: String, _ arguments: [String], environment: [String: String]? = nil) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let environment {
            let inherited = ProcessInfo.processInfo.environment.filter { ["PATH", "HOME"].contains($0.key) }
            process.environment = inherited.merging(environment) { $1 }
        }
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        // Read both to their ends together: a program that fills one pipe while the other is read would wait forever.
        nonisolated(unsafe) var said = Data()
        let read = DispatchSemaphore(value: 0)
        Thread {
            said = errors.fileHandleForReading.readDataToEndOfFile()
            read.signal()
        }.start()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        read.wait()
        guard process.terminationReason == .exit && process.terminationStatus == 0 else {
            let how = process.terminationReason == .exit ? "exited \(process.terminationStatus)"
                : "was killed by signal \(process.terminationStatus)"
            throw BenchmarkFailure(message: "\(executable) \(arguments) \(how): \(String(decoding: said, as: UTF8.self))")
        }
        return String(decoding: data, as: UTF8.self)
    }
}
