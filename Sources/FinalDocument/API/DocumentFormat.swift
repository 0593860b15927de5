/// The formats the Final Document is written in; each has its own template in `Templates/`.
public enum DocumentFormat: String, Sendable, CaseIterable {
    case markdown = "md"
    case html

    /// The output file in `Reports/YEAR/`.
    public var fileName: String { "final-document.\(rawValue)" }

    /// The template, `Templates/final-document.md.mustache` or `...html.mustache`.
    public var templateName: String { "final-document.\(rawValue)" }
}
