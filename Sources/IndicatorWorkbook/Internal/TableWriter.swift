#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif
import IndicatorLibrary
import XLSXWriter

/// Writes tables into a workbook within Excel's limits, and says what it had to change.
///
/// A table longer than a sheet continues on further sheets with the same header, and its cells are
/// fitted by `RowEncoder` (text cut with a visible marker, links Excel cannot hold written as text):
/// each with a warning pointing at the library text concerned, never silently.
struct TableWriter {
    /// Where a table landed: charts refer to its cells.
    struct Placement {
        let sheet: Worksheet
        let headerRow: Int
        let firstDataRow: Int
        /// The table's rows on this sheet.
        let rows: Range<Int>

        func sheetRow(ofTableRow row: Int) -> Int { firstDataRow + row - rows.lowerBound }
    }

    let workbook: Workbook
    let rowsPerSheet: Int
    let linksPerSheet: Int
    /// Printed at the top and bottom of every page of every sheet (an internal workbook's marking).
    let printedMarking: String?
    /// "Page N of M" in the workbook's language, for every printed page's footer.
    let pageLine: [Wording.PagePiece]
    /// " (part 2 of 3)", after the title of each sheet a table continues on: from the part and the
    /// number of parts.
    let partTitle: @Sendable (Int, Int) -> String
    /// For a warning about text with no origin of its own.
    let fallbackLocation: SourceLocation
    private(set) var warnings: [Diagnostic] = []

    init(workbook: Workbook, rowsPerSheet: Int, linksPerSheet: Int, printedMarking: String?, pageLine: [Wording.PagePiece],
         partTitle: @escaping @Sendable (Int, Int) -> String,
         fallbackLocation: SourceLocation) {
        self.partTitle = partTitle
        self.workbook = workbook
        self.rowsPerSheet = rowsPerSheet
        self.linksPerSheet = linksPerSheet
        self.printedMarking = printedMarking
        self.pageLine = pageLine
        self.fallbackLocation = fallbackLocation
    }

    mutating func write(_ table: SheetTable) throws(WorkbookFailure) -> [Placement] {
        var table = table
        table.rows = table.rows.resolved
        guard table.columns.count <= ExcelLimits.maxColumns else {
            throw .tooWide(sheet: table.name, columns: table.columns.count)
        }
        let headerRow = Self.headerRow(of: table)
        let capacity = rowsPerSheet - headerRow - 1
        guard capacity >= 1 else { throw .tooFewRowsPerSheet(rowsPerSheet, needed: Self.rowsNeeded(by: [table])) }
        let parts = table.rows.isEmpty ? 1 : (table.rows.count + capacity - 1) / capacity
        var placements: [Placement] = []
        for part in 0..<parts {
            let rows = (part * capacity)..<min(table.rows.count, (part + 1) * capacity)
            placements.append(try writePart(table, part: part, of: parts, rows: rows, headerRow: headerRow))
        }
        if parts > 1 {
            warnings.append(.warning(
                "the \(table.name) sheet has \(table.rows.count) rows, more than one Excel sheet holds "
                    + "(\(rowsPerSheet) rows with its header); it continues on \(parts - 1) more sheet(s), "
                    + "'\(sheetName(table, part: 1))' onwards",
                at: fallbackLocation))
        }
        return placements
    }

    /// A table no wider than this (in characters) is printed one page wide, at 75% or more.
    /// The most (in characters of the default font) one printed page holds: on A4 landscape within
    /// the margins below, about two thirds of the default size. A wider table prints over as many pages
    /// side by side as it needs at that size, its key columns repeated on each.
    static let widthFittedToAPage = 230.0
    /// The title's font is larger than the default: fewer of its characters fit in a width, and its
    /// lines are taller.
    static let titleWidthFactor = 11.0 / 14.0
    static let titleHeightFactor = 14.0 / 11.0

    /// Landscape A4 with narrow margins, every page numbered in its footer and marked when the
    /// workbook is internal or a draft, the title rows repeated; a table narrow enough fitted to the
    /// page's width, a wider one printed band by band with its key columns on every page.
    private func setUpPrinting(_ sheet: Worksheet, _ table: SheetTable, headerRow: Int) throws(XLSXError) {
        sheet.setLandscape()
        sheet.setPaperA4()
        sheet.setMargins(left: 0.4, right: 0.4, top: 0.6, bottom: 0.6)
        let wide = Self.pagesWide(table)
        sheet.fitToPages(wide: wide, tall: 0)
        if wide > 1 {
            sheet.printAcrossThenDown()
            if table.frozenColumns > 0 { try sheet.repeatColumnsOnPrintedPages(0...(table.frozenColumns - 1)) }
        }
        try sheet.repeatRowsOnPrintedPages(max(headerRow - (table.groups.isEmpty ? 0 : 1), 0)...headerRow)
        var footer = PrintedLine(left: [.sheetName], center: Self.pieces(of: pageLine))
        var header = PrintedLine()
        if let printedMarking {
            header.center = [.text(printedMarking)]
            footer.right = [.text(printedMarking)]
        }
        try sheet.setPrinted(header: header, footer: footer)
    }

