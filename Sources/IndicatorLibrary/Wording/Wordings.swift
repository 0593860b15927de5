/// The languages the tool can print: one `Wording` per strings file built into it
/// (Templates/strings/), read once.
package enum Wordings {
    /// Every built-in strings file read, with what reading them reported (nothing, as a test checks).
    private static let loaded: (wordings: [String: Wording], diagnostics: [Diagnostic]) = {
        let bag = DiagnosticBag()
        var wordings: [String: Wording] = [:]
        for file in BuiltInWording.files {
            let path = "Templates/strings/\(file.name)"
            guard let wording = WordingLoader(bag: bag).wording(file.text, file: path) else { continue }
            let expected = String(file.name.dropLast(".yaml".count))
            if wording.language != expected {
                bag.error("this strings file says language '\(wording.language)' but is named \(file.name)",
                          at: .file(path))
                continue
            }
            wordings[wording.language] = wording
        }
        return (wordings, Diagnostic.sorted(bag.diagnostics))
    }()

    /// The words of `language`, if the tool has its strings file.
    package static func builtIn(_ language: String) -> Wording? { loaded.wordings[language] }

    /// The languages the tool can print, in code order.
    package static var languages: [String] { loaded.wordings.keys.sorted() }

    /// What reading the built-in strings files reported: empty unless one was edited into a mistake.
    package static var problems: [Diagnostic] { loaded.diagnostics }

    /// Reads a strings file given as text (a test's, or another folder's), with its diagnostics.
    package static func read(_ text: String, file: String) -> (wording: Wording?, diagnostics: [Diagnostic]) {
        let bag = DiagnosticBag()
        let wording = WordingLoader(bag: bag).wording(text, file: file)
        return (bag.diagnostics.contains { $0.severity == .error } ? nil : wording, Diagnostic.sorted(bag.diagnostics))
    }
}
