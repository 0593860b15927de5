internal import DOCXWriter

/// A template that cannot be used, located in its file so that whoever edited it can fix it.
public struct TemplateError: Error, CustomStringConvertible, Sendable {
    /// The template file as the user named it (`Templates/final-document.html.mustache`).
    public let file: String
    /// 1-based; nil when the problem is the file as a whole.
    public let line: Int?
    public let column: Int?
    public let message: String

    public init(file: String, line: Int? = nil, column: Int? = nil, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String {
        switch (line, column) {
        case let (line?, column?): return "\(file):\(line):\(column): error: \(message)"
        case let (line?, nil): return "\(file):\(line): error: \(message)"
        default: return "\(file): error: \(message)"
        }
    }
}

extension TemplateError {
    /// A reference document that cannot serve, in the file (and part) at fault.
    init(_ error: DOCXError) {
        self.init(file: error.file, message: error.part.map { "\($0): " + error.message } ?? error.message)
    }
}
