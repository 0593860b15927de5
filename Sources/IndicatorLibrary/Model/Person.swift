/// Someone named by a finding: a prosecuted activist, a victim to rehabilitate.
package struct Person: Sendable, Hashable {
    /// The name in the default language.
    package let name: Located<String>
    /// The name in the languages other than the default it is written in (`name: {en: Erzhan
    /// Elshimbayev, ru: Ержан Елшимбаев}`). Kept apart from `name`, empty for almost every person:
    /// a large library holds people by the hundred thousand, and each byte here counts once per person.
    private let translations: [(language: String, text: String)]
    /// True: the name never reaches a public output; only `--internal` ones.
    package let confidential: Located<Bool>
    /// Other spellings of the name (another script, another romanisation, a short form), its
    /// translations among them: each is protected as the name is.
    package let also: [Located<String>]
    package let location: SourceLocation

    init(name: Located<String>, localizedName: LocalizedText? = nil, confidential: Located<Bool>,
         also: [Located<String>] = [], location: SourceLocation) {
        self.name = name
        translations = localizedName?.translations.filter { $0.language != LocalizedText.defaultLanguage } ?? []
        self.confidential = confidential
        self.also = also
        self.location = location
    }

    /// The name in each language it is written in, for a document in that language.
    package var localizedName: LocalizedText {
        translations.isEmpty ? LocalizedText(name.value)
            : LocalizedText(translations: [(LocalizedText.defaultLanguage, name.value)] + translations)
    }

    package static func == (lhs: Person, rhs: Person) -> Bool {
        lhs.name == rhs.name && lhs.confidential == rhs.confidential && lhs.also == rhs.also
            && lhs.location == rhs.location && lhs.localizedName == rhs.localizedName
    }

    package func hash(into hasher: inout Hasher) {
        hasher.combine(name)
        hasher.combine(confidential)
        hasher.combine(also)
        hasher.combine(location)
    }
}
