/// A country of the catalog: one that is monitored, or whose organisations take part.
public struct Country: Sendable, Hashable {
    /// ISO 3166-1 alpha-2, upper case; also the name of the edition's country file.
    public let code: Located<String>
    public let name: Located<LocalizedText>
    /// How the appeal block addresses the government ("the President and the Government of ...");
    /// absent for countries the mission does not appeal to. A year's country file may override it.
    public let addressee: Located<LocalizedText>?
    public let location: SourceLocation

    init(code: Located<String>, name: Located<LocalizedText>, addressee: Located<LocalizedText>?,
                location: SourceLocation) {
        self.code = code
        self.name = name
        self.addressee = addressee
        self.location = location
    }
}
