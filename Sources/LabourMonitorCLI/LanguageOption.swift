import ArgumentParser
import IndicatorLibrary

/// `--language ru`: write one of the edition's languages only.
struct LanguageOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "Write this language only, one of the edition's 'languages' (default: every one; the first keeps the "
            + "plain file names, each other adds its code: final-document.ru.md).", valueName: "code"))
    var language: String?

    func validate() throws {
        if let language, !LocalizedText.isLanguageCode(language) {
            throw ValidationError("--language takes an ISO 639 code such as en or ru, not '\(language)'")
        }
    }

    var languages: [String]? { language.map { [$0] } }
}
