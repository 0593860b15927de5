/// Someone named by a finding: a prosecuted activist, a victim to rehabilitate.
public struct Person: Sendable, Hashable {
    public let name: Located<String>
    /// True: the name never reaches a public output; only `--internal` ones.
    public let confidential: Located<Bool>
    public let location: SourceLocation

    public init(name: Located<String>, confidential: Located<Bool>, location: SourceLocation) {
        self.name = name
        self.confidential = confidential
        self.location = location
    }
}
