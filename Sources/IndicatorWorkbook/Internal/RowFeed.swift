import Foundation
internal import Parallelism
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
        let maker = Maker(rows: rows, range: range, columns: columns, firstRow: firstRow, encoder: encoder)
        channel = Channel.made(capacity: Self.queuedChunks) { maker.make(into: $0) }
        self.maker = maker
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
}