    /// "Page N of M" as printed text and Excel's page fields.
    static func pieces(of line: [Wording.PagePiece]) -> [PrintedLine.Piece] {
        line.map { piece in
            switch piece {
            case let .text(text): .text(text)
            case .page: .pageNumber
            case .pages: .numberOfPages
            }
        }
    }

    /// How many pages side by side a table prints on: each page holds `widthFittedToAPage`, the
    /// repeated key columns included.
    static func pagesWide(_ table: SheetTable) -> Int {
        let width = table.columns.reduce(0) { $0 + $1.width }
        let keys = table.columns.prefix(table.frozenColumns).reduce(0) { $0 + $1.width }
        var pages = 1
        while (width + keys * Double(pages - 1)) / Double(pages) > widthFittedToAPage, pages < table.columns.count {
            pages += 1
        }
        return pages
    }

    /// The columns the title (line 0) or a note is written across.
    static func columns(ofLine line: Int, in table: SheetTable) -> ClosedRange<Int> {
        let last = columnsOnFirstPage(of: table)
        guard pagesWide(table) > 1, table.frozenColumns > 0, table.frozenColumns <= last else { return 0...last }
        return line == 0 ? 0...(table.frozenColumns - 1) : table.frozenColumns...last
    }

    /// The last column on the first printed page: every column of a table one page wide, else those
    /// that fill its share of the width.
    static func columnsOnFirstPage(of table: SheetTable) -> Int {
        let pages = pagesWide(table)
        guard pages > 1 else { return max(table.columns.count - 1, 0) }
        let keys = table.columns.prefix(table.frozenColumns).reduce(0) { $0 + $1.width }
        let share = (table.columns.reduce(0) { $0 + $1.width } + keys * Double(pages - 1)) / Double(pages)
        var used = 0.0
        for (index, column) in table.columns.enumerated() {
            used += column.width
            if used > share { return max(index - 1, 0) }
        }
        return max(table.columns.count - 1, 0)
    }

    /// How many lines `text` takes wrapped in a column `width` characters wide: an estimate (the
    /// file holds no font metrics), on the generous side, since spreadsheet programs do not all fit
    /// row heights to wrapped text when they open a file, and a cut-off line is worse than a gap.
    static func lines(_ text: String, width: Double) -> Int {
        let perLine = max(Int(width) - 1, 1)
        // Counted on the bytes, paragraph by paragraph (between line breaks). A scalar takes at least
        // one byte, so a paragraph of few enough bytes is one line without counting.
        var text = text
        return text.withUTF8 { bytes -> Int in
            guard let start = bytes.baseAddress else { return 1 }
            var lines = 0
            var from = 0
            while true {
                let end = memchr(start + from, 0x0A, bytes.count - from)
                    .map { UnsafeRawPointer($0) - UnsafeRawPointer(start) } ?? bytes.count
                let paragraph = UnsafeBufferPointer(rebasing: bytes[from..<end])
                let scalars = paragraph.count > perLine ? scalarCount(paragraph) : 1
                lines += max(1, (scalars + perLine - 1) / perLine)
                guard end < bytes.count else { return lines }
                from = end + 1
            }
        }
    }

