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
    /// " (part 2 of 3)", after the title of each sheet a table continues on: from the part and the
    /// number of parts.
    let partTitle: @Sendable (Int, Int) -> String
    /// For a warning about text with no origin of its own.
    let fallbackLocation: SourceLocation
    private(set) var warnings: [Diagnostic] = []

    init(workbook: Workbook, rowsPerSheet: Int, linksPerSheet: Int, printedMarking: String?,
         partTitle: @escaping @Sendable (Int, Int) -> String,
         fallbackLocation: SourceLocation) {
        self.partTitle = partTitle
        self.workbook = workbook
        self.rowsPerSheet = rowsPerSheet
        self.linksPerSheet = linksPerSheet
        self.printedMarking = printedMarking
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
    static let widthFittedToAPage = 200.0

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
        1 + table.notes.count + 1 + (table.groups.isEmpty ? 0 : 1)
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
            sheet.setLandscape()
            sheet.setPaperA4()
            if table.columns.reduce(0, { $0 + $1.width }) <= Self.widthFittedToAPage {
                sheet.fitToPages(wide: 1, tall: 0)
            }
            try sheet.repeatRowsOnPrintedPages(max(headerRow - (table.groups.isEmpty ? 0 : 1), 0)...headerRow)
            if let printedMarking { try sheet.setPrintedMarking(printedMarking) }
            var encoder = RowEncoder(sheetName: name, columns: table.columns, linksPerSheet: linksPerSheet,
                                     fallbackLocation: fallbackLocation)
            var title = table.title
            if parts > 1 { title += partTitle(part + 1, parts) }
            try sheet.write(encoder.fitted(title, origin: nil, row: 0, column: 0), row: 0, column: 0,
                            style: WorkbookStyles.title)
            for (offset, note) in table.notes.enumerated() {
                try sheet.write(encoder.fitted(note.text, origin: nil, row: 1 + offset, column: 0), row: 1 + offset,
                                column: 0, style: note.style)
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
                try sheet.write(definition.header, row: headerRow, column: column, style: WorkbookStyles.header)
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
