/// One block of the document's situation section, in document order.
package enum NarrativeBlock: Sendable {
    /// A regional paragraph written in `meeting.yaml`.
    case text(Located<LocalizedText>)
    /// Expands to that country's `situation`.
    case country(Located<String>)
}
