/// An editor's word that a name in a file's texts, which looks like a confidential person's surname,
/// is somebody else: `acknowledged:` in a country file or `meeting.yaml`. `check` lists every one.
package struct Acknowledgement: Sendable, Hashable {
    /// The name as the text writes it (`Elshimbayev`, `Askar Elshimbayev`).
    package let name: Located<String>
    /// Who checked, and why it is another person.
    package let reason: Located<String>
    package let location: SourceLocation

    init(name: Located<String>, reason: Located<String>, location: SourceLocation) {
        self.name = name
        self.reason = reason
        self.location = location
    }
}
