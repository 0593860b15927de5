import Foundation
import IndicatorLibrary

/// Runs libFuzzer over the library's loader and checker (`make fuzz`).
///
/// The first byte of an input picks one file of the bundled library (`Indicators/`), the rest becomes that
/// file's bytes; the library is then loaded and checked as `check` does, and when it passes, every
/// output is rendered from it as `build` and `diff` would. A crash, a sanitizer report,
/// a hang (libFuzzer's `-timeout`) or a runaway allocation (`-rss_limit_mb`) is a bug. So is an error
/// that does not say where it is: every error about a file that exists must carry a line and column.
@main
enum LibraryFuzzer {
    static func main() {
        // SwiftPM gives an executable its own entry point, so libFuzzer's `main` is not used; its driver
        // takes the command line instead.
        // The scratch library is made before the first input, so its allocations are not counted as
        // that input's.
        _ = FuzzLibrary.shared
        _ = FuzzOutputs.templates
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(runFuzzerDriver(&argc, &argv, fuzzOneInput))
    }
}

@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
) -> Int32

/// One input: which file, and its bytes. Exported under libFuzzer's name too, for its own `main`.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzOneInput(_ start: UnsafePointer<UInt8>?, _ count: Int) -> Int32 {
    guard let start, count > 0 else { return 0 }
    let bytes = UnsafeBufferPointer(start: start, count: count)
    let target = FuzzLibrary.files[Int(bytes[0]) % FuzzLibrary.files.count]
    let check = FuzzLibrary.shared.check(replacing: target, with: Data(bytes.dropFirst()))
    for error in check.errors where error.location.line == 0 && error.location.file.hasSuffix(target) {
        preconditionFailure("an error without a line and column: \(error)")
    }
    if check.passes(), let library = check.library {
        FuzzOutputs.renderAll(library)
    }
    return 0
}
