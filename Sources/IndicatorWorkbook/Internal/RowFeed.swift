import Dispatch
import Foundation

/// A sheet part's rows in order, each with the lines its tallest wrapped cell takes, made ahead on
/// another core while the writer hands the rows before them to libxlsxwriter.
///
/// Making a row (plain text of the markup, links, people, the change's texts) and sizing it was a
/// third of the workbook's time on a large sheet, and every other step of the writing is one thread
/// in libxlsxwriter: with the rows made beside it, the writer waits for them only at the start. What
/// is written does not change: the rows come in the same order, made by the same code.
///
/// Small parts (and rows already built) are read in line, where a second thread would cost more
/// than it saves. At most `queuedChunks` chunks wait at a time, so memory stays a few thousand rows
/// however long the sheet.
final class RowFeed {
    typealias Row = (cells: [SheetCell], lines: Int)

    /// Parts shorter than this are made in line.
    static let aheadThreshold = 2_048
    static let chunkSize = 256
    static let queuedChunks = 16

    private let rows: SheetRows
    private let range: Range<Int>
    private let columns: [SheetTable.Column]
    /// Nil: rows made in line.
    private let channel: Channel?

    private var next: Int
    private var chunk: [Row] = []
    private var chunkIndex = 0

    init(rows: SheetRows, range: Range<Int>, columns: [SheetTable.Column]) {
        self.rows = rows
        self.range = range
        self.columns = columns
        next = range.lowerBound
        guard rows.isMade && range.count >= Self.aheadThreshold else {
            channel = nil
            return
        }
        let channel = Channel()
        self.channel = channel
        let maker = Maker(rows: rows, range: range, columns: columns)
        DispatchQueue.global(qos: .userInitiated).async { maker.make(into: channel) }
    }

    /// A write that failed part-way stops the maker, and waits until it has let go of the rows.
    deinit {
        channel?.cancel()
    }

    /// The next row and its lines, or nil after the last.
    func nextRow() -> Row? {
        guard let channel else {
            guard next < range.upperBound else { return nil }
            defer { next += 1 }
            return Self.row(next, of: rows, columns: columns)
        }
        if chunkIndex == chunk.count {
            guard let taken = channel.take(returning: chunk) else { return nil }
            chunk = taken
            chunkIndex = 0
        }
        defer { chunkIndex += 1 }
        return chunk[chunkIndex]
    }

    /// Row `index` and the lines of its tallest wrapped cell.
    static func row(_ index: Int, of rows: SheetRows, columns: [SheetTable.Column]) -> Row {
        let cells = rows[index]
        let lines = zip(columns, cells).map { column, cell in
            column.wraps ? TableWriter.lines(cell.shownText, width: column.width) : 1
        }.max() ?? 1
        return (cells, lines)
    }

    /// The rows as the maker thread holds them: it lets go of them before it says it has finished,
    /// because a dispatched block releases what it captured only after it returns, too late for a
    /// writer that waits on `finish` to know the rows (and all they hold) are gone.
    private final class Maker: @unchecked Sendable {
        // Read and cleared only on the maker thread, before `finish` publishes that it is done.
        private var rows: SheetRows?
        private let range: Range<Int>
        private let columns: [SheetTable.Column]

        init(rows: SheetRows, range: Range<Int>, columns: [SheetTable.Column]) {
            self.rows = rows
            self.range = range
            self.columns = columns
        }

        func make(into channel: Channel) {
            if let rows {
                var start = range.lowerBound
                var written: [[Row]] = []
                while start < range.upperBound {
                    let end = min(start + RowFeed.chunkSize, range.upperBound)
                    let chunk = (start..<end).map { RowFeed.row($0, of: rows, columns: columns) }
                    guard channel.put(chunk, takingBack: &written) else { break }
                    // Freed here, on the thread that made them, rather than on the writer's.
                    written.removeAll()
                    start = end
                }
            }
            rows = nil
            channel.finish()
        }
    }

    /// Chunks of rows from the maker to the writer, in order, at most `queuedChunks` waiting; and
    /// the chunks written, back to the maker.
    ///
    /// The writer is the workbook's slowest thread (libxlsxwriter's), so the rows it has written are
    /// freed on the maker's: at 100k findings, destroying the cells was 4 % of the writer's samples.
    final class Channel: @unchecked Sendable {
        // Every field is read and written under `condition`.
        private let condition = NSCondition()
        private var queue: [[Row]] = []
        private var head = 0
        /// Chunks the writer has written, for the maker to free.
        private var written: [[Row]] = []
        private var finished = false
        private var cancelled = false

        /// Waits for room, and adds to `written` the chunks written since (for the maker to free,
        /// outside the lock); false when the writer has gone and the maker should stop.
        func put(_ chunk: [Row], takingBack written: inout [[Row]]) -> Bool {
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
        func take(returning written: [Row]) -> [Row]? {
            condition.lock()
            defer { condition.unlock() }
            if !written.isEmpty && !finished { self.written.append(written) }
            while head == queue.count && !finished { condition.wait() }
            guard head < queue.count else { return nil }
            // Moved out, so that the queue holds no reference to a chunk once it is taken.
            let chunk = queue[head]
            queue[head] = []
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
