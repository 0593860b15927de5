/// Where a value was written: the file as the user named it, and the 1-based line and column.
///
/// Every value loaded from the library carries one, so that any later stage (checker, document,
/// workbook, diff) can send the user back to the exact place to fix.
public struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let file: String
    /// 1-based; 0 when the problem concerns the file or folder as a whole.
    public let line: Int
    /// 1-based, counted in Unicode scalars as libyaml counts them; 0 with `line` 0.
    public let column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// A location for a whole file or folder (missing, unreadable, misnamed).
    public static func file(_ path: String) -> SourceLocation {
        SourceLocation(file: path, line: 0, column: 0)
    }

    /// The first character of a file, for a problem with its content as a whole (empty, no document):
    /// the file exists, so the editor is sent to it.
    public static func start(of path: String) -> SourceLocation {
        SourceLocation(file: path, line: 1, column: 1)
    }

    /// `path:line:col`, or just `path` for a whole-file location: the compiler convention editors understand.
    public var description: String {
        line > 0 ? "\(file):\(line):\(column)" : file
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
    }
}
