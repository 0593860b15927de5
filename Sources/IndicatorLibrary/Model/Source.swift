/// Where a finding was read: a document, a page, or both.
public struct Source: Sendable, Hashable {
    public let title: Located<LocalizedText>?
    public let url: Located<String>?
    public let location: SourceLocation

    init(title: Located<LocalizedText>?, url: Located<String>?, location: SourceLocation) {
        self.title = title
        self.url = url
        self.location = location
    }
}
