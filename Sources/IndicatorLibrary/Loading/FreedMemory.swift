#if canImport(Glibc)
import Glibc
#endif

/// Gives the system back the pages that loading and checking used and freed.
///
/// The files are read on every core, and glibc keeps what each thread frees in that thread's own
/// arena, where the single thread that goes on (comparing editions, writing the workbook) cannot
/// reuse it: at a million findings the comparison took 80 MB of fresh memory beside 100 MB lying
/// free. Trimming hands those free pages back, so what comes after loading reuses them instead.
enum FreedMemory {
    static func release() {
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
