import Foundation
import IndicatorLibrary
import Testing
@testable import IndicatorWorkbook
@testable import XLSXWriter

/// A large sheet's rows are made, and turned into libxlsxwriter's calls, on another core while the
/// writer writes the rows before them; the writer must see exactly the calls, in the order and with
/// the heights, it would have made itself.
@Suite struct RowFeedTests {
    static let columns: [SheetTable.Column] = [
        .init(header: "Id", width: 10),
        .init(header: "Summary", width: 12, wraps: true),
    ]

    /// Row `index`: its number, and a summary that wraps to `index % 5 + 1` lines of the 12-wide column.
    static func row(_ index: Int) -> [SheetCell] {
        [.text("row \(index)"), .text(String(repeating: "eleven char", count: index % 5 + 1))]
    }

    static let encoder = RowEncoder(sheetName: "Rows", columns: columns, linksPerSheet: 10,
                                    fallbackLocation: .file("rows.yaml"))

    /// The rows as the recorded calls write them from sheet row 0: each row's texts, and its lines
    /// (from the height set for it, 1 when none is).
    static func drain(_ feed: RowFeed) -> [(texts: [String], lines: Int)] {
        var rows: [(texts: [String], lines: Int)] = []
        var recorder = CellRecorder { calls in
            for (call, text) in calls.recorded {
                while rows.count <= call.row { rows.append(([], 1)) }
                switch call.kind {
                case .text: rows[call.row].texts.append(text)
                case .rowHeight: rows[call.row].lines = Int(call.number / 15)
                default: Issue.record("unexpected \(call.kind) in row \(call.row)")
                }
            }
            return true
        }
        _ = feed.record(into: &recorder)
        recorder.flush()
        return rows
    }

    static func feed(_ rows: SheetRows, _ range: Range<Int>) -> RowFeed {
        RowFeed(rows: rows, range: range, columns: columns, firstRow: 0, encoder: encoder)
    }

    @Test(arguments: [0..<10_000, 3..<2_051, 17..<9_001])
    func rowsMadeAheadAreTheRowsInOrder(range: Range<Int>) {
        let rows = SheetRows(count: 10_000) { Self.row($0) }
        #expect(Self.feed(rows, range).goesAhead)
        let fed = Self.drain(Self.feed(rows, range))
        #expect(fed.count == range.count)
        #expect(fed.map(\.texts) == range.map { Self.row($0).map(\.shownText) })
        #expect(fed.map(\.lines) == range.map { $0 % 5 + 1 })
    }

    /// A wrapped cell's lines: its scalars (not bytes) over the column's width less one, each line
    /// break starting a new line; a short text, or an empty one, takes one.
    @Test(arguments: [
        ("", 1), ("eleven char", 1), ("eleven chars", 2), ("ten chars\nten chars", 2), ("a\n\nb", 3),
        (String(repeating: "ж", count: 11), 1), (String(repeating: "ж", count: 12), 2),
        (String(repeating: "ж", count: 23), 3), (String(repeating: "x", count: 12) + "\n" + "short", 3),
    ])
    func aWrappedCellTakesALinePerWidthOfScalars(text: String, lines: Int) {
        #expect(TableWriter.lines(text, width: 12) == lines)
    }

    /// Scalars are counted eight bytes at a time: a character of two, three or four bytes may
    /// straddle the boundary, and the last bytes are counted one by one.
    @Test(arguments: [7, 8, 9, 31, 64, 100, 1_000])
    func scalarsAreCountedWhereverTheyFall(length: Int) {
        let pieces = ["a", "ж", "€", "🇰🇿", "ә", " "]
        var text = String((0..<length).map { pieces[$0 * 7 % pieces.count] }.joined().unicodeScalars.prefix(length))
        let expected = text.unicodeScalars.count
        #expect(text.withUTF8 { TableWriter.scalarCount($0) } == expected)
        #expect(TableWriter.lines(text, width: 12) == max(1, (expected + 10) / 11))
    }

    @Test func shortPartsAndBuiltRowsAreReadInLine() {
        let built = SheetRows(built: (0..<3_000).map(Self.row))
        #expect(!Self.feed(built, 0..<3_000).goesAhead)
        #expect(Self.drain(Self.feed(built, 0..<3_000)).map(\.lines)
            == (0..<3_000).map { $0 % 5 + 1 })
        let made = SheetRows(count: 100) { Self.row($0) }
        #expect(!Self.feed(made, 10..<20).goesAhead)
        #expect(Self.drain(Self.feed(made, 10..<20)).map(\.texts.first)
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
        let fed = Self.drain(Self.feed(resolved, 0..<3_000))
        #expect(fed.map(\.texts) == (0..<3_000).map { Self.row($0).map(\.shownText) })
    }

    /// Once the sheet has stopped (on a refused cell), the feed makes no more rows than the chunk it
    /// was making: a million rows are not made for nothing.
    @Test func aStoppedSheetStopsTheFeed() {
        final class Counter: @unchecked Sendable {
            var count = 0
        }
        let made = Counter()
        let rows = SheetRows(count: 1_000_000) { index in
            made.count += 1
            return Self.row(index)
        }
        var recorder = CellRecorder { _ in false }
        _ = Self.feed(rows, 0..<1_000_000).record(into: &recorder)
        let stopped = recorder.isStopped
        #expect(stopped)
        #expect(made.count <= 2 * RowFeed.chunkSize + CellRecorder.callsPerDelivery)
    }
}

extension RecordedCalls {
    /// The calls recorded, each with its text.
    var recorded: [(call: Call, text: String)] {
        calls.map { call in
            let text = bytes[call.text...].prefix { $0 != 0 }
            return (call, String(decoding: text, as: UTF8.self))
        }
    }
}
