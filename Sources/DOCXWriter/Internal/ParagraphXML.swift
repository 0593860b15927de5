/// Paragraphs as WordprocessingML, their styles already resolved to ids and their lists to numbering
/// instances.
struct ParagraphXML {
    let styles: [String: String]
    /// The `w:numId` of each list of the document.
    let numbering: [ListID: Int]

    func xml(_ paragraphs: [Paragraph]) -> String {
        var xml = ""
        for paragraph in paragraphs { append(paragraph, to: &xml) }
        return xml
    }

    private func append(_ paragraph: Paragraph, to xml: inout String) {
        xml += "<w:p><w:pPr>"
        if let id = styles[paragraph.style] { xml += #"<w:pStyle w:val="\#(XMLScan.escape(id))"/>"# }
        if paragraph.keepWithNext { xml += "<w:keepNext/>" }
        if paragraph.pageBreakBefore { xml += "<w:pageBreakBefore/>" }
        if let item = paragraph.list, let numId = numbering[item.list] {
            xml += #"<w:numPr><w:ilvl w:val="\#(item.level)"/><w:numId w:val="\#(numId)"/></w:numPr>"#
        }
        xml += "</w:pPr>"
        for inline in paragraph.content { append(inline, to: &xml) }
        xml += "</w:p>"
    }

    private func append(_ inline: Inline, to xml: inout String) {
        switch inline {
        case let .run(text, emphasis):
            let properties = (emphasis.contains(.bold) ? "<w:b/><w:bCs/>" : "")
                + (emphasis.contains(.italic) ? "<w:i/><w:iCs/>" : "")
            let start = properties.isEmpty ? "<w:r>" : "<w:r><w:rPr>\(properties)</w:rPr>"
            for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                if index > 0 { xml += "\(start)<w:br/></w:r>" }
                guard !line.isEmpty else { continue }
                xml += #"\#(start)<w:t xml:space="preserve">\#(XMLScan.escape(String(line)))</w:t></w:r>"#
            }
        case let .field(field):
            // A complex field: the form every reader computes, with a shown value until it does.
            xml += #"<w:r><w:fldChar w:fldCharType="begin"/></w:r>"#
                + #"<w:r><w:instrText xml:space="preserve"> \#(field.rawValue) </w:instrText></w:r>"#
                + #"<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r>"#
                + #"<w:r><w:fldChar w:fldCharType="end"/></w:r>"#
        case .lineBreak:
            xml += "<w:r><w:br/></w:r>"
        }
    }
}
