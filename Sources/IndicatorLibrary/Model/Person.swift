/// Someone named by a finding: a prosecuted activist, a victim to rehabilitate.
package struct Person: Sendable, Hashable {
    package let name: Located<String>
    /// True: the name never reaches a public output; only `--internal` ones.
    package let confidential: Located<Bool>
    /// Other spellings of the name (another script, another romanisation, a short form): each is
    /// protected as the name is.
    package let also: [Located<String>]
    package let location: SourceLocation

    init(name: Located<String>, confidential: Located<Bool>, also: [Located<String>] = [],
                location: SourceLocation) {
        self.name = name
        self.confidential = confidential
        self.also = also
        self.location = location
    }
}
