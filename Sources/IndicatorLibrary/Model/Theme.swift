/// A theme of the indicator taxonomy (freedom of association, forced labour, ...).
package struct Theme: Sendable, Hashable {
    package let id: Located<String>
    package let title: Located<LocalizedText>
    package let location: SourceLocation

    init(id: Located<String>, title: Located<LocalizedText>, location: SourceLocation) {
        self.id = id
        self.title = title
        self.location = location
    }
}
