/// The status of a country and an instrument in a given year, as derived from the recorded facts.
///
/// `unknown` is a status of its own: no output may show it as "not ratified".
package enum RatificationStatus: String, Sendable, Hashable, CaseIterable {
    case ratified
    case notRatified = "not-ratified"
    case denounced
    case unknown

    /// Whether the status says something about the world (as opposed to our knowledge of it).
    package var isKnown: Bool { self != .unknown }
}
