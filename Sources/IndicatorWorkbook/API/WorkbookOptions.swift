import XLSXWriter

/// What a workbook holds beyond its edition.
public struct WorkbookOptions: Sendable {
    /// The editions the trend sheet follows; nil: every edition up to the workbook's own, so that a
    /// year's workbook does not change when the next edition is added.
    public var years: ClosedRange<Int>?
    /// The edition the Changes sheet compares with; nil: the one before the workbook's own, if any.
    public var changesFrom: Int?
    /// A table longer than this continues on another sheet. Excel's limit unless a smaller sheet
    /// is wanted (or a test wants to see the split without a million rows).
    public var rowsPerSheet: Int
    /// Beyond this many links a sheet writes its links as text. Excel's limit unless a test wants to
    /// see it without 65,530 sources.
    public var linksPerSheet: Int

    public init(years: ClosedRange<Int>? = nil, changesFrom: Int? = nil,
                rowsPerSheet: Int = ExcelLimits.maxRows, linksPerSheet: Int = ExcelLimits.maxLinksPerSheet) {
        self.years = years
        self.changesFrom = changesFrom
        self.rowsPerSheet = min(rowsPerSheet, ExcelLimits.maxRows)
        self.linksPerSheet = min(max(linksPerSheet, 0), ExcelLimits.maxLinksPerSheet)
    }
}
