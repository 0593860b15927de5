/// A text field: either one string (in the default language) or a map of language code to text.
///
/// Documents are published in more than one language (the 2023 migration agreement was signed in
/// Russian and English, both authentic), so every text may carry translations from day one.
package struct LocalizedText: Sendable, Hashable {
    /// English: the language a plain string is taken to be in, and the fallback for any other.
    package static let defaultLanguage = "en"

    /// Almost every text is one string in the default language: kept as that string alone, with no
    /// list allocated beside it (a list per text was a tenth of a large library's memory).
    private enum Storage: Sendable {
        case plain(String)
        case translated([(language: String, text: String)])
    }

    private let storage: Storage

    /// Language code to text, in the order written.
    package var translations: [(language: String, text: String)] {
        switch storage {
        case let .plain(text): return [(Self.defaultLanguage, text)]
        case let .translated(translations): return translations
        }
    }

    package init(_ text: String) {
        storage = .plain(text)
    }

    package init(translations: [(language: String, text: String)]) {
        if translations.count == 1, translations[0].language == Self.defaultLanguage {
            storage = .plain(translations[0].text)
        } else {
            storage = .translated(translations)
        }
    }

    /// The text in `language`, else in the default language, else the first written.
    package func text(in language: String = LocalizedText.defaultLanguage) -> String {
        switch storage {
        case let .plain(text):
            return text
        case let .translated(translations):
            if let match = translations.first(where: { $0.language == language }) { return match.text }
            if let english = translations.first(where: { $0.language == Self.defaultLanguage }) { return english.text }
            return translations.first?.text ?? ""
        }
    }

    /// Each translation's text, in the order written, without making the list of `translations`.
    func forEachTranslation(_ body: (String) -> Void) {
        switch storage {
        case let .plain(text): body(text)
        case let .translated(translations): for translation in translations { body(translation.text) }
        }
    }

    /// A language code as the library writes it: two or three lower-case letters (ISO 639: en, ru, kk).
    package static func isLanguageCode(_ text: String) -> Bool {
        (2...3).contains(text.count) && text.allSatisfy { $0.isASCII && $0.isLowercase }
    }

    /// The text in the default language.
    package var text: String { text(in: Self.defaultLanguage) }

    /// Whether the text is written in more than the default language (or only in another).
    package var isTranslated: Bool {
        if case .plain = storage { return false }
        return true
    }

    /// Whether the text is written in `language`, without making the list of `translations`.
    package func has(_ language: String) -> Bool {
        switch storage {
        case .plain: return language == Self.defaultLanguage
        case let .translated(translations): return translations.contains { $0.language == language }
        }
    }

    package var languages: [String] { translations.map(\.language) }

    package static func == (lhs: LocalizedText, rhs: LocalizedText) -> Bool {
        if case let .plain(left) = lhs.storage, case let .plain(right) = rhs.storage { return left == right }
        return lhs.translations.elementsEqual(rhs.translations) { $0.language == $1.language && $0.text == $1.text }
    }

    package func hash(into hasher: inout Hasher) {
        for (language, text) in translations {
            hasher.combine(language)
            hasher.combine(text)
        }
    }
}
