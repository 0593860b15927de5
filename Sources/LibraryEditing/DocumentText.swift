import Foundation
import ZIPFoundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A document to import, as paragraphs: plain text or Markdown (paragraphs apart by blank lines,
/// each list item a paragraph of its own), or a Word document (each `w:p` of word/document.xml, its
/// bold and italic runs written as Markdown, its numbered paragraphs marked as list items).
enum DocumentText {
    struct Failure: Error, Sendable {
        let line: Int
        let message: String
    }

    static func paragraphs(of data: Data, named name: String) throws(Failure) -> [ImportedParagraph] {
        guard !data.isEmpty else { throw Failure(line: 1, message: "the file is empty; import reads a Final Document as plain text, Markdown or Word (.docx)") }
        if data.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return try word(data) }
        if name.lowercased().hasSuffix(".docx") {
            throw Failure(line: 1, message: "the file is named .docx but is not a Word document (not a zip archive); save it again from Word, or import its text")
        }
        if let bad = InvalidUTF8.first(in: [UInt8](data)) {
            throw Failure(line: bad.line, message: "the file is not UTF-8 text; save it as UTF-8 (or as .docx) and import it again")
        }
        return lines(String(decoding: data, as: UTF8.self))
    }

    // MARK: - Text and Markdown

    static func lines(_ text: String) -> [ImportedParagraph] {
        var paragraphs: [ImportedParagraph] = []
        var current: [String] = []
        var start = 0
        func flush() {
            guard !current.isEmpty else { return }
            paragraphs.append(ImportedParagraph(text: current.joined(separator: "\n"), list: nil, line: start))
            current = []
        }
        let lines = text.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false)
        for (offset, raw) in lines.enumerated() {
            let line = String(raw).trimmingCharacters(in: .whitespaces)
            if line.isEmpty {
                flush()
                continue
            }
            // The lines of a paragraph stay lines: the heading's, apart in the document, are read one by one.
            if let (mark, rest) = listItem(line) {
                flush()
                paragraphs.append(ImportedParagraph(text: rest, list: mark, line: offset + 1))
                continue
            }
            if current.isEmpty { start = offset + 1 }
            current.append(line)
        }
        flush()
        return paragraphs
    }

    /// `1. text`, `1) text`, `- 1) text`, `- text`, `— text`: the mark and the text after it.
    static func listItem(_ line: String) -> (ImportedParagraph.ListMark, String)? {
        var rest = Substring(line)
        var bullet = false
        for dash in ["- ", "* ", "— ", "– "] where rest.hasPrefix(dash) {
            rest = rest.dropFirst(dash.count).drop { $0 == " " }
            bullet = true
            break
        }
        let digits = rest.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, digits.count <= 3 {
            let after = rest.dropFirst(digits.count)
            if after.hasPrefix(". ") || after.hasPrefix(") ") {
                return (.numbered, String(after.dropFirst(2)).trimmingCharacters(in: .whitespaces))
            }
        }
        return bullet ? (.bullet, String(rest)) : nil
    }

    // MARK: - Word

    private static func word(_ data: Data) throws(Failure) -> [ImportedParagraph] {
        let archive: Archive
        do {
            archive = try Archive(data: data, accessMode: .read)
        } catch {
            throw Failure(line: 1, message: "the file is not a readable zip archive, so not a Word document (\(error))")
        }
        guard let entry = archive["word/document.xml"] else {
            throw Failure(line: 1, message: "the zip archive holds no word/document.xml: it is not a Word document")
        }
        var xml = Data()
        do {
            _ = try archive.extract(entry, skipCRC32: false) { xml.append($0) }
        } catch {
            throw Failure(line: 1, message: "word/document.xml cannot be read from the archive (\(error))")
        }
        let reader = WordParagraphs()
        let parser = XMLParser(data: xml)
        parser.delegate = reader
        guard parser.parse() else {
            throw Failure(line: 1, message: "word/document.xml is not well-formed XML (line \(parser.lineNumber)): \(parser.parserError.map { "\($0)" } ?? "")")
        }
        return reader.paragraphs
    }
}

/// The paragraphs of word/document.xml: runs joined, bold and italic as Markdown, a line break as a
/// line break, numbered paragraphs (`w:numPr`) as list items. Numbered by their place in the document.
private final class WordParagraphs: NSObject, XMLParserDelegate {
    private(set) var paragraphs: [ImportedParagraph] = []
    private var number = 0
    private var runs: [(text: String, bold: Bool, italic: Bool)] = []
    private var inParagraph = false
    private var numbered = false
    private var bold = false
    private var italic = false
    private var inText = false
    private var text = ""
    private var inRunProperties = false

    func parser(_ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        switch element {
        case "w:p":
            inParagraph = true
            numbered = false
            runs = []
        case "w:numPr": numbered = true
        case "w:r":
            bold = false
            italic = false
            text = ""
        case "w:rPr": inRunProperties = true
        case "w:b" where inRunProperties: bold = attributes["w:val"].map { $0 != "0" && $0 != "false" } ?? true
        case "w:i" where inRunProperties: italic = attributes["w:val"].map { $0 != "0" && $0 != "false" } ?? true
        case "w:t": inText = true
        case "w:br": text += "\n"
        case "w:tab": text += " "
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText { text += string }
    }

    func parser(_ parser: XMLParser, didEndElement element: String, namespaceURI: String?, qualifiedName: String?) {
        switch element {
        case "w:t": inText = false
        case "w:rPr": inRunProperties = false
        case "w:r": if !text.isEmpty { runs.append((text, bold, italic)) }
        case "w:p":
            inParagraph = false
            number += 1
            let joined = Self.markdown(runs).trimmingCharacters(in: .whitespaces)
            guard !joined.isEmpty else { return }
            if !numbered, let (mark, rest) = DocumentText.listItem(joined) {
                paragraphs.append(ImportedParagraph(text: rest, list: mark, line: number))
            } else {
                paragraphs.append(ImportedParagraph(text: joined, list: numbered ? .numbered : nil, line: number))
            }
        default: break
        }
    }

    /// Neighbouring runs of the same weight joined first, so that a name split over two runs is one
    /// bold span.
    private static func markdown(_ runs: [(text: String, bold: Bool, italic: Bool)]) -> String {
        var merged: [(text: String, bold: Bool, italic: Bool)] = []
        for run in runs {
            if let last = merged.last, last.bold == run.bold, last.italic == run.italic {
                merged[merged.count - 1].text += run.text
            } else {
                merged.append(run)
            }
        }
        return merged.map { run in
            var text = run.text
            if run.italic { text = "*\(text)*" }
            if run.bold { text = "**\(text)**" }
            return text
        }.joined()
    }
}
