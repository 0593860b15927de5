import Foundation
import IndicatorLibrary
import IndicatorWorkbook
import Pipeline
import SampleLibrary

/// One size of library: its shape for `labour-monitor sample`, made once into `.build/samples/` and
/// loaded once per process for the stages after loading.
struct BenchmarkSize: Sendable {
    let name: String
    let size: SampleSize
    let iterations: Int
    /// Runs of a stage and its floor back to back (the paired benchmarks of load + check and the workbook).
    let pairs: Int
    let maxSeconds: Int

    /// Ten countries, two editions (so that `diff` has something to compare): the last edition's
    /// workbook holds half the findings.
    static let all = [
        BenchmarkSize(name: "1k", size: SampleSize(countries: 10, years: 2, findings: 50), iterations: 10, pairs: 10,
                      maxSeconds: 10),
        BenchmarkSize(name: "100k", size: SampleSize(countries: 10, years: 2, findings: 5_000), iterations: 3, pairs: 7,
                      maxSeconds: 60),
        BenchmarkSize(name: "1m", size: SampleSize(countries: 10, years: 2, findings: 50_000), iterations: 1, pairs: 1,
                      maxSeconds: 600),
    ]

    static var selected: [BenchmarkSize] {
        let names = (ProcessInfo.processInfo.environment["LM_BENCH_SIZES"] ?? "1k,100k").split(separator: ",")
        return all.filter { names.contains(Substring($0.name)) }
    }

    /// The repository (this file is Benchmarks/Benchmarks/LabourMonitorBenchmarks/BenchmarkSize.swift).
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    static let scratch = repository + "/Benchmarks/.build/samples"

    /// The release command at the repository's root, which `make benchmark` builds first.
    static let command = repository + "/.build/release/labour-monitor"

    /// The library folder, made on first use.
    func library() throws -> String {
        let folder = "\(Self.scratch)/library-\(name)"
        if !FileManager.default.fileExists(atPath: folder) {
            try FileManager.default.createDirectory(atPath: Self.scratch, withIntermediateDirectories: true)
            _ = try SampleJob(size: size, outputFolder: folder).run()
        }
        return folder
    }

    nonisolated(unsafe) private static var cache: [String: (RedactedLibrary, RedactedEdition)] = [:]

    /// The sample's library as a public output reads it, and its last edition.
    func loaded() throws -> (RedactedLibrary, RedactedEdition) {
        if let cached = Self.cache[name] { return cached }
        let check = LibraryCheck.run(at: try library())
        guard check.passes(), let library = check.library, let year = library.editions.last?.year else {
            let errors = check.errors.map(\.description).joined(separator: "\n")
            throw BenchmarkFailure(message: "the \(name) sample does not pass check:\n\(errors)")
        }
        let redacted = RedactedLibrary.redact(library, for: .public)
        let edition = try redacted.edition(year, in: name)
        Self.cache[name] = (redacted, edition)
        return (redacted, edition)
    }

    var workbookPath: String { "\(Self.scratch)/workbook-\(name).xlsx" }
    var changesPath: String { "\(Self.scratch)/changes-\(name).md" }
    func exportPath(_ format: String) -> String { "\(Self.scratch)/export-\(format)-\(name)" }
    /// Where the site benchmark writes its site (replaced run after run).
    var sitePath: String { "\(Self.scratch)/site-\(name)" }

    /// The last edition's exchange file (exported once per run), and a fresh copy of the library
    /// without that edition to merge it into (made for every merge, outside the time measured).
    func mergeInput() throws -> (file: String, folder: String) {
        let library = try library()
        let year = try loaded().1.year
        let exported = exportPath("merge")
        try Self.once("exchange \(name)") {
            _ = try Publication(year: year, dataFolder: library, outputFolder: exported,
                                products: [.exchange(organisation: "Benchmark")]).run()
        }
        let folder = "\(Self.scratch)/merge-\(name)"
        let manager = FileManager.default
        try? manager.removeItem(atPath: folder)
        try manager.copyItem(atPath: library, toPath: folder)
        try manager.removeItem(atPath: "\(folder)/\(year)")
        return ("\(exported)/exchange-\(year).json", folder)
    }

    nonisolated(unsafe) private static var done: Set<String> = []

    /// Runs `make` the first time `key` is asked for in this run: what it makes changes with the code.
    private static func once(_ key: String, _ make: () throws -> Void) rethrows {
        guard !done.contains(key) else { return }
        try make()
        done.insert(key)
    }

    /// The tool's workbook, for the floors to match.
    func writtenWorkbook() throws -> String {
        try Self.once("workbook \(name)") {
            _ = try IndicatorWorkbook.write(try loaded().1, to: workbookPath)
        }
        return workbookPath
    }

    /// The libxlsxwriter calls the tool makes for its workbook.
    func workbookCalls() throws -> String {
        let calls = "\(Self.scratch)/workbook-\(name).calls"
        try Self.once(calls) {
            try WorkbookTrace.record(library: try library(), year: try loaded().1.year, to: calls,
                                     sameAs: try writtenWorkbook())
        }
        return calls
    }

    /// The cells the tool's workbook holds, read back from it.
    func workbookCells() throws -> String {
        let cells = "\(Self.scratch)/workbook-\(name).cells"
        try Self.once(cells) { try WorkbookCells.dump(try writtenWorkbook(), to: cells) }
        return cells
    }
}

struct BenchmarkFailure: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}
