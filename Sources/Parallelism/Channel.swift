import Dispatch
import Foundation

/// Chunks from a maker on another core to a writer, in order, at most `capacity` waiting; and the
/// chunks written, back to the maker.
///
/// The writer is the slower thread (it hands the chunks to a C library that runs on one), so what it
/// has written is freed on the maker's, where destroying the chunks does not hold the writer up.
package final class Channel<Chunk: Sendable>: @unchecked Sendable {
    // Every field but `capacity` is read and written under `condition`.
    private let condition = NSCondition()
    private let capacity: Int
    private var queue: [Chunk?] = []
    private var head = 0
    /// Chunks the writer has written, for the maker to free.
    private var written: [Chunk] = []
    private var finished = false
    private var cancelled = false

    package init(capacity: Int) {
        self.capacity = capacity
    }

    /// A channel whose maker `make` starts at once on another core; it must call `finish` when done.
    package static func made(capacity: Int, by make: @escaping @Sendable (Channel) -> Void) -> Channel {
        let channel = Channel(capacity: capacity)
        DispatchQueue.global(qos: .userInitiated).async { make(channel) }
        return channel
    }

    /// Waits for room, and adds to `written` the chunks written since (for the maker to free,
    /// outside the lock); false when the writer has gone and the maker should stop.
    package func put(_ chunk: Chunk, takingBack written: inout [Chunk]) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while queue.count - head >= capacity && !cancelled { condition.wait() }
        guard !cancelled else { return false }
        queue.append(chunk)
        written.append(contentsOf: self.written)
        self.written.removeAll(keepingCapacity: true)
        condition.broadcast()
        return true
    }

    /// Waits for the next chunk; nil once the maker has finished and every chunk is taken.
    /// `written`, the chunk the writer has just written, goes back to the maker (once the maker
    /// has finished, the writer frees the last chunks itself).
    package func take(returning written: Chunk?) -> Chunk? {
        condition.lock()
        defer { condition.unlock() }
        if let written, !finished { self.written.append(written) }
        while head == queue.count && !finished { condition.wait() }
        guard head < queue.count else { return nil }
        // Moved out, so that the queue holds no reference to a chunk once it is taken.
        let chunk = queue[head]
        queue[head] = nil
        head += 1
        if head == queue.count {
            queue.removeAll(keepingCapacity: true)
            head = 0
        } else if head >= capacity {
            queue.removeFirst(head)
            head = 0
        }
        condition.broadcast()
        return chunk
    }

    package func finish() {
        condition.lock()
        finished = true
        condition.broadcast()
        condition.unlock()
    }

    /// Tells the maker to stop, drops the rows still waiting, and waits until the maker has stopped.
    package func cancel() {
        condition.lock()
        cancelled = true
        queue = []
        written = []
        head = 0
        condition.broadcast()
        while !finished { condition.wait() }
        condition.unlock()
    }
}
