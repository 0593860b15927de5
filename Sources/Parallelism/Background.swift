import Dispatch

/// A value that starts being made on another core as soon as it is created, and that whoever reads
/// it first waits for.
///
/// The workbook's writing thread is its time: what it would compute before writing and only a later
/// sheet's rows need (the comparison behind the Changes sheet) is made beside it instead.
package final class Background<Value: Sendable>: @unchecked Sendable {
    private let group = DispatchGroup()
    // Written once, before `group` is left; read only after waiting on it.
    private var result: Value?

    package init(_ make: @escaping @Sendable () -> Value) {
        group.enter()
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            result = make()
            group.leave()
        }
    }

    /// The value, waited for if it is still being made.
    package var value: Value {
        group.wait()
        // Set before the group was left, which the wait orders before this read.
        guard let result else { preconditionFailure("the background work ended without its value") }
        return result
    }
}