    /// The Unicode scalars of UTF-8 `bytes`: the bytes that are not continuation bytes (10xxxxxx),
    /// counted eight at a time. A wrapped column's text is most of what a row maker reads.
    static func scalarCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard let start = bytes.baseAddress else { return 0 }
        let high: UInt64 = 0x8080_8080_8080_8080
        var continuations = 0
        var index = 0
        while index + 8 <= bytes.count {
            let word = UnsafeRawPointer(start + index).loadUnaligned(as: UInt64.self)
            // A byte's top bit set and the bit below it clear (shifted up into the top bit's place).
            continuations += (word & ~(word << 1) & high).nonzeroBitCount
            index += 8
        }
        while index < bytes.count {
            if bytes[index] & 0xC0 == 0x80 { continuations += 1 }
            index += 1
        }
        return bytes.count - continuations
    }

    /// Points for `lines` lines of the default 11-point font, capped at Excel's 409.
    static func height(lines: Int) -> Double {
        min(15 * Double(max(lines, 1)), 409)
    }

    /// The row of the header: below the title, the notes, a blank row and the column groups.
    static func headerRow(of table: SheetTable) -> Int {
        1 + (table.headline == nil ? 0 : 1) + table.notes.count + 1 + (table.groups.isEmpty ? 0 : 1)
    }

    /// The fewest rows per sheet that leave room for one row of data under every table's header.
    static func rowsNeeded(by tables: [SheetTable]) -> Int {
        (tables.map(headerRow).max() ?? 0) + 2
    }

    private func sheetName(_ table: SheetTable, part: Int) -> String {
        part == 0 ? table.name : ExcelLimits.sheetName("\(table.name.prefix(24)) (\(part + 1))")
    }

    private mutating func writePart(_ table: SheetTable, part: Int, of parts: Int, rows: Range<Int>,
                                    headerRow: Int) throws(WorkbookFailure) -> Placement {
        let name = sheetName(table, part: part)
        let sheet: Worksheet
        do {
            sheet = try workbook.addWorksheet(named: name)
            try setUpPrinting(sheet, table, headerRow: headerRow)
            var encoder = RowEncoder(sheetName: name, columns: table.columns, linksPerSheet: linksPerSheet,
                                     fallbackLocation: fallbackLocation)
            var title = table.title
            if parts > 1 { title += partTitle(part + 1, parts) }
            // The title and the notes wrap within the columns of the first printed page, never running
            // past its edge, where a printout would cut them. On a table printed several pages wide,
            // whose key columns are repeated on every page, the title wraps within those (so every page
            // shows it whole) and the notes within the rest of the first page.
            let lines: [(text: String, style: CellStyle)] = [(title, WorkbookStyles.title)]
                + (table.headline.map { [($0.value, WorkbookStyles.headline)] } ?? []) + table.notes
            for (row, line) in lines.enumerated() {
                let text = encoder.fitted(line.text, origin: nil, row: row, column: 0)
                let columns = Self.columns(ofLine: row, in: table)
                if columns.count > 1 {
                    try sheet.merge(firstRow: row, firstColumn: columns.lowerBound, lastRow: row,
                                    lastColumn: columns.upperBound, text: text, style: line.style.wrapped)
                } else {
                    try sheet.write(text, row: row, column: columns.lowerBound, style: line.style.wrapped)
                }
                let width = table.columns[columns].reduce(0) { $0 + $1.width }
                let count = Self.lines(text, width: width * (row == 0 ? Self.titleWidthFactor : 1))
                if count > 1 { try sheet.setRow(row, height: Self.height(lines: count) * (row == 0 ? Self.titleHeightFactor : 1)) }
            }
            for group in table.groups {
                if group.columns.count > 1 {
                    try sheet.merge(firstRow: headerRow - 1, firstColumn: group.columns.lowerBound,
                                    lastRow: headerRow - 1, lastColumn: group.columns.upperBound, text: group.title,
                                    style: WorkbookStyles.group)
                } else {
                    try sheet.write(group.title, row: headerRow - 1, column: group.columns.lowerBound,
                                    style: WorkbookStyles.group)
                }
            }
            try sheet.setRow(headerRow, height: Self.height(lines: table.columns.map {
                Self.lines($0.header, width: $0.width)
            }.max() ?? 1))
            for (column, definition) in table.columns.enumerated() {
                try sheet.setColumns(column...column, width: definition.width)
                if let number = definition.numericHeader {
                    try sheet.write(number, row: headerRow, column: column, style: WorkbookStyles.header)
                } else {
                    try sheet.write(definition.header, row: headerRow, column: column, style: WorkbookStyles.header)
                }
                if let comment = definition.comment {
                    try sheet.writeComment(encoder.fitted(comment, origin: nil, row: headerRow, column: column),
                                           row: headerRow, column: column)
                }
            }
            encoder = try RowFeed(rows: table.rows, range: rows, columns: table.columns, firstRow: headerRow + 1,
                                  encoder: encoder).write(to: sheet)
            warnings += encoder.warnings
            if let overflow = encoder.linkOverflowWarning { warnings.append(overflow) }
            if rows.isEmpty {
                try sheet.write(table.emptyMessage, row: headerRow + 1, column: 0, style: WorkbookStyles.empty)
            }
            try sheet.freezePanes(row: headerRow + 1, column: table.frozenColumns)
            try sheet.autofilter(firstRow: headerRow, firstColumn: 0, lastRow: headerRow + max(rows.count, 1),
                                 lastColumn: max(table.columns.count - 1, 0))
        } catch {
            throw .xlsx(error)
        }
        return Placement(sheet: sheet, headerRow: headerRow, firstDataRow: headerRow + 1, rows: rows)
    }
}
