/// The three presentations of one comparison.
public enum ChangesFormat: String, Sendable, CaseIterable {
    /// For a terminal: colour when it is one.
    case text
    /// A document beside the Final Document: `Reports/TO/changes-FROM-TO.md`.
    case markdown
    /// For other tools; the schema is `docs/changes-json.md`, versioned.
    case json

    /// `changes-2019-2021.md` (`.txt`, `.json`); with a country, `changes-2019-2021-KZ.md`; in a
    /// language other than the later edition's first, `changes-2019-2021.ru.md`.
    public func fileName(from: Int, to: Int, country: String? = nil, language: String? = nil) -> String {
        "changes-\(from)-\(to)\(country.map { "-\($0)" } ?? "")\(language.map { ".\($0)" } ?? "").\(fileExtension)"
    }

    public var fileExtension: String {
        switch self {
        case .text: "txt"
        case .markdown: "md"
        case .json: "json"
        }
    }
}
