import Foundation

/// Every libxlsxwriter call the tool makes to write a sample's workbook, for `bare-workbook-calls` to
/// make again: `labour-monitor workbook` runs with `Bare/workbook-trace.c` preloaded in front of
/// libxlsxwriter, which writes each call to a file as it passes it on.
///
/// The command is the release build at the repository's root, which `make benchmark` builds first.
/// Its workbook must be the suite's, byte for byte: otherwise the command is older than the sources,
/// or a call went unrecorded, and the floor would not be the tool's workbook.
enum WorkbookTrace {
    static let shim = BenchmarkSize.scratch + "/workbook-trace.so"

    static func record(library: String, year: Int, to calls: String, sameAs workbook: String) throws {
        guard FileManager.default.isExecutableFile(atPath: BenchmarkSize.command) else {
            throw BenchmarkFailure(message: "\(BenchmarkSize.command) is missing: run the suite with `make benchmark`, which builds it")
        }
        try BareProgram.compile("workbook-trace.c", includes: ["workbook-calls.h"], to: shim,
                                flags: "-shared -fPIC $(pkg-config --cflags xlsxwriter) -ldl")
        let folder = BenchmarkSize.scratch + "/traced"
        try BareProgram.run(BenchmarkSize.command, ["workbook", String(year), "--data", library, "--out", folder],
                            environment: ["LD_PRELOAD": shim, "LM_WORKBOOK_TRACE": calls])
        guard FileManager.default.contentsEqual(atPath: "\(folder)/indicators-\(year).xlsx", andPath: workbook) else {
            throw BenchmarkFailure(message: "\(BenchmarkSize.command) writes another workbook than the suite's \(workbook): "
                                       + "rebuild it (`make benchmark`)")
        }
    }
}
