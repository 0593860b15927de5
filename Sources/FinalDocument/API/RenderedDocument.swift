/// One rendered output, not yet written: rendering all of them before writing any means a template
/// error never leaves a half-updated `Reports/YEAR/`.
public struct RenderedDocument: Sendable {
    public let format: DocumentFormat
    /// The language it is written in.
    public let language: String
    /// Whether it is in the edition's first language, whose files keep the plain names.
    public let isFirstLanguage: Bool
    public let text: String

    /// `final-document.md` in the first language, `final-document.ru.md` in another.
    public var fileName: String { format.fileName(language: isFirstLanguage ? nil : language) }
}
