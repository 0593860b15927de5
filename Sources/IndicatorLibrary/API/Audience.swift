/// Who an output is for. Public is the default everywhere: confidential findings and people reach
/// only an internal output, and every page or sheet of that one says so.
///
/// The rule lives beside the model so that the document and the workbook leave out the same things.
public enum Audience: String, Sendable {
    case `public`
    case `internal`

    /// Whether the finding may appear at all.
    package func shows(_ finding: Finding) -> Bool {
        self == .internal || !finding.confidential.value
    }

    /// Whether the person may be named.
    package func shows(_ person: Person) -> Bool {
        self == .internal || !person.confidential.value
    }
}
