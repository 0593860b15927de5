import Foundation
internal import ZIPFoundation

/// Writes a `WordDocument` as a .docx package in the look of a reference document. It knows
/// WordprocessingML and nothing of what the document says.
///
/// The bytes depend on the document and the reference alone: entries in a fixed order with a fixed
/// time, relationship ids counted, no random ids, so that the same document is the same file.
public enum DOCXWriter {
    public static func data(of document: WordDocument, reference: ReferenceDocument) throws(DOCXError) -> Data {
        var styles: [String: String] = [:]
        var missing: [String] = []
        for name in document.styleNames {
            if let id = reference.styles.id(of: name) { styles[name] = id } else { missing.append(name) }
        }
        guard missing.isEmpty else {
            let names = missing.map { "'\($0)'" }.joined(separator: ", ")
            throw DOCXError(file: reference.shownAs, part: "word/styles.xml",
                            message: "the document uses the paragraph style\(missing.count == 1 ? "" : "s") \(names), "
                                + "which this reference document does not define: add \(missing.count == 1 ? "it" : "them") "
                                + "(Word: Styles → New Style; LibreOffice: Styles → New Style) under that name")
        }
        let numbering = NumberingPart(reference: reference.numberingXML, lists: document.lists)
        let paragraphs = ParagraphXML(styles: styles, numbering: numbering.numIds)
        var package = PackageParts(reference: reference)

        var relationships: [(type: String, target: String)] = []
        for kept in reference.kept {
            let path = kept.path(from: "word")
            package.copy(path)
            relationships.append((kept.type, String(path.dropFirst("word/".count))))
        }
        package.add("word/numbering.xml", numbering.xml, type: ContentType.numbering)
        relationships.append((RelationshipType.numbering, "numbering.xml"))
        let header = package.addHeaderOrFooter(reference.header, default: "word/header1.xml", root: "w:hdr",
                                               paragraphs: paragraphs.xml(document.header), type: ContentType.header)
        relationships.append((RelationshipType.header, String(header.dropFirst("word/".count))))
        let footer = package.addHeaderOrFooter(reference.footer, default: "word/footer1.xml", root: "w:ftr",
                                               paragraphs: paragraphs.xml(document.footer), type: ContentType.footer)
        relationships.append((RelationshipType.footer, String(footer.dropFirst("word/".count))))

        let headerId = "rId\(relationships.count - 1)"
        let footerId = "rId\(relationships.count)"
        let body = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
            + #"<w:document xmlns:w="\#(Namespace.main)" xmlns:r="\#(Namespace.relationships)"><w:body>"#
            + paragraphs.xml(document.body)
            + #"<w:sectPr><w:headerReference w:type="default" r:id="\#(headerId)"/>"#
            + #"<w:footerReference w:type="default" r:id="\#(footerId)"/>"#
            + reference.sectionProperties + "</w:sectPr></w:body></w:document>"
        package.add("word/document.xml", body, type: ContentType.document)
        package.add("word/_rels/document.xml.rels", PackageParts.relationships(relationships), type: nil)
        package.add("docProps/core.xml", CorePropertiesXML.xml(document.properties), type: ContentType.core)
        package.add("docProps/app.xml", CorePropertiesXML.app, type: ContentType.app)
        package.add("_rels/.rels", PackageParts.relationships([
            (RelationshipType.officeDocument, "word/document.xml"),
            (RelationshipType.core, "docProps/core.xml"),
            (RelationshipType.app, "docProps/app.xml"),
        ]), type: nil)
        return try package.zip(shownAs: reference.shownAs)
    }
}
