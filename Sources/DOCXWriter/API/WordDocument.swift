/// A Word document to write: the body, and what every page's header and footer add to the reference
/// document's. The styles, numbering look, theme, fonts, page size and the letterhead come from the
/// reference document (`ReferenceDocument`), so that restyling the output is restyling a .docx in
/// Word or LibreOffice, not editing code.
public struct WordDocument: Sendable {
    public var body: [Paragraph] = []
    /// Paragraphs printed on every page after those of the reference's header.
    public var header: [Paragraph] = []
    /// Paragraphs printed on every page after those of the reference's footer.
    public var footer: [Paragraph] = []
    public var properties: CoreProperties
    private(set) var lists: [ListKind] = []

    public init(properties: CoreProperties) {
        self.properties = properties
    }

    /// A new list, numbered from 1 (each appeal's recommendations are one).
    public mutating func newList(_ kind: ListKind) -> ListID {
        lists.append(kind)
        return ListID(index: lists.count - 1, kind: kind)
    }

    public mutating func append(_ paragraph: Paragraph) {
        body.append(paragraph)
    }

    /// Every paragraph style the document names, in the order first used.
    var styleNames: [String] {
        var seen: Set<String> = []
        return (header + body + footer).map(\.style).filter { seen.insert($0).inserted }
    }
}

/// What the package says of itself (`docProps/core.xml`): Word's File → Properties. A fixed date, not
/// the time of writing, so that the same document is the same bytes.
public struct CoreProperties: Sendable, Equatable {
    public var title: String
    public var subject: String?
    public var creator: String?
    /// The language tag (`en`, `ru`).
    public var language: String?
    /// `YYYY-MM-DD`: the date the document is of.
    public var date: String?
    public var description: String?

    public init(title: String, subject: String? = nil, creator: String? = nil, language: String? = nil,
                date: String? = nil, description: String? = nil) {
        self.title = title
        self.subject = subject
        self.creator = creator
        self.language = language
        self.date = date
        self.description = description
    }
}
