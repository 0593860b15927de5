import IndicatorLibrary
import XLSXWriter

/// A sheet part's rows as the calls that write them, within Excel's limits, and what had to change.
///
/// Text over 32,767 characters is cut with a visible marker and a link Excel cannot hold is written
/// as text, each with a warning pointing at the library text concerned. The cells are recorded
/// (`CellRecorder`), so that all of this can run on the core that makes the rows while libxlsxwriter
/// writes the rows before them on another. The rows of a part are encoded in order, by one encoder:
/// which links fit the sheet's budget, and the order of the warnings, are those of the rows.
struct RowEncoder: Sendable {
    /// The links a sheet part has written, and those Excel's limit turned into text.
    struct LinkBudget: Sendable {
        var used = 0
        var overflowed = 0
        var firstOverflow: (what: String, address: String, location: SourceLocation)?
    }

    let sheetName: String
    /// Each column's style, for cells that give none of their own.
    let columnStyles: [CellStyle]
    let linksPerSheet: Int
    /// For a warning about text with no origin of its own.
    let fallbackLocation: SourceLocation
    private(set) var warnings: [Diagnostic] = []
    private(set) var links = LinkBudget()

    init(sheetName: String, columns: [SheetTable.Column], linksPerSheet: Int, fallbackLocation: SourceLocation) {
        self.sheetName = sheetName
        columnStyles = columns.map { $0.style ?? ($0.wraps ? WorkbookStyles.wrapped : WorkbookStyles.text) }
        self.linksPerSheet = linksPerSheet
        self.fallbackLocation = fallbackLocation
    }

    /// Records `rows` from sheet row `firstRow` down: a row's height when its text wraps to more than
    /// one line, then its cells left to right, each cell's comment after it.
    mutating func record(_ rows: some Sequence<RowFeed.Row>, from firstRow: Int, into recorder: inout CellRecorder) {
        var row = firstRow
        for (cells, lines) in rows {
            if lines > 1 { recorder.setRow(row, height: TableWriter.height(lines: lines)) }
            for (column, cell) in cells.enumerated() where column < columnStyles.count {
                encode(cell, row: row, column: column, style: cell.style ?? columnStyles[column], into: &recorder)
            }
            row += 1
        }
    }

    /// The warning for the links that did not fit the sheet, said once with how many there were.
    var linkOverflowWarning: Diagnostic? {
        guard let first = links.firstOverflow else { return nil }
        let later = links.overflowed - 1
        return .warning(
            "\(first.what) is written as text in \(first.address), not as a link: the sheet already holds the "
                + "\(linksPerSheet) links Excel allows"
                + (later == 1 ? "; so is the 1 link after it on this sheet" : "")
                + (later > 1 ? "; so are the \(later) links after it on this sheet" : ""),
            at: first.location)
    }

    private mutating func encode(_ cell: SheetCell, row: Int, column: Int, style: CellStyle,
                                 into recorder: inout CellRecorder) {
        switch cell.value {
        case .empty:
            break
        case let .text(text):
            recorder.write(fitted(text, origin: cell.origin, row: row, column: column), row: row, column: column,
                        style: style)
        case let .number(number):
            recorder.write(number, row: row, column: column, style: style)
        case let .boolean(value):
            recorder.write(value, row: row, column: column, style: style)
        case let .link(url, text):
            if links.used < linksPerSheet && url.utf8.count <= ExcelLimits.maxURLLength {
                links.used += 1
                recorder.writeLink(url, text: fitted(text, origin: cell.origin, row: row, column: column), row: row,
                                column: column, style: WorkbookStyles.link)
            } else {
                if links.used >= linksPerSheet {
                    // One warning for the sheet, said once the part is written with how many followed.
                    links.overflowed += 1
                    if links.firstOverflow == nil {
                        links.firstOverflow = (cell.origin?.what ?? "a link", address(row: row, column: column),
                                               cell.origin?.location ?? fallbackLocation)
                    }
                } else {
                    warnings.append(.warning(
                        "\(cell.origin?.what ?? "a link") is written as text in \(address(row: row, column: column)), "
                            + "not as a link: it is longer than the \(ExcelLimits.maxURLLength) characters Excel "
                            + "allows in a link",
                        at: cell.origin?.location ?? fallbackLocation))
                }
                let shown = text == url ? url : "\(text) <\(url)>"
                recorder.write(fitted(shown, origin: cell.origin, row: row, column: column), row: row, column: column,
                            style: style)
            }
        }
        if let comment = cell.comment {
            recorder.writeComment(fitted(comment, origin: cell.origin, row: row, column: column), row: row,
                               column: column)
        }
    }

    /// `text` within Excel's cell limit; a warning when it had to be cut.
    mutating func fitted(_ text: String, origin: SheetCell.Origin?, row: Int, column: Int) -> String {
        let fit = ExcelLimits.fit(text)
        if fit.wasCut {
            warnings.append(.warning(
                "\(origin?.what ?? "a text") has \(text.unicodeScalars.count) characters, more than an Excel cell "
                    + "holds (\(ExcelLimits.maxTextLength)); \(address(row: row, column: column)) is cut and ends "
                    + "with '[…truncated]'",
                at: origin?.location ?? fallbackLocation))
        }
        return fit.text
    }

    private func address(row: Int, column: Int) -> String {
        "\(sheetName)!\(ExcelLimits.cellName(row: row, column: column))"
    }
}
