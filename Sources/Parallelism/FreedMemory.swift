#if canImport(Glibc)
import Glibc
#endif

/// Gives the system back the pages that work done on other threads used and freed.
///
/// glibc keeps what each thread frees in that thread's own arena, where the thread that goes on
/// cannot reuse it. The files are read on every core, so the checks after them took fresh memory
/// beside memory lying free; and the workbook's sheets are recorded on another core, whose freed
/// chunks libxlsxwriter would otherwise build its link relationships beside at close. Trimming
/// hands those pages back first: it lowers the peak of `check` and `workbook` on a large library
/// (docs/benchmarks.md).
package enum FreedMemory {
    package static func release() {
        #if canImport(Glibc)
        _ = trim?(0)
        #endif
    }

    #if canImport(Glibc)
    /// glibc's `malloc_trim`, which Swift's Glibc module does not declare; nil with a C library
    /// that lacks it (musl), where there is nothing to do.
    private static let trim: (@convention(c) (Int) -> Int32)? = {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim") else { return nil }
        return unsafeBitCast(symbol, to: (@convention(c) (Int) -> Int32).self)
    }()
    #endif
}
