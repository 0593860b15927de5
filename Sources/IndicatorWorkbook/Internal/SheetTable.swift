internal import Parallelism
import XLSXWriter

/// A sheet as a table: a title and notes above a header row, one row per item below it. The writer
/// gives every table the same frame (bold frozen header, filter buttons, widths, wrapping), so the
/// sheets differ only in what they hold.
struct SheetTable {
    struct Column: Sendable {
        let header: String
        /// In characters of the default font.
        let width: Double
        /// Long text wraps within the width instead of running over the next cells.
        var wraps = false
        /// The style of the column's cells when a cell gives none.
        var style: CellStyle?
        /// Explains the column on hover (an instrument's full title).
        var comment: String?
        /// A header that is a number (a year), written as one, so that a chart can read it as a value.
        var numericHeader: Double?
    }

    /// A heading over a run of columns (the instruments of one category).
    struct ColumnGroup {
        let title: String
        let columns: ClosedRange<Int>
    }

    /// The sheet's name (a continuation sheet adds " (2)", ...): valid as Excel requires.
    let name: String
    let title: String
    /// The line under the title that says what the sheet's rows add up to (the Changes sheet's
    /// headline), made beside the first sheets with the rows it sums up.
    var headline: Background<String>?
    /// Lines under the title: the audience, a legend, what an empty cell means.
    var notes: [(text: String, style: CellStyle)] = []
    var groups: [ColumnGroup] = []
    let columns: [Column]
    var rows = SheetRows()
    /// Columns kept in view while scrolling sideways (the country of a wide matrix), and repeated on
    /// every printed page of a table too wide for one.
    var frozenColumns = 0
    /// Shown in the first row when there are no rows, so an empty sheet says why.
    /// Set by every sheet, in its language.
    var emptyMessage = ""

    init(name: String, title: String, columns: [Column]) {
        self.name = ExcelLimits.sheetName(name)
        self.title = title
        self.columns = columns
    }
}
