/// How a cell looks. A value: the workbook creates one libxlsxwriter format per distinct style.
public struct CellStyle: Hashable, Sendable {
    public var bold = false
    public var italic = false
    public var underline = false
    /// Wrap long text within the column width.
    public var wrap = false
    /// Align to the top of the cell (for rows that wrap).
    public var alignTop = false
    /// 0xRRGGBB.
    public var fontColor: UInt32?
    /// 0xRRGGBB, a solid fill.
    public var background: UInt32?
    /// Excel's number format code ("0", "0.0%").
    public var numberFormat: String?
    /// A thin border around the cell.
    public var border = false
    /// Points; nil: the workbook's default (11).
    public var fontSize: Double?

    public init(bold: Bool = false, italic: Bool = false, underline: Bool = false, wrap: Bool = false,
                alignTop: Bool = false, fontColor: UInt32? = nil, background: UInt32? = nil,
                numberFormat: String? = nil, border: Bool = false, fontSize: Double? = nil) {
        self.bold = bold
        self.italic = italic
        self.underline = underline
        self.wrap = wrap
        self.alignTop = alignTop
        self.fontColor = fontColor
        self.background = background
        self.numberFormat = numberFormat
        self.border = border
        self.fontSize = fontSize
    }
}
