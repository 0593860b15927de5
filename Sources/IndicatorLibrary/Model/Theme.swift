/// A theme of the indicator taxonomy (freedom of association, forced labour, ...).
public struct Theme: Sendable, Hashable {
    public let id: Located<String>
    public let title: Located<LocalizedText>
    public let location: SourceLocation

    init(id: Located<String>, title: Located<LocalizedText>, location: SourceLocation) {
        self.id = id
        self.title = title
        self.location = location
    }
}
