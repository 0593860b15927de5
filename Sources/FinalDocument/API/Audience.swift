/// Who the document is for. Public is the default everywhere: confidential findings and people reach
/// only an internal document, and every page of that one says so.
public enum Audience: Sendable {
    case `public`
    case `internal`

    /// The marking an internal document carries on every page.
    public static let internalMarking = "INTERNAL — NOT FOR PUBLICATION"
}
