/// Where the cells of `Worksheet.writeCells` are written: the same writes as the sheet's own, each
/// made by the sheet in the order it was recorded here.
///
/// When the cells are recorded ahead (`Worksheet.writeCells(recordedAhead:)`), the recorder runs on
/// another core, and the sheet makes the first calls while the later ones are still being recorded.
/// If the sheet stops on a refused cell, the recorder stops too: `isStopped` turns true and the writes
/// after it are dropped, so a maker that checks it need not make the rest. A recorder cannot be
/// copied, so none outlives the writing it records for.
public struct CellRecorder: ~Copyable {
    /// Calls handed to the sheet at a time: enough to make the handing over rare, few enough that the
    /// writer starts early and memory stays small.
    static let callsPerDelivery = 4_096

    private var calls = RecordedCalls()
    /// Hands recorded calls to the sheet; false once the sheet has stopped.
    private let deliver: (RecordedCalls) -> Bool
    public private(set) var isStopped = false

    init(delivering deliver: @escaping (RecordedCalls) -> Bool) {
        self.deliver = deliver
    }

    /// Text longer than `ExcelLimits.maxTextLength` is refused by the sheet; fit it first.
    public mutating func write(_ text: String, row: Int, column: Int, style: CellStyle? = nil) {
        record(.text, row: row, column: column, style: style, text: text)
    }

    public mutating func write(_ number: Double, row: Int, column: Int, style: CellStyle? = nil) {
        record(.number, row: row, column: column, style: style, number: number)
    }

    public mutating func write(_ value: Bool, row: Int, column: Int, style: CellStyle? = nil) {
        record(.boolean, row: row, column: column, style: style, number: value ? 1 : 0)
    }

    /// A hyperlink showing `text` (the URL itself when nil).
    public mutating func writeLink(_ url: String, text: String? = nil, row: Int, column: Int,
                                   style: CellStyle? = nil) {
        record(.link, row: row, column: column, style: style, text: url, linkText: text)
    }

    /// A note attached to the cell, shown on hover.
    public mutating func writeComment(_ text: String, row: Int, column: Int) {
        record(.comment, row: row, column: column, style: nil, text: text)
    }

    /// The height of one row in points.
    public mutating func setRow(_ row: Int, height: Double, style: CellStyle? = nil) {
        record(.rowHeight, row: row, column: 0, style: style, number: height)
    }

    private mutating func record(_ kind: RecordedCalls.Kind, row: Int, column: Int, style: CellStyle?,
                                 number: Double = 0, text: String? = nil, linkText: String? = nil) {
        guard !isStopped else { return }
        calls.record(kind, row: row, column: column, style: style, number: number, text: text, linkText: linkText)
        if calls.count >= Self.callsPerDelivery { flush() }
    }

    /// Hands what is recorded to the sheet.
    mutating func flush() {
        guard !isStopped, calls.count > 0 else { return }
        let recorded = calls
        calls = RecordedCalls()
        isStopped = !deliver(recorded)
    }
}
