/// A PDF that could not be made or read: the program missing (with the Debian package that has it),
/// or what it said when it failed.
public struct PDFEngineError: Error, CustomStringConvertible, Sendable {
    public let message: String

    public init(_ message: String) {
        self.message = message
    }

    public var description: String { "error: \(message)" }
}
