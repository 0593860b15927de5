/// The limits of the XLSX format that Excel enforces, so that a layout handles them before a user
/// meets them.
public enum ExcelLimits {
    public static let maxRows = 1_048_576
    public static let maxColumns = 16_384
    /// Characters in one cell.
    public static let maxTextLength = 32_767
    public static let maxSheetNameLength = 31
    /// Hyperlink length (Excel's limit, which libxlsxwriter applies).
    public static let maxURLLength = 2_079
    /// Hyperlinks in one sheet (Excel's limit, which libxlsxwriter applies).
    public static let maxLinksPerSheet = 65_530

    /// A valid, readable sheet name: characters Excel forbids (`[ ] : * ? / \`) become spaces, leading
    /// and trailing apostrophes go, and the name is cut to 31 characters. Never empty.
    public static func sheetName(_ name: String) -> String {
        let forbidden: Set<Character> = ["[", "]", ":", "*", "?", "/", "\\"]
        var cleaned = String(name.map { forbidden.contains($0) || $0.isNewline || $0 == "\0" ? " " : $0 })
        while cleaned.hasPrefix("'") || cleaned.hasPrefix(" ") { cleaned.removeFirst() }
        cleaned = String(cleaned.prefix(maxSheetNameLength))
        while cleaned.hasSuffix("'") || cleaned.hasSuffix(" ") { cleaned.removeLast() }
        return cleaned.isEmpty ? "Sheet" : cleaned
    }

    /// `text` fitted into one cell: unchanged when short enough, else cut so that it ends with
    /// `marker` within the limit. Counted in Unicode scalars, as libxlsxwriter counts.
    public static func fit(_ text: String, marker: String = " […truncated]") -> (text: String, wasCut: Bool) {
        // A scalar takes at least one byte, so a text of few enough bytes needs no count.
        guard text.utf8.count > maxTextLength else { return (text, false) }
        let scalars = text.unicodeScalars
        guard scalars.count > maxTextLength else { return (text, false) }
        let keep = maxTextLength - marker.unicodeScalars.count
        var cut = String.UnicodeScalarView()
        cut.append(contentsOf: scalars.prefix(keep))
        return (String(cut) + marker, true)
    }

    /// "A1" notation for messages: row and column counted from 0.
    public static func cellName(row: Int, column: Int) -> String {
        var letters = ""
        var number = column + 1
        while number > 0 {
            let remainder = (number - 1) % 26
            letters = String(UnicodeScalar(UInt8(65 + remainder))) + letters
            number = (number - 1) / 26
        }
        return "\(letters)\(row + 1)"
    }
}
