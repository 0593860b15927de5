import Foundation

/// One rendered output, not yet written: rendering all of them before writing any means a template
/// error never leaves a half-updated `Reports/YEAR/`.
public struct RenderedDocument: Sendable {
    public let format: DocumentFormat
    /// The language it is written in.
    public let language: String
    /// Whether it is in the edition's first language, whose files keep the plain names.
    public let isFirstLanguage: Bool
    /// The file's bytes: UTF-8 text, or a .docx package.
    public let data: Data
    /// The country of a one-country extract.
    public let country: String?

    /// The text of a Markdown or HTML document (a package's bytes read as UTF-8 for a .docx).
    public var text: String { String(decoding: data, as: UTF8.self) }

    /// `final-document.md` in the first language, `final-document.ru.md` in another.
    public var fileName: String { format.fileName(language: isFirstLanguage ? nil : language, country: country) }
}
