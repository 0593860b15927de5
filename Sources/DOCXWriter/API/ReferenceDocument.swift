import Foundation
internal import ZIPFoundation

/// A Word document whose look the written documents take, as pandoc's `--reference-doc`: its styles,
/// numbering definitions, theme, fonts, settings, page size and margins, and its default header and
/// footer (the letterhead). Its body is ignored. Read whole when loaded, so that a document that
/// cannot serve is refused before anything is written.
public struct ReferenceDocument: Sendable {
    /// The file as the user named it, for messages.
    public let shownAs: String
    /// Every part of the package by its path.
    let parts: [String: Data]
    let styles: StyleTable
    /// The body's `<w:sectPr>` content without its header and footer references (the writer makes
    /// its own) and without a distinct first page (whose header the markings would miss).
    let sectionProperties: String
    /// The default header and footer parts, when the reference has them.
    let header: String?
    let footer: String?
    /// The relationships of `word/document.xml` the written document keeps (styles, settings, fonts,
    /// theme, web settings).
    let kept: [Relationship]
    /// The numbering part, which the written document takes and adds its lists to; nil when there is none.
    let numberingXML: String?
    /// The declared content type of each part (`/word/styles.xml`).
    let overrides: [String: String]
    /// The content type of each extension (`png`).
    let defaults: [String: String]

    public init(contentsOf path: String, shownAs: String) throws(DOCXError) {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw DOCXError(file: shownAs, message: "cannot read the reference document")
        }
        try self.init(data: data, shownAs: shownAs)
    }

    public init(data: Data, shownAs: String) throws(DOCXError) {
        self.shownAs = shownAs
        let archive: Archive
        do {
            archive = try Archive(data: data, accessMode: .read)
        } catch {
            throw DOCXError(file: shownAs, message: "not a Word document (.docx): it cannot be opened as a ZIP package")
        }
        var parts: [String: Data] = [:]
        for entry in archive where entry.type == .file {
            var part = Data()
            do {
                _ = try archive.extract(entry, skipCRC32: false) { part.append($0) }
            } catch {
                throw DOCXError(file: shownAs, part: entry.path, message: "the part cannot be read (\(error))")
            }
            parts[entry.path] = part
        }
        self.parts = parts
        func text(_ path: String) throws(DOCXError) -> String {
            guard let data = parts[path] else {
                throw DOCXError(file: shownAs, part: path, message: "missing: a Word document has this part; save the "
                                + "reference again from Word or LibreOffice as .docx")
            }
            guard let text = String(data: data, encoding: .utf8) else {
                throw DOCXError(file: shownAs, part: path, message: "the part is not UTF-8 XML")
            }
            return text
        }
        let document = try text("word/document.xml")
        let relationships = Relationship.read(try text("word/_rels/document.xml.rels")[...])
        guard let stylesTarget = relationships.first(where: { $0.kind == .styles }) else {
            throw DOCXError(file: shownAs, part: "word/_rels/document.xml.rels",
                            message: "the document has no styles part: it cannot lend its styles")
        }
        styles = StyleTable(xml: try text(stylesTarget.path(from: "word")))
        let contentTypes = try text("[Content_Types].xml")
        overrides = Dictionary(XMLScan.elements("Override", in: contentTypes[...]).compactMap { element in
            element.attributes["PartName"].flatMap { name in element.attributes["ContentType"].map { (name, $0) } }
        }, uniquingKeysWith: { first, _ in first })
        defaults = Dictionary(XMLScan.elements("Default", in: contentTypes[...]).compactMap { element in
            element.attributes["Extension"].flatMap { name in element.attributes["ContentType"].map { (name.lowercased(), $0) } }
        }, uniquingKeysWith: { first, _ in first })
        kept = relationships.filter { $0.kind.isKept && !$0.isExternal && parts[$0.path(from: "word")] != nil }
        numberingXML = relationships.first { $0.kind == .numbering && !$0.isExternal }
            .flatMap { parts[$0.path(from: "word")] }.flatMap { String(data: $0, encoding: .utf8) }

        let section = XMLScan.elements("w:sectPr", in: document[...]).last
        var header: String?
        var footer: String?
        var properties = ""
        if let section {
            for reference in XMLScan.elements("w:headerReference", in: section.inner)
            where reference.attributes["w:type"] == "default" {
                header = relationships.first { $0.id == reference.attributes["r:id"] }?.path(from: "word")
            }
            for reference in XMLScan.elements("w:footerReference", in: section.inner)
            where reference.attributes["w:type"] == "default" {
                footer = relationships.first { $0.id == reference.attributes["r:id"] }?.path(from: "word")
            }
            var inner = String(section.inner)
            for name in ["w:headerReference", "w:footerReference", "w:titlePg"] {
                for element in XMLScan.elements(name, in: inner[...]).reversed() { inner.removeSubrange(element.range) }
            }
            properties = inner
        }
        for path in [header, footer].compactMap({ $0 }) { _ = try text(path) }
        self.header = header
        self.footer = footer
        sectionProperties = properties.isEmpty ? Self.a4 : properties
    }

    /// A4 with 2 cm margins, for a reference that says nothing of its pages.
    static let a4 = #"<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" "#
        + #"w:left="1134" w:header="567" w:footer="567" w:gutter="0"/>"#

    /// The text of a part known to be UTF-8 (checked when loaded).
    func text(_ path: String) -> String? {
        parts[path].flatMap { String(data: $0, encoding: .utf8) }
    }
}
