import IndicatorLibrary

/// One page of the site, not yet rendered: its path under the site's folder (`countries/KZ.html`),
/// and what writes it. A country page of a large library is tens of megabytes of HTML; written
/// straight to its file (`write(into:)`), page after page, the site never holds more than one page's
/// rows at once, nor any page whole.
public struct SitePage: Sendable {
    public let path: String
    /// The path without its language and extension (`countries/KZ`), for the frame's links.
    let name: String
    let title: String
    let site: SiteContext
    let body: Body

    /// What the page shows.
    enum Body: Sendable {
        case index
        case country(String)
        case edition(Edition)
    }

    /// The page, framed (head, style, navigation, footer), written into `out` as it is made.
    public func write<Out: TextOutputStream>(into out: inout Out) {
        site.frame(title: title, name: name, into: &out) { out in
            switch body {
            case .index: IndexPage(site: site).write(into: &out)
            case let .country(code): CountryPage(site: site, country: code).write(into: &out)
            case let .edition(edition): EditionPage(site: site, edition: edition).write(into: &out)
            }
        }
    }

    /// The whole page as one text: for a reader of a small site, and the tests.
    public var text: String {
        var text = ""
        write(into: &text)
        return text
    }
}
