import Dispatch

/// Maps items on every core, keeping their order: the library's country files are independent of
/// each other, and parsing them is most of a large library's loading time.
package enum ParallelMap {
    package static func map<Item, Result>(_ items: [Item], _ transform: (Item) -> Result) -> [Result] {
        guard items.count > 1 else { return items.map(transform) }
        let results = UnsafeMutableBufferPointer<Result?>.allocate(capacity: items.count)
        results.initialize(repeating: nil)
        defer { results.deallocate() }
        // Each index is written by exactly one iteration, so the writes never meet.
        nonisolated(unsafe) let slots = results
        nonisolated(unsafe) let items = items
        withoutActuallyEscaping(transform) { transform in
            nonisolated(unsafe) let transform = transform
            DispatchQueue.concurrentPerform(iterations: items.count) { index in
                slots[index] = transform(items[index])
            }
        }
        return results.map { $0! }
    }
}
