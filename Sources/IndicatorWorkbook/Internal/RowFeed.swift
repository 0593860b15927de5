import Dispatch
import Foundation
import XLSXWriter

/// A sheet part's rows in order, as batches of the calls that write them (`RowEncoder`), made ahead
/// on another core while the writer hands the batches before them to libxlsxwriter.
///
/// Making a row (plain text of the markup, links, people, the change's texts), sizing it and turning
/// it into calls was most of the time the workbook's writing thread spent outside libxlsxwriter, and
/// every other step of the writing is one thread in libxlsxwriter: with the batches made beside it,
/// the writer waits for them only at the start. What is written does not change: the rows come in
/// the same order, made and encoded by the same code.
///
/// Small parts (and rows already built) are made in line, where a second thread would cost more than
/// it saves. At most `queuedChunks` batches wait at a time, so memory stays a few thousand rows
/// however long the sheet.
final class RowFeed {
    typealias Row = (cells: [SheetCell], lines: Int)

    /// Parts shorter than this are made in line.
    static let aheadThreshold = 2_048
    /// Rows in one batch.
    static let chunkSize = 256
    static let queuedChunks = 16

    private let rows: SheetRows
    private let range: Range<Int>
    private let columns: [SheetTable.Column]
    private let firstRow: Int
    /// Nil: rows made in line.
    private let channel: Channel<CellBatch>?
    private let maker: Maker?
    /// The encoder of rows made in line.
    private var inLine: RowEncoder

    private var next: Int
    /// The batch last handed out, returned to the maker with the next request.
    private var written: CellBatch?

    /// The rows `range` of `rows`, written from sheet row `firstRow` down by `encoder`.
    init(rows: SheetRows, range: Range<Int>, columns: [SheetTable.Column], firstRow: Int, encoder: RowEncoder) {
        self.rows = rows
        self.range = range
        self.columns = columns
        self.firstRow = firstRow
        inLine = encoder
        next = range.lowerBound
        guard rows.isMade && range.count >= Self.aheadThreshold else {
            channel = nil
            maker = nil
            return
        }
        let channel = Channel<CellBatch>()
        let maker = Maker(rows: rows, range: range, columns: columns, firstRow: firstRow, encoder: encoder)
        self.channel = channel
        self.maker = maker
        DispatchQueue.global(qos: .userInitiated).async { maker.make(into: channel) }
    }

    /// A write that failed part-way stops the maker, and waits until it has let go of the rows.
    deinit {
        channel?.cancel()
    }

    /// The calls writing the next rows, or nil after the last.
    func nextBatch() -> CellBatch? {
        guard let channel else {
            guard next < range.upperBound else { return nil }
            let end = min(next + Self.chunkSize, range.upperBound)
            defer { next = end }
            return inLine.batch(Self.rows(next..<end, of: rows, columns: columns),
                                from: firstRow + next - range.lowerBound)
        }
        // The batch just written goes back to the maker, to be freed there.
        let written = self.written
        self.written = nil
        self.written = channel.take(returning: written)
        return self.written
    }

    /// The encoder once every batch is taken: the warnings of the rows, the links they used.
    var encoder: RowEncoder {
        maker?.encoder ?? inLine
    }

    /// Rows `indices` and the lines of each one's tallest wrapped cell.
    static func rows(_ indices: Range<Int>, of rows: SheetRows, columns: [SheetTable.Column]) -> [Row] {
        indices.map { index in
            let cells = rows[index]
            let lines = zip(columns, cells).map { column, cell in
                column.wraps ? TableWriter.lines(cell.shownText, width: column.width) : 1
            }.max() ?? 1
            return (cells, lines)
        }
    }

    /// The rows as the maker thread holds them: it lets go of them before it says it has finished,
    /// because a dispatched block releases what it captured only after it returns, too late for a
    /// writer that waits on `finish` to know the rows (and all they hold) are gone.
    private final class Maker: @unchecked Sendable {
        // Read and cleared only on the maker thread, before `finish` publishes that it is done.
        private var rows: SheetRows?
        private let range: Range<Int>
        private let columns: [SheetTable.Column]
        private let firstRow: Int
        // Changed only on the maker thread; read by the writer only once `take` has said there is
        // nothing more, which it learns under the channel's lock after `finish`.
        private(set) var encoder: RowEncoder

        init(rows: SheetRows, range: Range<Int>, columns: [SheetTable.Column], firstRow: Int, encoder: RowEncoder) {
            self.rows = rows
            self.range = range
            self.columns = columns
            self.firstRow = firstRow
            self.encoder = encoder
        }

        func make(into channel: Channel<CellBatch>) {
            if let rows {
                var start = range.lowerBound
                var written: [CellBatch] = []
                while start < range.upperBound {
                    let end = min(start + RowFeed.chunkSize, range.upperBound)
                    let batch = encoder.batch(RowFeed.rows(start..<end, of: rows, columns: columns),
                                              from: firstRow + start - range.lowerBound)
                    guard channel.put(batch, takingBack: &written) else { break }
                    // Freed here, on the thread that made them, rather than on the writer's.
                    written.removeAll()
                    start = end
                }
            }
            rows = nil
            channel.finish()
        }
    }

    /// Chunks from the maker to the writer, in order, at most `queuedChunks` waiting; and the
    /// chunks written, back to the maker.
    ///
    /// The writer is the workbook's slowest thread (libxlsxwriter's), so what it has written is freed
    /// on the maker's, where destroying the cells does not hold the writer up.
    final class Channel<Chunk: Sendable>: @unchecked Sendable {
        // Every field is read and written under `condition`.
        private let condition = NSCondition()
        private var queue: [Chunk?] = []
        private var head = 0
        /// Chunks the writer has written, for the maker to free.
        private var written: [Chunk] = []
        private var finished = false
        private var cancelled = false

        /// Waits for room, and adds to `written` the chunks written since (for the maker to free,
        /// outside the lock); false when the writer has gone and the maker should stop.
        func put(_ chunk: Chunk, takingBack written: inout [Chunk]) -> Bool {
            condition.lock()
            defer { condition.unlock() }
            while queue.count - head >= RowFeed.queuedChunks && !cancelled { condition.wait() }
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
        func take(returning written: Chunk?) -> Chunk? {
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
            } else if head >= RowFeed.queuedChunks {
                queue.removeFirst(head)
                head = 0
            }
            condition.broadcast()
            return chunk
        }

        func finish() {
            condition.lock()
            finished = true
            condition.broadcast()
            condition.unlock()
        }

        /// Tells the maker to stop, drops the rows still waiting, and waits until the maker has stopped.
        func cancel() {
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
}
