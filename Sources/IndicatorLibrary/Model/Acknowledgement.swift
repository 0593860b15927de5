/// An editor's word that a name in a file's texts, which looks like a confidential person's surname,
/// is somebody else: `acknowledged:` in a country file or `meeting.yaml`. `check` lists every one.
public struct Acknowledgement: Sendable, Hashable {
    /// The name as the text writes it (`Elshimbayev`, `Askar Elshimbayev`).
    public let name: Located<String>
    /// Who checked, and why it is another person.
    public let reason: Located<String>
    public let location: SourceLocation

    init(name: Located<String>, reason: Located<String>, location: SourceLocation) {
        self.name = name
        self.reason = reason
        self.location = location
    }
}
