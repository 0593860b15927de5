import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import ZIPFoundation

/// The cells of a written workbook as plain lines, for the bare C program to write again:
/// `S<tab>name` opens a sheet, `C<tab>row<tab>column<tab>s|n<tab>value` is a cell and
/// `C<tab>row<tab>column<tab>l<tab>url<tab>text` a link (0-based; tabs, newlines and backslashes in
/// text escaped as \t, \n, \\).
enum WorkbookCells {
    static func dump(_ workbook: String, to path: String) throws {
        let archive = try Archive(url: URL(fileURLWithPath: workbook), accessMode: .read)
        func part(_ name: String) throws -> Data {
            guard let entry = archive[name] else { return Data() }
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            return data
        }
        let strings = TextCollector(element: "si")
        strings.parse(try part("xl/sharedStrings.xml"))
        let names = AttributeCollector(element: "sheet", attribute: "name")
        names.parse(try part("xl/workbook.xml"))
        var out = ""
        for (index, name) in names.values.enumerated() {
            out += "S\t\(escape(name))\n"
            let cells = CellCollector(strings: strings.values)
            cells.parse(try part("xl/worksheets/sheet\(index + 1).xml"))
            let relations = RelationCollector()
            relations.parse(try part("xl/worksheets/_rels/sheet\(index + 1).xml.rels"))
            out += cells.lines(targets: relations.targets)
        }
        try out.write(toFile: path, atomically: true, encoding: .utf8)
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\t", with: "\\t")
            .replacingOccurrences(of: "\n", with: "\\n").replacingOccurrences(of: "\r", with: "")
    }
}

/// An XML part read through the streaming parser (a sheet of 100,000 rows is too large for a tree).
class Collector: NSObject, XMLParserDelegate {
    func parse(_ data: Data) {
        // A missing part (no shared strings in constant-memory mode) is empty: nothing to read, and an
        // empty document would put the parser in error.
        guard !data.isEmpty else { return }
        let parser = XMLParser(data: data)
        parser.delegate = self
        parser.parse()
    }

    // The delegate methods are the class's own, overridden below: a subclass's method would not
    // replace the protocol's default implementation that this class's conformance chose.
    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {}

    func parser(_ parser: XMLParser, foundCharacters string: String) {}

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {}
}

/// The text of every `element`, in order.
final class TextCollector: Collector {
    let element: String
    private(set) var values: [String] = []
    private var current: String?

    init(element: String) {
        self.element = element
    }

    override func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                         qualifiedName: String?, attributes: [String: String] = [:]) {
        if name == element { current = "" }
    }

    override func parser(_ parser: XMLParser, foundCharacters string: String) {
        current? += string
    }

    override func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?,
                         qualifiedName: String?) {
        if name == element, let text = current {
            values.append(text)
            current = nil
        }
    }
}

/// One attribute of every `element`, in order.
final class AttributeCollector: Collector {
    let element: String
    let attribute: String
    private(set) var values: [String] = []

    init(element: String, attribute: String) {
        self.element = element
        self.attribute = attribute
    }

    override func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                         qualifiedName: String?, attributes: [String: String] = [:]) {
        if name == element, let value = attributes[attribute] { values.append(value) }
    }
}

/// The targets of a part's relationships: a hyperlink names its URL by relationship id.
final class RelationCollector: Collector {
    private(set) var targets: [String: String] = [:]

    override func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                         qualifiedName: String?, attributes: [String: String] = [:]) {
        if name == "Relationship", let id = attributes["Id"], let target = attributes["Target"] { targets[id] = target }
    }
}

/// The cells of a worksheet part, as `WorkbookCells` lines.
final class CellCollector: Collector {
    let strings: [String]
    private var cells: [(reference: String, type: String, value: String)] = []
    /// Cell reference → relationship id of its hyperlink.
    private var links: [String: String] = [:]
    private var reference = ""
    private var type = ""
    private var value: String?
    private var inValue = false

    init(strings: [String]) {
        self.strings = strings
    }

    /// The lines, a cell with a hyperlink written as a link to its target.
    func lines(targets: [String: String]) -> String {
        var lines = ""
        for cell in cells {
            guard let (row, column) = Self.position(cell.reference) else { continue }
            switch cell.type {
            case "s", "inlineStr", "str":
                let text = cell.type == "s" ? Int(cell.value).map { strings[$0] } ?? "" : cell.value
                if let url = links[cell.reference].flatMap({ targets[$0] }) {
                    lines += "C\t\(row)\t\(column)\tl\t\(WorkbookCells.escape(url))\t\(WorkbookCells.escape(text))\n"
                } else {
                    lines += "C\t\(row)\t\(column)\ts\t\(WorkbookCells.escape(text))\n"
                }
            default: lines += "C\t\(row)\t\(column)\tn\t\(cell.value)\n"
            }
        }
        return lines
    }

    override func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                         qualifiedName: String?, attributes: [String: String] = [:]) {
        switch name {
        case "c":
            reference = attributes["r"] ?? ""
            type = attributes["t"] ?? "n"
            value = nil
        case "v", "t":
            inValue = true
            value = value ?? ""
        case "hyperlink":
            if let cell = attributes["ref"], let id = attributes["r:id"] { links[cell] = id }
        default: break
        }
    }

    override func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inValue { value? += string }
    }

    override func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?,
                         qualifiedName: String?) {
        switch name {
        case "v", "t": inValue = false
        case "c":
            if let value { cells.append((reference, type, value)) }
        default: break
        }
    }

    /// "B12" → (11, 1).
    static func position(_ reference: String) -> (Int, Int)? {
        var column = 0
        var row = 0
        for character in reference {
            if let letter = character.asciiValue, character.isLetter {
                column = column * 26 + Int(letter - 64)
            } else if let digit = character.wholeNumberValue {
                row = row * 10 + digit
            }
        }
        guard column > 0, row > 0 else { return nil }
        return (row - 1, column - 1)
    }
}
