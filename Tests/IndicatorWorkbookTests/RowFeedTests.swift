import Foundation
import Testing
@testable import IndicatorWorkbook

/// A large sheet's rows are made on another core while the writer writes the rows before them; the
/// writer must see exactly the rows, order and heights it would have made itself.
@Suite struct RowFeedTests {
    static let columns: [SheetTable.Column] = [
        .init(header: "Id", width: 10),
        .init(header: "Summary", width: 12, wraps: true),
    ]

    /// Row `index`: its number, and a summary that wraps to `index % 5 + 1` lines of the 12-wide column.
    static func row(_ index: Int) -> [SheetCell] {
        [.text("row \(index)"), .text(String(repeating: "eleven char", count: index % 5 + 1))]
    }

    static func drain(_ feed: RowFeed) -> [(texts: [String], lines: Int)] {
        var rows: [(texts: [String], lines: Int)] = []
        while let row = feed.nextRow() { rows.append((row.cells.map(\.shownText), row.lines)) }
        return rows
    }

    @Test(arguments: [0..<10_000, 3..<2_051, 17..<9_001])
    func rowsMadeAheadAreTheRowsInOrder(range: Range<Int>) {
        let rows = SheetRows(count: 10_000) { Self.row($0) }
        #expect(range.count >= RowFeed.aheadThreshold)
        let fed = Self.drain(RowFeed(rows: rows, range: range, columns: Self.columns))
        #expect(fed.count == range.count)
        #expect(fed.map(\.texts) == range.map { Self.row($0).map(\.shownText) })
        #expect(fed.map(\.lines) == range.map { $0 % 5 + 1 })
    }

    @Test func shortPartsAndBuiltRowsAreReadInLine() {
        let built = SheetRows(built: (0..<3_000).map(Self.row))
        #expect(Self.drain(RowFeed(rows: built, range: 0..<3_000, columns: Self.columns)).map(\.lines)
            == (0..<3_000).map { $0 % 5 + 1 })
        let made = SheetRows(count: 100) { Self.row($0) }
        #expect(Self.drain(RowFeed(rows: made, range: 10..<20, columns: Self.columns)).map(\.texts.first)
            == (10..<20).map { "row \($0)" })
    }

    /// The Changes sheet's rows are computed on another core while the sheets before it are written:
    /// whoever reads them first waits, and reads the same rows.
    @Test func rowsMadeInTheBackgroundAreWaitedFor() {
        let rows = SheetRows(inBackground: {
            Thread.sleep(forTimeInterval: 0.02)
            return SheetRows(count: 3_000) { Self.row($0) }
        })
        #expect(rows.count == 3_000)
        let resolved = rows.resolved
        #expect(resolved.isMade)
        let fed = Self.drain(RowFeed(rows: resolved, range: 0..<3_000, columns: Self.columns))
        #expect(fed.map(\.texts) == (0..<3_000).map { Self.row($0).map(\.shownText) })
    }

    /// The rows the writer has written go back to the maker with its next chunk, to be freed on the
    /// maker's thread.
    @Test func writtenRowsGoBackToTheMaker() {
        let channel = RowFeed.Channel()
        func chunk(_ index: Int) -> [RowFeed.Row] { [(Self.row(index), 1)] }
        var back: [[RowFeed.Row]] = []
        #expect(channel.put(chunk(0), takingBack: &back))
        #expect(channel.put(chunk(1), takingBack: &back))
        #expect(back.isEmpty)
        let first = channel.take(returning: [])
        let second = channel.take(returning: first ?? [])
        #expect(second?.first?.cells.first?.shownText == "row 1")
        #expect(channel.put(chunk(2), takingBack: &back))
        #expect(back.map { $0.map { $0.cells.first?.shownText } } == [["row 0"]])
        back.removeAll()
        #expect(channel.put(chunk(3), takingBack: &back))
        #expect(back.isEmpty)
    }

    /// A write that fails part-way drops its feed: the maker stops and lets go of the rows (and all
    /// they hold) before the writer goes on, rather than making the rest of a million rows or waiting
    /// for ever for room to put them.
    @Test func anAbandonedFeedStopsItsMaker() {
        final class Counter: @unchecked Sendable {
            private let lock = NSLock()
            private var count = 0
            func add() { lock.withLock { count += 1 } }
            var value: Int { lock.withLock { count } }
        }
        let made = Counter()
        weak var heldByTheRows: Counter?
        do {
            let held = Counter()
            heldByTheRows = held
            let rows = SheetRows(count: 1_000_000) { index in
                held.add()
                made.add()
                return Self.row(index)
            }
            let feed = RowFeed(rows: rows, range: 0..<1_000_000, columns: Self.columns)
            for _ in 0..<10 { _ = feed.nextRow() }
        }
        #expect(heldByTheRows == nil)
        #expect(made.value <= (RowFeed.queuedChunks + 2) * RowFeed.chunkSize)
    }
}
