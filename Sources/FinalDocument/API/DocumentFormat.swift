/// The formats the Final Document is written in; each has its own template in `Templates/`.
public enum DocumentFormat: String, Sendable, CaseIterable {
    case markdown = "md"
    case html

    /// The output file in `Reports/YEAR/`, in the edition's first language.
    public var fileName: String { fileName(language: nil) }

    /// The output file in `Reports/YEAR/`: `final-document.md`, and `final-document.ru.md` for a
    /// language other than the edition's first.
    public func fileName(language: String?) -> String {
        "final-document.\(language.map { "\($0)." } ?? "")\(rawValue)"
    }

    /// The template, `Templates/final-document.md.mustache` or `...html.mustache`.
    public var templateName: String { "final-document.\(rawValue)" }
}
