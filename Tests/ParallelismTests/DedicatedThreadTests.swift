#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Testing
import Parallelism

/// Work run on a thread of its own (the library's loading, so that the caller's heap, where
/// libxlsxwriter later writes every cell, is not left full of the parse's holes) is to the caller an
/// ordinary call.
struct DedicatedThreadTests {
    @Test func theWorkRunsOnAnotherThreadAndItsResultComesBack() {
        let caller = pthread_self()
        let (result, ranOnCaller) = DedicatedThread.run { (6 * 7, pthread_equal(pthread_self(), caller) != 0) }
        #expect(result == 42)
        #expect(!ranOnCaller)
    }

    /// The work may use what the caller holds (it is not escaping) and change it before returning.
    @Test func theWorkSeesTheCallersValues() {
        var counted = 0
        let words = ["Қазақстан", "Кыргызстан", "Тоҷикистон"]
        let total = DedicatedThread.run {
            counted = words.count
            return words.map(\.count).reduce(0, +)
        }
        #expect(counted == 3)
        #expect(total == 9 + 10 + 10)
    }
}
