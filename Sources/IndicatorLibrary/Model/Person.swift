/// Someone named by a finding: a prosecuted activist, a victim to rehabilitate.
package struct Person: Sendable, Hashable {
    /// The name in the default language.
    package let name: Located<String>
    /// The name in each language it is written in (`name: {en: Erzhan Elshimbayev, ru: Ержан
    /// Елшимбаев}`), for a document in that language.
    package let localizedName: LocalizedText
    /// True: the name never reaches a public output; only `--internal` ones.
    package let confidential: Located<Bool>
    /// Other spellings of the name (another script, another romanisation, a short form), its
    /// translations among them: each is protected as the name is.
    package let also: [Located<String>]
    package let location: SourceLocation

    init(name: Located<String>, localizedName: LocalizedText? = nil, confidential: Located<Bool>,
         also: [Located<String>] = [], location: SourceLocation) {
        self.name = name
        self.localizedName = localizedName ?? LocalizedText(name.value)
        self.confidential = confidential
        self.also = also
        self.location = location
    }
}
