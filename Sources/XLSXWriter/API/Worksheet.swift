internal import CXlsxWriter

/// One sheet of a workbook; valid inside `Workbook.write(to:...)` only. Rows and columns count from 0.
///
/// Text is always written as text: a summary that starts with `=` or `@` is shown as written, never
/// evaluated as a formula (this module has no way to write a formula).
public final class Worksheet {
    let pointer: UnsafeMutablePointer<lxw_worksheet>
    public let name: String
    private unowned let workbook: Workbook

    init(pointer: UnsafeMutablePointer<lxw_worksheet>, name: String, workbook: Workbook) {
        self.pointer = pointer
        self.name = name
        self.workbook = workbook
    }

    private func operation(_ what: String, row: Int, column: Int) -> String {
        "\(what) \(ExcelLimits.cellName(row: max(row, 0), column: max(column, 0))) of '\(name)'"
    }

    /// Text longer than `ExcelLimits.maxTextLength` is refused by libxlsxwriter; fit it first.
    public func write(_ text: String, row: Int, column: Int, style: CellStyle? = nil) throws(XLSXError) {
        try write(.text, row: row, column: column, style: style, text: text)
    }

    public func write(_ number: Double, row: Int, column: Int, style: CellStyle? = nil) throws(XLSXError) {
        try write(.number, row: row, column: column, style: style, number: number)
    }

    public func write(_ value: Bool, row: Int, column: Int, style: CellStyle? = nil) throws(XLSXError) {
        try write(.boolean, row: row, column: column, style: style, number: value ? 1 : 0)
    }

    /// A hyperlink showing `text` (the URL itself when nil).
    public func writeLink(_ url: String, text: String? = nil, row: Int, column: Int,
                          style: CellStyle? = nil) throws(XLSXError) {
        try write(.link, row: row, column: column, style: style, text: url, linkText: text)
    }

    /// A note attached to the cell, shown on hover.
    public func writeComment(_ text: String, row: Int, column: Int) throws(XLSXError) {
        try write(.comment, row: row, column: column, style: nil, text: text)
    }

    /// The height of one row in points (a title row in a larger font).
    public func setRow(_ row: Int, height: Double, style: CellStyle? = nil) throws(XLSXError) {
        try write(.rowHeight, row: row, column: 0, style: style, number: height)
    }

    /// Writes the cells that `record` records, in the order it records them, and returns what it
    /// returns. The first cell refused stops the writing, named by its cell; the workbook is then
    /// abandoned, as after any failed step, so the cells before it are never seen in a file.
    public func writeCells<Result>(_ record: (inout CellRecorder) -> Result) throws(XLSXError) -> Result {
        var refusal: XLSXError?
        var recorder = CellRecorder { calls in
            do throws(XLSXError) {
                try self.write(calls)
                return true
            } catch {
                refusal = error
                return false
            }
        }
        let result = record(&recorder)
        recorder.flush()
        if let refusal { throw refusal }
        return result
    }

    /// `writeCells` with `record` running on another core, ahead of the sheet: the sheet makes the
    /// first cells' calls while the later cells are still being made. For many cells; a few are
    /// written sooner in line. On a refused cell, `record` is stopped (see `CellRecorder.isStopped`)
    /// and has let go of what it captured before the error is thrown.
    public func writeCells<Result: Sendable>(
        recordedAhead record: @escaping @Sendable (inout CellRecorder) -> Result
    ) throws(XLSXError) -> Result {
        try AheadRecording.run(record) { (calls) throws(XLSXError) in try write(calls) }
    }

    private func write(_ kind: RecordedCalls.Kind, row: Int, column: Int, style: CellStyle?, number: Double = 0,
                       text: String? = nil, linkText: String? = nil) throws(XLSXError) {
        var calls = RecordedCalls()
        calls.record(kind, row: row, column: column, style: style, number: number, text: text, linkText: linkText)
        try write(calls)
    }

    /// Makes the calls in order, each style's format looked up once.
    func write(_ calls: RecordedCalls) throws(XLSXError) {
        let formats = calls.styles.map { workbook.format(for: $0) }
        try calls.forEachCall { (call, text, linkText) throws(XLSXError) in
            let what: String = switch call.kind {
            case .text, .number, .boolean: "writing cell"
            case .link: "writing the link in"
            case .comment: "writing the comment of"
            case .rowHeight: "setting the height of row"
            }
            try ErrorCheck.cell(row: call.row, column: call.column, operation(what, row: call.row, column: call.column))
            let format = call.style == RecordedCalls.noStyle ? nil : formats[call.style]
            let row = lxw_row_t(call.row)
            let column = lxw_col_t(call.column)
            let result = switch call.kind {
            case .text: worksheet_write_string(pointer, row, column, text, format)
            case .number: worksheet_write_number(pointer, row, column, call.number, format)
            case .boolean: worksheet_write_boolean(pointer, row, column, call.number != 0 ? 1 : 0, format)
            case .link:
                if let linkText {
                    worksheet_write_url_opt(pointer, row, column, text, format, linkText, nil)
                } else {
                    worksheet_write_url(pointer, row, column, text, format)
                }
            case .comment: worksheet_write_comment(pointer, row, column, text)
            case .rowHeight: worksheet_set_row(pointer, row, call.number, format)
            }
            try ErrorCheck.check(result, operation(what, row: call.row, column: call.column))
        }
    }

    /// Width in characters of the default font, for columns `columns`.
    public func setColumns(_ columns: ClosedRange<Int>, width: Double, style: CellStyle? = nil) throws(XLSXError) {
        let operation = "setting the width of columns \(columns) of '\(name)'"
        try ErrorCheck.cell(row: 0, column: columns.lowerBound, operation)
        try ErrorCheck.cell(row: 0, column: columns.upperBound, operation)
        try ErrorCheck.check(worksheet_set_column(pointer, lxw_col_t(columns.lowerBound), lxw_col_t(columns.upperBound),
                                                  width, workbook.format(for: style)), operation)
    }

