/// One rendered output, not yet written: rendering all of them before writing any means a template
/// error never leaves a half-updated `Reports/YEAR/`.
public struct RenderedDocument: Sendable {
    public let format: DocumentFormat
    public let text: String

    public var fileName: String { format.fileName }
}
