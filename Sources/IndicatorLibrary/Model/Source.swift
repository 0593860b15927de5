/// Where a finding was read: a document, a page, or both.
package struct Source: Sendable, Hashable {
    package let title: Located<LocalizedText>?
    package let url: Located<String>?
    package let location: SourceLocation

    init(title: Located<LocalizedText>?, url: Located<String>?, location: SourceLocation) {
        self.title = title
        self.url = url
        self.location = location
    }
}
