/// A country of the catalog: one that is monitored, or whose organisations take part.
package struct Country: Sendable, Hashable {
    /// ISO 3166-1 alpha-2, upper case; also the name of the edition's country file.
    package let code: Located<String>
    package let name: Located<LocalizedText>
    /// How the appeal block addresses the government ("the President and the Government of ...");
    /// absent for countries the mission does not appeal to. A year's country file may override it.
    package let addressee: Located<LocalizedText>?
    package let location: SourceLocation

    init(code: Located<String>, name: Located<LocalizedText>, addressee: Located<LocalizedText>?,
                location: SourceLocation) {
        self.code = code
        self.name = name
        self.addressee = addressee
        self.location = location
    }
}
