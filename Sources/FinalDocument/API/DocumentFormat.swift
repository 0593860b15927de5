/// The formats the Final Document is written in: Markdown and HTML each from its template in
/// `Templates/`, Word (.docx) laid out in Swift in the styles of `Templates/reference.docx`, and PDF,
/// which the PDF engine makes from the Word document (the renderer does not render it).
public enum DocumentFormat: String, Sendable, CaseIterable {
    case markdown = "md"
    case html
    case docx
    case pdf

    /// The output file in `Reports/YEAR/`, in the edition's first language.
    public var fileName: String { fileName(language: nil) }

    /// The output file in `Reports/YEAR/`: `final-document.md`, and `final-document.ru.md` for a
    /// language other than the edition's first.
    public func fileName(language: String?) -> String {
        fileName(language: language, country: nil)
    }

    /// `final-document-KZ.md` for Kazakhstan's extract (`final-document-KZ.ru.md` in Russian).
    public func fileName(language: String?, country: String?) -> String {
        "final-document\(country.map { "-\($0)" } ?? "").\(language.map { "\($0)." } ?? "")\(rawValue)"
    }

    /// The template, `Templates/final-document.md.mustache` or `...html.mustache`; nil for Word, whose
    /// look is the reference document's styles.
    public var templateName: String? {
        switch self {
        case .markdown, .html: "final-document.\(rawValue)"
        case .docx, .pdf: nil
        }
    }

    /// Whether the output is a package of parts (ZIP), read part by part by the output scan.
    public var isPackage: Bool { self == .docx }
}