    /// Keeps the rows above `row` and the columns left of `column` in view while scrolling.
    public func freezePanes(row: Int, column: Int) throws(XLSXError) {
        try ErrorCheck.cell(row: row, column: column, operation("freezing panes at", row: row, column: column))
        worksheet_freeze_panes(pointer, lxw_row_t(row), lxw_col_t(column))
    }

    /// Filter buttons on the header row `firstRow` over the given columns.
    public func autofilter(firstRow: Int, firstColumn: Int, lastRow: Int, lastColumn: Int) throws(XLSXError) {
        let operation = "setting the autofilter of '\(name)'"
        try ErrorCheck.cell(row: firstRow, column: firstColumn, operation)
        try ErrorCheck.cell(row: lastRow, column: lastColumn, operation)
        try ErrorCheck.check(worksheet_autofilter(pointer, lxw_row_t(firstRow), lxw_col_t(firstColumn),
                                                  lxw_row_t(lastRow), lxw_col_t(lastColumn)), operation)
    }

    /// One cell spanning the rectangle, showing `text` (a heading over a group of columns).
    public func merge(firstRow: Int, firstColumn: Int, lastRow: Int, lastColumn: Int, text: String,
                      style: CellStyle? = nil) throws(XLSXError) {
        let operation = operation("merging cells from", row: firstRow, column: firstColumn)
        try ErrorCheck.cell(row: firstRow, column: firstColumn, operation)
        try ErrorCheck.cell(row: lastRow, column: lastColumn, operation)
        let format = workbook.format(for: style)
        let result = CString.with(text) {
            worksheet_merge_range(pointer, lxw_row_t(firstRow), lxw_col_t(firstColumn), lxw_row_t(lastRow),
                                  lxw_col_t(lastColumn), $0, format)
        }
        try ErrorCheck.check(result, operation)
    }

    /// What every printed page says at its top and its bottom, left, centre and right; nil sections
    /// stay empty. Written as given: `&`, which starts a field code in Excel's header syntax, is escaped.
    public func setPrinted(header: PrintedLine = PrintedLine(), footer: PrintedLine = PrintedLine()) throws(XLSXError) {
        let operation = "setting the printed header and footer of '\(name)'"
        for (line, set) in [(header, worksheet_set_header), (footer, worksheet_set_footer)] where !line.isEmpty {
            let code = line.code
            guard code.utf8.count <= PrintedLine.maximumLength else {
                throw XLSXError(operation: operation, message: "the text is longer than Excel's "
                                + "\(PrintedLine.maximumLength) characters for a page header or footer")
            }
            try ErrorCheck.check(CString.with(code) { set(pointer, $0) }, operation)
        }
    }

    /// The printed margins, in inches (the header and footer sit in the top and bottom ones).
    public func setMargins(left: Double, right: Double, top: Double, bottom: Double) {
        worksheet_set_margins(pointer, left, right, top, bottom)
    }

    /// Repeats the columns (a row's key: its country and id) at the left of every printed page, so
    /// that a sheet printed several pages wide says on each page whose row it is.
    public func repeatColumnsOnPrintedPages(_ columns: ClosedRange<Int>) throws(XLSXError) {
        let operation = "repeating columns \(columns) of '\(name)' on printed pages"
        try ErrorCheck.cell(row: 0, column: columns.upperBound, operation)
        try ErrorCheck.check(worksheet_repeat_columns(pointer, lxw_col_t(columns.lowerBound), lxw_col_t(columns.upperBound)),
                             operation)
    }

    /// Prints a sheet more than a page wide row band by row band: a row's continuation is on the next
    /// page, not after every other row.
    public func printAcrossThenDown() {
        worksheet_print_across(pointer)
    }

    /// Prints across the page rather than down (wide tables).
    public func setLandscape() {
        worksheet_set_landscape(pointer)
    }

    /// Prints on A4 rather than the printer's default (often US Letter).
    public func setPaperA4() {
        worksheet_set_paper(pointer, 9)
    }

    /// Repeats the rows (a table's title and header) at the top of every printed page.
    public func repeatRowsOnPrintedPages(_ rows: ClosedRange<Int>) throws(XLSXError) {
        let operation = "repeating rows \(rows) of '\(name)' on printed pages"
        try ErrorCheck.cell(row: rows.lowerBound, column: 0, operation)
        try ErrorCheck.cell(row: rows.upperBound, column: 0, operation)
        try ErrorCheck.check(worksheet_repeat_rows(pointer, lxw_row_t(rows.lowerBound), lxw_row_t(rows.upperBound)),
                             operation)
    }

    /// Scales the printout to `wide` pages across (0: as many as needed) and `tall` pages down.
    public func fitToPages(wide: Int, tall: Int) {
        worksheet_fit_to_pages(pointer, UInt16(clamping: wide), UInt16(clamping: tall))
    }

    /// Places `chart` with its top-left corner at the cell.
    public func insert(_ chart: Chart, row: Int, column: Int, scale: Double = 1) throws(XLSXError) {
        let operation = operation("inserting a chart at", row: row, column: column)
        try ErrorCheck.cell(row: row, column: column, operation)
        var options = lxw_chart_options()
        options.x_scale = scale
        options.y_scale = scale
        try ErrorCheck.check(worksheet_insert_chart_opt(pointer, lxw_row_t(row), lxw_col_t(column), chart.pointer,
                                                        &options), operation)
    }
}
