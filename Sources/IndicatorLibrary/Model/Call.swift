/// One "and call upon:" item: who is called upon, and to do what.
package struct Call: Sendable, Hashable {
    package let to: Located<LocalizedText>
    package let text: Located<LocalizedText>
    package let location: SourceLocation

    init(to: Located<LocalizedText>, text: Located<LocalizedText>, location: SourceLocation) {
        self.to = to
        self.text = text
        self.location = location
    }
}
