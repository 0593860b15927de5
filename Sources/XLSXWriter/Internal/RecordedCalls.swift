/// libxlsxwriter calls recorded now and made later, in the order they were recorded.
///
/// libxlsxwriter writes on one thread. What comes before each call (the making of the text, the choice
/// of a style, the C string) need not: recorded here, it happens on whatever thread records, and the
/// writing thread only walks the calls. The texts are C strings in one block and the calls plain
/// values, so handing the calls over and walking them costs no per-cell copies, hashing or reference
/// counting. Recorded calls belong to no workbook: they can be made before the sheet they go to exists.
struct RecordedCalls: Sendable {
    enum Kind: Sendable {
        case text, number, boolean, link, comment, rowHeight
    }

    /// One recorded call. Texts are offsets of C strings in `bytes`; the style is an index in `styles`.
    struct Call: Sendable {
        let kind: Kind
        let row: Int
        let column: Int
        let style: Int
        /// The number of a number cell, a boolean's 0 or 1, a row's height in points.
        let number: Double
        let text: Int
        /// A link's shown text, when it has one.
        let linkText: Int?
    }

    /// A comment, which has no style.
    static let noStyle = -1

    private(set) var calls: [Call] = []
    /// NUL-terminated UTF-8, one after another; offset 0 is the empty string.
    private(set) var bytes: [UInt8] = [0]
    /// The styles the calls use, by index; nil is the sheet's default look.
    private(set) var styles: [CellStyle?] = []

    var count: Int { calls.count }

    mutating func record(_ kind: Kind, row: Int, column: Int, style: CellStyle?, number: Double = 0,
                         text: String? = nil, linkText: String? = nil) {
        let style = kind == .comment ? Self.noStyle : index(of: style)
        let text = text.map { append($0) } ?? 0
        calls.append(Call(kind: kind, row: row, column: column, style: style, number: number, text: text,
                          linkText: linkText.map { append($0) }))
    }

    /// A sheet's calls use a handful of styles: comparing with each is cheaper than hashing one.
    private mutating func index(of style: CellStyle?) -> Int {
        if let index = styles.firstIndex(of: style) { return index }
        styles.append(style)
        return styles.count - 1
    }

    /// The offset of `text` as a C string in `bytes`, a NUL inside it replaced as `CString` does.
    private mutating func append(_ text: String) -> Int {
        let offset = bytes.count
        var utf8Text = text
        let clean = utf8Text.withUTF8 { utf8 in
            guard CString.hasNoNUL(utf8) else { return false }
            bytes.append(contentsOf: utf8)
            return true
        }
        if !clean { bytes.append(contentsOf: CString.safe(text).utf8) }
        bytes.append(0)
        return offset
    }

    /// Each call in order, with its texts as C strings (valid only inside `body`).
    func forEachCall(
        _ body: (Call, _ text: UnsafePointer<CChar>, _ linkText: UnsafePointer<CChar>?) throws(XLSXError) -> Void
    ) throws(XLSXError) {
        try bytes.withUnsafeBufferPointer { (bytes) throws(XLSXError) in
            try bytes.withMemoryRebound(to: CChar.self) { (strings) throws(XLSXError) in
                guard let base = strings.baseAddress else { return }
                for call in calls {
                    try body(call, base + call.text, call.linkText.map { base + $0 })
                }
            }
        }
    }
}
