import Foundation

/// Where a value was written: the file as the user named it, and the 1-based line and column.
///
/// Every value loaded from the library carries one, so that any later stage (checker, document,
/// workbook, diff) can send the user back to the exact place to fix. A library of a million findings
/// holds tens of millions of them: the file is kept as a number into a table of the names met, so a
/// location is twelve bytes of plain values, copied without touching a reference count.
public struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
    private let fileNumber: UInt32
    private let storedLine: UInt32
    private let storedColumn: UInt32

    public var file: String { FileNames.shared.name(fileNumber) }
    /// 1-based; 0 when the problem concerns the file or folder as a whole.
    public var line: Int { Int(storedLine) }
    /// 1-based, counted in Unicode scalars as libyaml counts them; 0 with `line` 0.
    public var column: Int { Int(storedColumn) }

    package init(file: String, line: Int, column: Int) {
        self.init(file: FileNames.shared.number(file), line: line, column: column)
    }

    /// For a reader that makes many locations in one file: the name is looked up once.
    init(file: UInt32, line: Int, column: Int) {
        fileNumber = file
        storedLine = UInt32(clamping: line)
        storedColumn = UInt32(clamping: column)
    }

    /// The number standing for `file` in locations made with `init(file:line:column:)`.
    static func number(of file: String) -> UInt32 {
        FileNames.shared.number(file)
    }

    /// A location for a whole file or folder (missing, unreadable, misnamed).
    package static func file(_ path: String) -> SourceLocation {
        SourceLocation(file: path, line: 0, column: 0)
    }

    /// The first character of a file, for a problem with its content as a whole (empty, no document):
    /// the file exists, so the editor is sent to it.
    package static func start(of path: String) -> SourceLocation {
        SourceLocation(file: path, line: 1, column: 1)
    }

    /// `path:line:col`, or just `path` for a whole-file location: the compiler convention editors understand.
    public var description: String {
        line > 0 ? "\(file):\(line):\(column)" : file
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        if lhs.fileNumber != rhs.fileNumber { return lhs.file < rhs.file }
        return (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}

/// The file names of locations, each given a number once for the life of the process. Names are
/// few (one per file read) and never forgotten, so a number always means the same name.
///
/// Every `location.file`, description and comparison of two files reads a name, on every core; a
/// lock taken by each of them serialised them. Names are stored in chunks that never move once
/// made, so reading one takes no lock: a number is handed out only after its name is stored, and
/// whoever holds a location received it through the synchronisation that passed it between
/// threads. Only adding a name takes the lock.
final class FileNames: @unchecked Sendable {
    static let shared = FileNames()

    private static let chunkSize = 1 << 12
    private static let chunkCount = 1 << 12

    private let lock = NSLock()
    // Under `lock`.
    private var numbers: [String: UInt32] = [:]
    private var count = 0
    /// `chunkCount` slots, each nil until its chunk of `chunkSize` names is made.
    private let chunks: UnsafeMutablePointer<UnsafeMutablePointer<String>?>

    private init() {
        chunks = .allocate(capacity: Self.chunkCount)
        chunks.initialize(repeating: nil, count: Self.chunkCount)
    }

    func number(_ name: String) -> UInt32 {
        lock.lock()
        defer { lock.unlock() }
        if let number = numbers[name] { return number }
        let (chunk, slot) = count.quotientAndRemainder(dividingBy: Self.chunkSize)
        guard chunk < Self.chunkCount else { preconditionFailure("more than \(Self.chunkSize * Self.chunkCount) files") }
        if chunks[chunk] == nil { chunks[chunk] = .allocate(capacity: Self.chunkSize) }
        chunks[chunk]?.advanced(by: slot).initialize(to: name)
        let number = UInt32(count)
        count += 1
        numbers[name] = number
        return number
    }

    func name(_ number: UInt32) -> String {
        let (chunk, slot) = Int(number).quotientAndRemainder(dividingBy: Self.chunkSize)
        guard let names = chunks[chunk] else { preconditionFailure("file number \(number) was never given") }
        return names[slot]
    }
}
