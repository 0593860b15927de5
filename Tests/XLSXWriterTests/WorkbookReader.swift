import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import ZIPFoundation

/// Opens a written XLSX as Excel would: a ZIP of XML parts, read with ZIPFoundation and queried with
/// XPath, so that tests assert what is in the file rather than what the writer was asked to do.
struct WorkbookReader {
    let parts: [String: Data]

    init(path: String) throws {
        let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        var parts: [String: Data] = [:]
        for entry in archive {
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            parts[entry.path] = data
        }
        self.parts = parts
    }

    func xml(_ part: String) throws -> XMLDocument {
        guard let data = parts[part] else { throw CocoaError(.fileNoSuchFile) }
        return try XMLDocument(data: data)
    }

    /// Values of the nodes an XPath selects (local names, so namespaces need no prefixes).
    func values(_ part: String, _ xpath: String) throws -> [String] {
        try xml(part).nodes(forXPath: xpath).compactMap(\.stringValue)
    }

    var sheetNames: [String] {
        get throws { try values("xl/workbook.xml", "//*[local-name()='sheet']/@name") }
    }

    /// The shared strings table, in index order.
    var sharedStrings: [String] {
        get throws {
            guard parts["xl/sharedStrings.xml"] != nil else { return [] }
            return try xml("xl/sharedStrings.xml").nodes(forXPath: "//*[local-name()='si']").map { $0.stringValue ?? "" }
        }
    }

    /// What a cell shows: a shared or inline string, a number, a boolean; nil for no such cell.
    func cell(_ reference: String, sheet: Int = 1) throws -> String? {
        let part = "xl/worksheets/sheet\(sheet).xml"
        guard let node = try xml(part).nodes(forXPath: "//*[local-name()='c'][@r='\(reference)']").first as? XMLElement
        else { return nil }
        let type = try node.nodes(forXPath: "@t").first?.stringValue
        let value = try node.nodes(forXPath: "*[local-name()='v']").first?.stringValue
        switch type {
        case "s": return try value.flatMap(Int.init).map { try sharedStrings[$0] }
        case "inlineStr", "str": return node.stringValue
        default: return value
        }
    }

    /// Whether the cell holds a formula (`<f>`): text must never become one.
    func hasFormula(_ reference: String, sheet: Int = 1) throws -> Bool {
        try !xml("xl/worksheets/sheet\(sheet).xml")
            .nodes(forXPath: "//*[local-name()='c'][@r='\(reference)']/*[local-name()='f']").isEmpty
    }
}
