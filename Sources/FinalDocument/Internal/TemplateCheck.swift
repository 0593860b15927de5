import IndicatorLibrary

/// Reads a template's tags before it is used, because Mustache forgives silently: a misspelt
/// `{{plce}}` renders as nothing and a missing partial as an empty string, and the secretariat would
/// publish a document with a hole in it. Each unknown name is an error at its line and column.
struct TemplateCheck {
    let file: String
    let text: String
    let partials: Set<String>

    /// The transforms of swift-mustache, usable as `{{ uppercased(event) }}`.
    static let transforms: Set<String> = [
        "empty", "capitalized", "lowercased", "uppercased", "reversed", "first", "last", "count", "sorted",
        "enumerated", "equalzero", "plusone", "minusone", "even", "odd",
    ]

    /// A `{{> name}}` tag, where it stands.
    struct Inclusion {
        let name: String
        let line: Int
        let column: Int
    }

    func run() -> (errors: [TemplateError], inclusions: [Inclusion]) {
        var errors: [TemplateError] = []
        var inclusions: [Inclusion] = []
        var searchFrom = text.startIndex
        while let open = text.range(of: "{{", range: searchFrom..<text.endIndex) {
            let triple = text[open.upperBound...].hasPrefix("{")
            let closer = triple ? "}}}" : "}}"
            let contentStart = triple ? text.index(after: open.upperBound) : open.upperBound
            guard let close = text.range(of: closer, range: contentStart..<text.endIndex) else { break }
            let tag = text[contentStart..<close.lowerBound].trimmingCharacters(in: .whitespaces)
            searchFrom = close.upperBound
            if tag.hasPrefix("=") { break }
            let (line, column) = position(of: open.lowerBound)
            if let problem = problem(in: tag) {
                errors.append(TemplateError(file: file, line: line, column: column, message: problem))
            } else if tag.hasPrefix(">") || tag.hasPrefix("<") {
                let name = tag.dropFirst().trimmingCharacters(in: .whitespaces)
                inclusions.append(Inclusion(name: name, line: line, column: column))
            }
        }
        return (errors, inclusions)
    }

    private func problem(in tag: String) -> String? {
        guard let sigil = tag.first else { return "an empty tag '{{}}'" }
        let rest = String(tag.dropFirst()).trimmingCharacters(in: .whitespaces)
        switch sigil {
        case "!", "%", "/", "$": return nil
        case ">", "<":
            guard !partials.contains(rest) else { return nil }
            return "no template '\(rest).mustache' for the partial '{{\(sigil) \(rest)}}'"
                + Suggestion.hint(for: rest, among: partials)
        case "#", "^", "&": return problem(withName: rest)
        default: return problem(withName: tag)
        }
    }

    private func problem(withName expression: String) -> String? {
        var name = Substring(expression)
        if let open = name.firstIndex(of: "("), name.hasSuffix(")") {
            let transform = String(name[..<open]).trimmingCharacters(in: .whitespaces)
            name = name[name.index(after: open)..<name.index(before: name.endIndex)]
            if !Self.transforms.contains(transform) {
                return "unknown transform '\(transform)'" + Suggestion.hint(for: transform, among: Self.transforms)
                    + "; the template engine knows: " + Self.transforms.sorted().joined(separator: ", ")
            }
        }
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        guard trimmed != "." else { return nil }
        for component in trimmed.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        where !DocumentView.fieldNames.contains(component) {
            return "unknown field '\(component)'" + Suggestion.hint(for: component, among: DocumentView.fieldNames)
                + "; Templates/README.md lists the fields a template can use"
        }
        return nil
    }

    private func position(of index: String.Index) -> (line: Int, column: Int) {
        var line = 1
        var lineStart = text.startIndex
        for position in text[..<index].indices where text[position] == "\n" {
            line += 1
            lineStart = text.index(after: position)
        }
        return (line, text.distance(from: lineStart, to: index) + 1)
    }
}
