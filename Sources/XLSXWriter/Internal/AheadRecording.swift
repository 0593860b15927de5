internal import Parallelism

/// A recorder's maker on another core, its calls handed to the writer on this one in order, at most
/// `queuedDeliveries` waiting, so that memory stays small however many cells there are.
///
/// Making the cells (the caller's text, sizes and styles) is work outside libxlsxwriter, which writes on
/// one thread: with the maker beside it, the writer waits for the calls only at the start.
enum AheadRecording {
    static let queuedDeliveries = 16

    static func run<Result: Sendable>(
        _ record: @escaping @Sendable (inout CellRecorder) -> Result,
        writing write: (RecordedCalls) throws(XLSXError) -> Void
    ) throws(XLSXError) -> Result {
        let maker = Maker(record)
        let channel = Channel<RecordedCalls>.made(capacity: queuedDeliveries) { maker.make(into: $0) }
        // The calls just written go back to the maker, to be freed on its core.
        var written: RecordedCalls?
        do throws(XLSXError) {
            while let calls = channel.take(returning: written) {
                written = nil
                try write(calls)
                written = calls
            }
        } catch {
            // The maker stops, and has let go of what its closure captured, before the error goes on.
            channel.cancel()
            throw error
        }
        guard let result = maker.result else {
            throw XLSXError(operation: "recording cells", message: "the cells' maker stopped before it finished")
        }
        return result
    }

    /// The maker's closure, let go of before the maker says it has finished: a dispatched block
    /// releases what it captured only after it returns, too late for a writer that waits on `finish`
    /// to know that what the closure held (a million rows, say) is gone.
    private final class Maker<Result: Sendable>: @unchecked Sendable {
        // Read and cleared only on the maker's thread.
        private var record: (@Sendable (inout CellRecorder) -> Result)?
        // Set on the maker's thread before `finish`; read by the writer only once `take` has said there
        // is nothing more, which it learns under the channel's lock after `finish`.
        private(set) var result: Result?

        init(_ record: @escaping @Sendable (inout CellRecorder) -> Result) {
            self.record = record
        }

        func make(into channel: Channel<RecordedCalls>) {
            if let record {
                self.record = nil
                var freed: [RecordedCalls] = []
                var recorder = CellRecorder { calls in
                    let open = channel.put(calls, takingBack: &freed)
                    // Freed here, on the thread that made them, rather than on the writer's.
                    freed.removeAll()
                    return open
                }
                let made = record(&recorder)
                recorder.flush()
                if !recorder.isStopped { result = made }
            }
            channel.finish()
        }
    }
}
