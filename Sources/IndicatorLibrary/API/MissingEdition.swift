/// A command asked for an edition the library does not hold: says which ones it does.
public struct MissingEdition: Error, Sendable, CustomStringConvertible {
    public let year: Int
    public let available: [Int]
    /// The library folder, as the user named it.
    public let data: String

    public var description: String {
        let held = available.isEmpty ? "none" : available.map(String.init).joined(separator: ", ")
        return "\(data): error: the library has no edition \(year) (no folder \(data)/\(year)/); editions held: \(held)"
    }
}

extension Library {
    /// The edition of `year`, or the error that names the editions held; `data` is the folder as
    /// the user named it.
    public func edition(_ year: Int, in data: String) throws(MissingEdition) -> Edition {
        guard let edition = edition(year) else {
            throw MissingEdition(year: year, available: editions.map(\.year), data: data)
        }
        return edition
    }
}

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
