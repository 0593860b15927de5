/// An edition whose meeting still has fields left empty for the secretariat (a skeleton made by
/// `carry-forward`): it can be checked and compared, not published.
public struct UnfinishedEdition: Error, Sendable, CustomStringConvertible {
    public let year: Int
    public let unfilled: [Located<String>]

    public var description: String {
        unfilled.map { field in
            "\(field.location): error: '\(field.value)' of the \(year) meeting is not filled in yet; fill it in "
                + "before making the edition's documents"
        }.joined(separator: "\n")
    }
}

extension Edition {
    /// Throws when the meeting has fields left to fill in: documents would print placeholders.
    public func requireFinished() throws(UnfinishedEdition) {
        guard meeting.unfilled.isEmpty else { throw UnfinishedEdition(year: year, unfilled: meeting.unfilled) }
    }
}
