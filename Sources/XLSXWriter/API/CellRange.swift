/// A rectangle of cells on a named sheet (rows and columns from 0), as a chart series refers to data.
public struct CellRange: Sendable, Hashable {
    public let sheet: String
    public let firstRow: Int
    public let firstColumn: Int
    public let lastRow: Int
    public let lastColumn: Int

    public init(sheet: String, firstRow: Int, firstColumn: Int, lastRow: Int, lastColumn: Int) {
        self.sheet = sheet
        self.firstRow = firstRow
        self.firstColumn = firstColumn
        self.lastRow = lastRow
        self.lastColumn = lastColumn
    }

    /// One column of cells.
    public static func column(_ column: Int, rows: ClosedRange<Int>, on sheet: String) -> CellRange {
        CellRange(sheet: sheet, firstRow: rows.lowerBound, firstColumn: column, lastRow: rows.upperBound,
                  lastColumn: column)
    }
}
