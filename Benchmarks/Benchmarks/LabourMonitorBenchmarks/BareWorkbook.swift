import Foundation

/// Runs `Bare/bare-workbook.c`, a C program that writes given cells through libxlsxwriter and nothing
/// else: the floor the tool's workbook is measured against. Compiled on first use and when its source
/// changes.
enum BareWorkbook {
    static let source = BenchmarkSize.repository + "/Benchmarks/Bare/bare-workbook.c"
    static let binary = BenchmarkSize.scratch + "/bare-workbook"

    /// The milliseconds the program took to write the cells (reading them excluded).
    static func write(_ cells: String) throws -> Int {
        if !FileManager.default.isExecutableFile(atPath: binary) || modified(source) > modified(binary) {
            try run("/bin/sh", ["-c", "cc -O2 -o '\(binary)' '\(source)' $(pkg-config --cflags --libs xlsxwriter)"])
        }
        let output = try run(binary, [cells, BenchmarkSize.scratch + "/bare.xlsx"])
        guard let milliseconds = Int(output.trimmingCharacters(in: .whitespacesAndNewlines)) else {
            throw BenchmarkFailure(message: "bare-workbook said: \(output)")
        }
        return milliseconds
    }

    private static func modified(_ path: String) -> Date {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date) ?? .distantPast
    }

    @discardableResult
    static func run(_ executable: String, _ arguments: [String]) throws -> String {
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
