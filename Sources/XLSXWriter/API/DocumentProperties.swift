import Foundation

/// The workbook's document properties. `created` is written as given, never taken from the clock, so
/// that the same data gives the same bytes.
public struct DocumentProperties: Sendable {
    public var title: String
    public var subject: String
    public var author: String
    public var keywords: String?
    public var comments: String?
    public var created: Date

    public init(title: String, subject: String, author: String, keywords: String? = nil, comments: String? = nil,
                created: Date) {
        self.title = title
        self.subject = subject
        self.author = author
        self.keywords = keywords
        self.comments = comments
        self.created = created
    }
}
