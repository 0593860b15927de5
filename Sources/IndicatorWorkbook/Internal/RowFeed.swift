import XLSXWriter

/// A sheet part's rows in order, recorded as the cells that write them (`RowEncoder`); for a long
/// part, recorded on another core while the sheet writes the rows before them
/// (`Worksheet.writeCells(recordedAhead:)`).
///
/// Making a row (plain text of the markup, links, people, the change's texts), sizing it and turning
/// it into cells was most of the time the workbook's writing thread spent outside libxlsxwriter, and
/// every other step of the writing is one thread in libxlsxwriter: with the rows made beside it, the
/// writer waits for them only at the start. What is written does not change: the rows come in the
/// same order, made and encoded by the same code.
///
/// Small parts (and rows already built) are made in line, where a second thread would cost more than
/// it saves.
struct RowFeed: Sendable {
    typealias Row = (cells: [SheetCell], lines: Int)

    /// Parts shorter than this are made in line.
    static let aheadThreshold = 2_048
    /// Rows made and encoded at a time, between two looks at whether the sheet has stopped.
    static let chunkSize = 256

    let rows: SheetRows
    let range: Range<Int>
    let columns: [SheetTable.Column]
    let firstRow: Int
    let encoder: RowEncoder

    /// Whether the rows are worth making on another core.
    var goesAhead: Bool {
        rows.isMade && range.count >= Self.aheadThreshold
    }

    /// Writes the rows to `sheet`; the encoder once every row is written: the warnings of the rows,
    /// the links they used.
    func write(to sheet: Worksheet) throws(XLSXError) -> RowEncoder {
        goesAhead ? try sheet.writeCells(recordedAhead: record) : try sheet.writeCells(record)
    }

    /// Records every row, stopping early once the sheet has stopped.
    func record(into recorder: inout CellRecorder) -> RowEncoder {
        var encoder = encoder
        var start = range.lowerBound
        while start < range.upperBound && !recorder.isStopped {
            let end = min(start + Self.chunkSize, range.upperBound)
            encoder.record(Self.rows(start..<end, of: rows, columns: columns),
                           from: firstRow + start - range.lowerBound, into: &recorder)
            start = end
        }
        return encoder
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
}
