/// A command asked for an edition the library does not hold: says which ones it does.
public struct MissingEdition: Error, Sendable, CustomStringConvertible {
    public let year: Int
    public let available: [Int]
    /// The library folder, as the user named it.
    package let data: String

    public var description: String {
        let held = available.isEmpty ? "none" : available.map(String.init).joined(separator: ", ")
        return "\(data): error: the library has no edition \(year) (no folder \(data)/\(year)/); editions held: \(held)"
    }
}

extension Library {
    /// The edition of `year`, or the error that names the editions held; `data` is the folder as
    /// the user named it.
    package func edition(_ year: Int, in data: String) throws(MissingEdition) -> Edition {
        guard let edition = edition(year) else {
            throw MissingEdition(year: year, available: editions.map(\.year), data: data)
        }
        return edition
    }
}
