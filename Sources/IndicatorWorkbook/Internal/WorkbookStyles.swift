import XLSXWriter

/// The workbook's look, in one place.
enum WorkbookStyles {
    static let title = CellStyle(bold: true, fontSize: 14)
    static let note = CellStyle(italic: true, fontColor: 0x595959)
    static let headline = CellStyle(bold: true)
    static let partial = CellStyle(bold: true, fontColor: 0x7F6000)
    static let internalMarking = CellStyle(bold: true, fontColor: 0xC00000)
    static let header = CellStyle(bold: true, wrap: true, alignTop: true, background: 0xD9D9D9, border: true)
    static let group = CellStyle(bold: true, alignTop: true, background: 0xBFBFBF, border: true)
    static let text = CellStyle(alignTop: true)
    static let wrapped = CellStyle(wrap: true, alignTop: true)
    static let whole = CellStyle(alignTop: true, numberFormat: "0")
    static let decimal = CellStyle(alignTop: true, numberFormat: "0.##")
    static let link = CellStyle(underline: true, wrap: true, alignTop: true, fontColor: 0x0563C1)
    static let empty = CellStyle(italic: true, fontColor: 0x7F7F7F)

    // Ratification cells: three states that must never be confused, and a rarer fourth. They wrap
    // ("ratified by" / "2020"), so that a narrow column prints them whole.
    static let ratified = CellStyle(wrap: true, alignTop: true, background: 0xD9EAD3, numberFormat: "0", border: true)
    static let notRatified = CellStyle(wrap: true, alignTop: true, fontColor: 0x990000, background: 0xF4CCCC, border: true)
    static let unknown = CellStyle(italic: true, wrap: true, alignTop: true, fontColor: 0x7F7F7F, border: true)
    static let denounced = CellStyle(wrap: true, alignTop: true, fontColor: 0x7F6000, background: 0xFFE599, border: true)
}

extension CellStyle {
    /// The style wrapping its text within its cell (merged over several columns for a title or a note).
    var wrapped: CellStyle {
        var style = self
        style.wrap = true
        style.alignTop = true
        return style
    }
}
