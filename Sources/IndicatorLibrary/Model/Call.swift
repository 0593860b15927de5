/// One "and call upon:" item: who is called upon, and to do what.
public struct Call: Sendable, Hashable {
    public let to: Located<LocalizedText>
    public let text: Located<LocalizedText>
    public let location: SourceLocation

    init(to: Located<LocalizedText>, text: Located<LocalizedText>, location: SourceLocation) {
        self.to = to
        self.text = text
        self.location = location
    }
}
