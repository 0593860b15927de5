#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif
import Foundation

/// Numbers the batches made in this process, so that a batch knows its own style numbers. A lock,
/// not an `Atomic`: the package still builds for macOS 13, which has no Synchronization module.
private final class BatchNumbers: @unchecked Sendable {
    // Read and written under `lock`.
    private let lock = NSLock()
    private var last = 0

    func next() -> Int {
        lock.lock()
        defer { lock.unlock() }
        last += 1
        return last
    }
}

private let batchNumbers = BatchNumbers()

/// Cell writes recorded now, to be handed to a sheet later (`Worksheet.write(_:)`) in the order
/// they were recorded.
///
/// libxlsxwriter writes on one thread. What comes before each call (the caller's making of the
/// text, the choice of a style, the C string) need not: recorded in a batch, it happens on whatever
/// thread fills the batch, and the writing thread only walks the batch's calls. A batch keeps its
/// texts as C strings in one block and its calls as plain values, so handing it over and walking it
/// costs no per-cell copies, hashing or reference counting. A batch belongs to no workbook: it can
/// be filled before the sheet it goes to exists.
public struct CellBatch: Sendable {
    /// A style as this batch numbers it. Hashing a style once per batch instead of once per cell is
    /// what keeps recording cheap; a number from another batch is refused when the batch is written.
    public struct Style: Sendable, Equatable {
        let index: Int
        let batch: Int
    }

    /// A call whose style was numbered by another batch: refused when the batch is written.
    static let foreignStyle = -2
    /// A comment, which has no style.
    static let noStyle = -1

    enum Kind: Sendable {
        case text, number, boolean, link, comment, rowHeight
    }

    /// One recorded call. Texts are offsets of C strings in `bytes`.
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

    private(set) var calls: [Call] = []
    /// NUL-terminated UTF-8, one after another; offset 0 is the empty string.
    private(set) var bytes: [UInt8] = [0]
    /// The styles the calls use, by number; nil is the sheet's default look.
    private(set) var styles: [CellStyle?] = []
    private var numbers: [CellStyle?: Int] = [:]
    private let identity: Int

    public init() {
        identity = batchNumbers.next()
    }

    /// The calls recorded.
    public var count: Int { calls.count }
    public var isEmpty: Bool { calls.isEmpty }

    /// This batch's number for `style` (nil: the default look), for the calls that use it.
    public mutating func style(_ style: CellStyle?) -> Style {
        if let number = numbers[style] { return Style(index: number, batch: identity) }
        styles.append(style)
        numbers[style] = styles.count - 1
        return Style(index: styles.count - 1, batch: identity)
    }

    private func numbered(_ style: Style) -> Int {
        style.batch == identity ? style.index : Self.foreignStyle
    }

    /// Text longer than `ExcelLimits.maxTextLength` is refused when the batch is written; fit it first.
    public mutating func write(_ text: String, row: Int, column: Int, style: Style) {
        calls.append(Call(kind: .text, row: row, column: column, style: numbered(style), number: 0,
                          text: append(text), linkText: nil))
    }

    public mutating func write(_ number: Double, row: Int, column: Int, style: Style) {
        calls.append(Call(kind: .number, row: row, column: column, style: numbered(style), number: number,
                          text: 0, linkText: nil))
    }

    public mutating func write(_ value: Bool, row: Int, column: Int, style: Style) {
        calls.append(Call(kind: .boolean, row: row, column: column, style: numbered(style),
                          number: value ? 1 : 0, text: 0, linkText: nil))
    }

    /// A hyperlink showing `text` (the URL itself when nil).
    public mutating func writeLink(_ url: String, text: String? = nil, row: Int, column: Int, style: Style) {
        let url = append(url)
        calls.append(Call(kind: .link, row: row, column: column, style: numbered(style), number: 0, text: url,
                          linkText: text.map { append($0) }))
    }

    /// A note attached to the cell, shown on hover.
    public mutating func writeComment(_ text: String, row: Int, column: Int) {
        calls.append(Call(kind: .comment, row: row, column: column, style: Self.noStyle, number: 0,
                          text: append(text), linkText: nil))
    }

    /// The height of one row in points, in the row's `style`.
    public mutating func setRow(_ row: Int, height: Double, style: Style) {
        calls.append(Call(kind: .rowHeight, row: row, column: 0, style: numbered(style), number: height,
                          text: 0, linkText: nil))
    }

    /// The offset of `text` as a C string in `bytes`. A NUL inside it would silently end the C
    /// string (and XML cannot hold it), so it becomes U+FFFD, visible in the cell.
    private mutating func append(_ text: String) -> Int {
        let offset = bytes.count
        var text = text
        text.withUTF8 { utf8 in
            guard let start = utf8.baseAddress, memchr(start, 0, utf8.count) != nil else {
                bytes.append(contentsOf: utf8)
                return
            }
            for byte in utf8 {
                if byte == 0 { bytes.append(contentsOf: [0xEF, 0xBF, 0xBD]) } else { bytes.append(byte) }
            }
        }
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
