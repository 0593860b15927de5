#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs work on a thread of its own, with a main thread's stack, while the caller waits.
///
/// The loading and checking of a library run here. glibc gives each thread an arena of its own, and
/// the caller's (the process's main arena) is the one that libxlsxwriter allocates every cell in
/// afterwards. Parsing leaves an arena full of holes between the library's strings, in which the
/// workbook's writing thread then spent its allocations' time; with the loading here the sheets were
/// written faster (measured with `perf record` and paired runs of `labour-monitor workbook`,
/// docs/benchmarks.md). The files are still read on every core: `ParallelMap` runs on this thread and
/// the system's.
package enum DedicatedThread {
    /// The main thread's usual stack (Linux's default 8 MB), not a pool thread's 512 KB.
    static let stackSize = 8 << 20

    /// `work`'s result, from a thread of its own; on the calling thread when no thread can be made.
    package static func run<Result>(_ work: () -> Result) -> Result {
        withoutActuallyEscaping(work) { work in
            var result: Result?
            // The thread is joined before this returns: what the body captures outlives it.
            let body = Body { result = work() }
            var attributes = pthread_attr_t()
            pthread_attr_init(&attributes)
            defer { pthread_attr_destroy(&attributes) }
            pthread_attr_setstacksize(&attributes, stackSize)
            #if canImport(Glibc)
            var thread = pthread_t()
            #else
            var thread: pthread_t?
            #endif
            let context = Unmanaged.passRetained(body).toOpaque()
            let started = pthread_create(&thread, &attributes, { context in
                // Optional on Linux, not on Darwin.
                if let context = context as UnsafeMutableRawPointer? {
                    Unmanaged<Body>.fromOpaque(context).takeRetainedValue().run()
                }
                return nil
            }, context)
            guard started == 0 else {
                // No thread to be had: the work runs here instead, once.
                Unmanaged<Body>.fromOpaque(context).release()
                return work()
            }
            #if canImport(Glibc)
            pthread_join(thread, nil)
            #else
            if let thread { pthread_join(thread, nil) }
            #endif
            // The thread wrote the result before it ended, and the join orders that write before this read.
            guard let result else { preconditionFailure("the dedicated thread ended without its result") }
            return result
        }
    }

    /// What the thread runs, handed to it through C as one retained object.
    private final class Body {
        let run: () -> Void

        init(_ run: @escaping () -> Void) {
            self.run = run
        }
    }
}
