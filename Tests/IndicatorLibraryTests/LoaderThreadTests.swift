#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Testing
@testable import IndicatorLibrary

/// A library is loaded on a thread of its own, so that the caller's heap (where libxlsxwriter later
/// writes every cell) is not left full of the parse's holes; to the caller it is an ordinary call.
struct LoaderThreadTests {
    @Test func theWorkRunsOnAnotherThreadAndItsResultComesBack() {
        let caller = pthread_self()
        let (result, ranOnCaller) = LoaderThread.run { (6 * 7, pthread_equal(pthread_self(), caller) != 0) }
        #expect(result == 42)
        #expect(!ranOnCaller)
    }

    /// The work may use what the caller holds (it is not escaping) and change it before returning.
    @Test func theWorkSeesTheCallersValues() {
        var counted = 0
        let words = ["Қазақстан", "Кыргызстан", "Тоҷикистон"]
        let total = LoaderThread.run {
            counted = words.count
            return words.map(\.count).reduce(0, +)
        }
        #expect(counted == 3)
        #expect(total == 9 + 10 + 10)
    }
}
