import Foundation

/// One page of the site, rendered, not yet written: its path under the site's folder
/// (`countries/KZ.html`) and its bytes.
public struct SitePage: Sendable {
    public let path: String
    public let data: Data
}
