import Foundation

/// A C program in `Bare/` that does one stage's floor and nothing else, so that the suite measures the
/// tool against it in the same run, on the same machine (whose speed varies by a third between runs
/// here): `bare-workbook.c` writes the workbook's cells through libxlsxwriter, `bare-parse.c` runs
/// libyaml's event parser over the library's files. Compiled on first use and when its source
/// changes; prints the milliseconds its timed part took.
struct BareProgram: Sendable {
    let name: String
    /// What `cc` needs besides the source: libraries, include paths, more sources.
    let build: String

    static let workbook = BareProgram(name: "bare-workbook", build: "$(pkg-config --cflags --libs xlsxwriter)")

    /// The copy of libyaml the tool parses with: Yams' CYaml, from this package's checkout of Yams.
    static let parse: BareProgram = {
        let libyaml = BenchmarkSize.repository + "/Benchmarks/.build/checkouts/Yams/Sources/CYaml"
        return BareProgram(name: "bare-parse",
                           build: "-DYAML_DECLARE_STATIC -I'\(libyaml)/include' '\(libyaml)'/src/*.c")
    }()

    var source: String { BenchmarkSize.repository + "/Benchmarks/Bare/\(name).c" }
    var binary: String { BenchmarkSize.scratch + "/" + name }

    /// The milliseconds the program's timed part took.
    func run(_ arguments: [String]) throws -> Int {
        if !FileManager.default.isExecutableFile(atPath: binary) || Self.modified(source) > Self.modified(binary) {
            try FileManager.default.createDirectory(atPath: BenchmarkSize.scratch, withIntermediateDirectories: true)
            try Self.run("/bin/sh", ["-c", "cc -O2 -o '\(binary)' '\(source)' \(build)"])
        }
        let output = try Self.run(binary, arguments)
        guard let milliseconds = Int(output.trimmingCharacters(in: .whitespacesAndNewlines)) else {
            throw BenchmarkFailure(message: "\(name) said: \(output)")
        }
        return milliseconds
    }

    private static func modified(_ path: String) -> Date {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date) ?? .distantPast
    }

    @discardableResult
    private static func run(_ executable: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw BenchmarkFailure(message: "\(executable) \(arguments) exited \(process.terminationStatus)")
        }
        return String(decoding: data, as: UTF8.self)
    }
}
