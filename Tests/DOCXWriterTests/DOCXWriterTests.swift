import DOCXWriter
import Foundation
import Testing
import WorkbookReading
import ZIPFoundation

/// A reference document as small as Word accepts: two styles whose ids differ from their names, a
/// numbering part with one list of its own, and a header holding a letterhead.
private func reference(header: Bool = true, styles: String? = nil) throws -> ReferenceDocument {
    let main = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    let rels = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    var parts: [(String, String)] = [
        ("[Content_Types].xml", """
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
            <Default Extension="xml" ContentType="application/xml"/>\
            <Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>\
            </Types>
            """),
        ("word/document.xml", """
            <w:document xmlns:w="\(main)" xmlns:r="\(rels)"><w:body><w:p><w:r><w:t>never printed</w:t></w:r></w:p>\
            <w:sectPr>\(header ? #"<w:headerReference w:type="default" r:id="rId9"/>"# : "")\
            <w:pgSz w:w="11906" w:h="16838"/><w:titlePg/></w:sectPr></w:body></w:document>
            """),
        ("word/_rels/document.xml.rels", """
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" Type="\(rels)/styles" Target="styles.xml"/>\
            <Relationship Id="rId2" Type="\(rels)/numbering" Target="numbering.xml"/>\
            <Relationship Id="rId9" Type="\(rels)/header" Target="header3.xml"/>\
            </Relationships>
            """),
        ("word/styles.xml", styles ?? """
            <w:styles xmlns:w="\(main)">\
            <w:style w:type="paragraph" w:styleId="BodyText"><w:name w:val="Body Text"/></w:style>\
            <w:style w:type="paragraph" w:styleId="ListNumber"><w:name w:val="List Number"/></w:style>\
            <w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/></w:style>\
            <w:style w:type="character" w:styleId="Strong"><w:name w:val="Strong"/></w:style>\
            </w:styles>
            """),
        ("word/numbering.xml", """
            <w:numbering xmlns:w="\(main)"><w:abstractNum w:abstractNumId="4"><w:lvl w:ilvl="0"/></w:abstractNum>\
            <w:num w:numId="7"><w:abstractNumId w:val="4"/></w:num></w:numbering>
            """),
    ]
    if header {
        parts.append(("word/header3.xml", #"<w:hdr xmlns:w="\#(main)"><w:p><w:r><w:t>Letterhead</w:t></w:r></w:p></w:hdr>"#))
    }
    let archive = try Archive(data: Data(), accessMode: .create)
    for (path, text) in parts {
        let data = Data(text.utf8)
        try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count)) { position, size in
            data.subdata(in: Int(position)..<Int(position) + size)
        }
    }
    return try ReferenceDocument(data: try #require(archive.data), shownAs: "Templates/reference.docx")
}

private func read(_ data: Data) throws -> WorkbookReader {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("docx-\(UUID().uuidString).docx").path
    try data.write(to: URL(fileURLWithPath: path))
    defer { try? FileManager.default.removeItem(atPath: path) }
    return try WorkbookReader(path: path)
}

private func text(_ package: WorkbookReader, _ part: String) throws -> String {
    String(decoding: try #require(package.parts[part]), as: UTF8.self)
}

private func twoLists() -> WordDocument {
    var document = WordDocument(properties: CoreProperties(title: "Final Document", language: "en", date: "2021-12-07"))
    document.append(Paragraph(style: "Body Text", [.text("Hello "), .bold("Erlan"), .italic(" law")]))
    for _ in 0..<2 {
        let list = document.newList(.numberedWithDot)
        document.append(Paragraph(style: "List Number", text: "first", list: ListItem(list)))
        document.append(Paragraph(style: "List Number", text: "second", list: ListItem(list)))
    }
    document.header = [Paragraph(style: "header", [.bold("DRAFT")])]
    document.footer = [Paragraph(style: "Header", [.text("Page "), .field(.page), .text(" of "), .field(.numberOfPages)])]
    return document
}

@Test func stylesAreNamedAsWordShowsThemAndWrittenByTheirIds() throws {
    let package = try read(DOCXWriter.data(of: twoLists(), reference: reference()))
    let styles = try package.values("word/document.xml", "//*[local-name()='pStyle']/@*[local-name()='val']")
    #expect(styles == ["BodyText", "ListNumber", "ListNumber", "ListNumber", "ListNumber"])
    #expect(try package.values("word/document.xml", "//*[local-name()='b']/../../*[local-name()='t']") == ["Erlan"])
    #expect(try package.values("word/document.xml", "//*[local-name()='i']/../../*[local-name()='t']") == [" law"])
}

@Test func aStyleTheReferenceLacksIsAnErrorNamingIt() throws {
    var document = twoLists()
    document.append(Paragraph(style: "Heading 7", text: "x"))
    #expect {
        try DOCXWriter.data(of: document, reference: reference())
    } throws: { error in
        "\(error)".hasPrefix("Templates/reference.docx: error: word/styles.xml: the document uses the paragraph style 'Heading 7',")
    }
}

@Test func eachListIsItsOwnNumberingRestartingAtOne() throws {
    let package = try read(DOCXWriter.data(of: twoLists(), reference: reference()))
    // The reference's own definitions stay, and ours come after them, definitions before instances.
    let numbering = try text(package, "word/numbering.xml")
    #expect(numbering.contains(#"<w:num w:numId="7"><w:abstractNumId w:val="4"/></w:num>"#))
    #expect(try package.values("word/numbering.xml", "//*[local-name()='abstractNum']/@*[local-name()='abstractNumId']") == ["4", "5"])
    #expect(try package.values("word/numbering.xml", "//*[local-name()='num']/@*[local-name()='numId']") == ["7", "8", "9"])
    #expect(try package.values("word/numbering.xml", "//*[local-name()='num'][@*[local-name()='numId']='9']//*[local-name()='startOverride']/@*[local-name()='val']") == ["1"])
    #expect(try package.values("word/numbering.xml", "//*[local-name()='abstractNum'][2]/*[local-name()='lvl'][1]/*[local-name()='lvlText']/@*[local-name()='val']") == ["%1."])
    #expect(try package.values("word/document.xml", "//*[local-name()='numId']/@*[local-name()='val']") == ["8", "8", "9", "9"])
    #expect(numbering.range(of: "<w:abstractNum w:abstractNumId=\"5\"")!.lowerBound < numbering.range(of: "<w:num w:numId=\"8\"")!.lowerBound)
}

@Test func theReferenceHeaderIsKeptAndThePageFieldsAreWordFields() throws {
    let package = try read(DOCXWriter.data(of: twoLists(), reference: reference()))
    #expect(try package.values("word/header3.xml", "//*[local-name()='t']") == ["Letterhead", "DRAFT"])
    #expect(try package.values("word/footer1.xml", "//*[local-name()='instrText']") == [" PAGE ", " NUMPAGES "])
    let document = try text(package, "word/document.xml")
    #expect(!document.contains("never printed"))
    #expect(document.contains(#"<w:pgSz w:w="11906" w:h="16838"/>"#))
    // A distinct first page would have no header, and so no marking.
    #expect(!document.contains("titlePg"))
    let types = try package.values("[Content_Types].xml", "//*[local-name()='Override']/@PartName")
    for part in package.parts.keys where !part.hasSuffix(".rels") && part != "[Content_Types].xml" {
        #expect(types.contains("/" + part), "\(part) has no content type")
    }
}

@Test func aReferenceWithoutHeaderGetsOneMadeForTheMarkings() throws {
    let package = try read(DOCXWriter.data(of: twoLists(), reference: reference(header: false)))
    #expect(try package.values("word/header1.xml", "//*[local-name()='t']") == ["DRAFT"])
    #expect(try package.values("word/_rels/document.xml.rels", "//*[local-name()='Relationship']/@Target")
        == ["styles.xml", "numbering.xml", "header1.xml", "footer1.xml"])
}

@Test func theSameDocumentIsTheSameBytes() throws {
    let first = try DOCXWriter.data(of: twoLists(), reference: reference())
    #expect(try DOCXWriter.data(of: twoLists(), reference: reference()) == first)
    let package = try read(first)
    #expect(try package.values("docProps/core.xml", "//*[local-name()='created']") == ["2021-12-07T00:00:00Z"])
}

@Test func aFileThatIsNotADocxIsRefused() {
    #expect {
        try ReferenceDocument(data: Data("plain text".utf8), shownAs: "Templates/reference.docx")
    } throws: { error in
        "\(error)" == "Templates/reference.docx: error: not a Word document (.docx): it cannot be opened as a ZIP package"
    }
}

@Test func textIsEscapedAndLineFeedsAreBreaks() throws {
    var document = WordDocument(properties: CoreProperties(title: "A & B"))
    document.append(Paragraph(style: "Body Text", text: "<a> & b\nsecond"))
    let package = try read(DOCXWriter.data(of: document, reference: reference()))
    #expect(try package.values("word/document.xml", "//*[local-name()='t']") == ["<a> & b", "second"])
    #expect(try package.values("word/document.xml", "//*[local-name()='br']").count == 1)
}
