/// A step of writing a workbook that libxlsxwriter refused, with libxlsxwriter's own explanation
/// (`lxw_strerror`) and what was being done.
public struct XLSXError: Error, CustomStringConvertible, Sendable {
    /// What the program was doing ("writing cell B2 of 'Findings'").
    public let operation: String
    /// libxlsxwriter's text for the error, or this module's for a check made before calling it.
    public let message: String

    public init(operation: String, message: String) {
        self.operation = operation
        self.message = message
    }

    public var description: String { "\(operation): \(message)" }
}
