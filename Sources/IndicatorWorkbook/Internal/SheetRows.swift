internal import Parallelism

/// A table's rows: written out as built, or made one at a time as the writer reaches them.
///
/// The large sheets (a row per finding, per recommendation, per change) are made row by row, so that
/// with libxlsxwriter writing each row to disk as it goes, a million findings never stand in memory
/// as cells all at once.
struct SheetRows: Sendable {
    private enum Source: Sendable {
        case built([[SheetCell]])
        case made(count: Int, make: @Sendable (Int) -> [SheetCell])
        case later(Background<SheetRows>)
    }

    private let source: Source

    init(built rows: [[SheetCell]] = []) {
        source = .built(rows)
    }

    /// `count` rows, row `index` made by `make(index)` when it is written.
    init(count: Int, _ make: @escaping @Sendable (Int) -> [SheetCell]) {
        source = .made(count: count, make: make)
    }

    /// Rows that `make` starts making now on another core, while the sheets before them are
    /// written; whoever reads them first waits until they are made.
    init(inBackground make: @escaping @Sendable () -> SheetRows) {
        source = .later(Background(make))
    }

    /// The rows themselves, waited for if they are still being made in the background: a writer
    /// resolves them once rather than at every row.
    var resolved: SheetRows {
        if case let .later(background) = source { return background.value.resolved }
        return self
    }

    var count: Int {
        switch source {
        case let .built(rows): return rows.count
        case let .made(count, _): return count
        case let .later(background): return background.value.count
        }
    }

    var isEmpty: Bool { count == 0 }

    /// Whether the rows are made as they are reached (and so worth making ahead on another core).
    var isMade: Bool {
        switch source {
        case .built: return false
        case .made: return true
        case let .later(background): return background.value.isMade
        }
    }

    subscript(index: Int) -> [SheetCell] {
        switch source {
        case let .built(rows): return rows[index]
        case let .made(_, make): return make(index)
        case let .later(background): return background.value[index]
        }
    }

    /// The rows of `first`, then those of `second`.
    static func + (first: SheetRows, second: SheetRows) -> SheetRows {
        SheetRows(count: first.count + second.count) { index in
            index < first.count ? first[index] : second[index - first.count]
        }
    }
}
