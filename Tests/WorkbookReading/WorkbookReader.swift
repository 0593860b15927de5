import Foundation
#if canImport(FoundationXML)
@_exported import FoundationXML
#endif
import ZIPFoundation

/// Opens a written XLSX as Excel would: a ZIP of XML parts, read with ZIPFoundation and queried with
/// XPath, so that tests assert what is in the file rather than what the writer was asked to do.
public struct WorkbookReader: Sendable {
    public let parts: [String: Data]

    public init(path: String) throws {
        try self.init(archive: Archive(url: URL(fileURLWithPath: path), accessMode: .read))
    }

    /// A package (.xlsx, .docx) in memory.
    public init(data: Data) throws {
        try self.init(archive: Archive(data: data, accessMode: .read))
    }

    private init(archive: Archive) throws {
        var parts: [String: Data] = [:]
        for entry in archive {
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            parts[entry.path] = data
        }
        self.parts = parts
    }

    public func xml(_ part: String) throws -> XMLDocument {
        guard let data = parts[part] else { throw CocoaError(.fileNoSuchFile) }
        return try XMLDocument(data: data)
    }

    /// Values of the nodes an XPath selects (local names, so namespaces need no prefixes).
    public func values(_ part: String, _ xpath: String) throws -> [String] {
        try xml(part).nodes(forXPath: xpath).compactMap(\.stringValue)
    }

    public var sheetNames: [String] {
        get throws { try values("xl/workbook.xml", "//*[local-name()='sheet']/@name") }
    }

    /// The shared strings table, in index order.
    public var sharedStrings: [String] {
        get throws {
            guard parts["xl/sharedStrings.xml"] != nil else { return [] }
            return try xml("xl/sharedStrings.xml").nodes(forXPath: "//*[local-name()='si']").map { $0.stringValue ?? "" }
        }
    }

    /// What a cell shows: a shared or inline string, a number, a boolean; nil for no such cell.
    public func cell(_ reference: String, sheet: Int = 1) throws -> String? {
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
    public func hasFormula(_ reference: String, sheet: Int = 1) throws -> Bool {
        try !xml("xl/worksheets/sheet\(sheet).xml")
            .nodes(forXPath: "//*[local-name()='c'][@r='\(reference)']/*[local-name()='f']").isEmpty
    }

    /// The 1-based number of the sheet's part (`xl/worksheets/sheetN.xml`) for a sheet name.
    public func sheet(named name: String) throws -> Int {
        guard let index = try sheetNames.firstIndex(of: name) else { throw CocoaError(.fileNoSuchFile) }
        return index + 1
    }

    /// Every cell of a sheet that holds a value: reference ("C7") to what it shows.
    public func cells(sheet: Int) throws -> [String: String] {
        let strings = try sharedStrings
        var cells: [String: String] = [:]
        for case let node as XMLElement in try xml("xl/worksheets/sheet\(sheet).xml")
            .nodes(forXPath: "//*[local-name()='c']") {
            guard let reference = try node.nodes(forXPath: "@r").first?.stringValue else { continue }
            let value = try node.nodes(forXPath: "*[local-name()='v']").first?.stringValue
            switch try node.nodes(forXPath: "@t").first?.stringValue {
            case "s": cells[reference] = value.flatMap(Int.init).map { strings[$0] }
            case "inlineStr", "str": cells[reference] = node.stringValue
            default: if let value { cells[reference] = value }
            }
        }
        return cells
    }

    /// The reference of the first cell (by row, then column) showing exactly `text`.
    public func find(_ text: String, sheet: Int) throws -> String? {
        try cells(sheet: sheet).filter { $0.value == text }.keys.min { Self.order($0) < Self.order($1) }
    }

    /// The style index (`s`) of a cell: two cells that look different have different ones.
    public func style(_ reference: String, sheet: Int) throws -> String? {
        try values("xl/worksheets/sheet\(sheet).xml", "//*[local-name()='c'][@r='\(reference)']/@s").first
    }

    /// Every XML part's text content, for searching a workbook for a string that must not be there.
    public var allText: String {
        parts.keys.sorted().compactMap { String(data: parts[$0] ?? Data(), encoding: .utf8) }.joined(separator: "\n")
    }

    /// (row, column) of an "A1" reference, for ordering.
    public static func order(_ reference: String) -> (Int, Int) {
        let letters = reference.prefix { $0.isLetter }
        let row = Int(reference.dropFirst(letters.count)) ?? 0
        let column = letters.unicodeScalars.reduce(0) { $0 * 26 + Int($1.value) - 64 }
        return (row, column)
    }

    /// The reference in the same row as `reference`, in the column of `column`'s reference.
    public static func cell(row reference: String, column: String) -> String {
        let columnLetters = column.prefix { $0.isLetter }
        let letters = reference.prefix { $0.isLetter }
        return String(columnLetters) + String(reference.dropFirst(letters.count))
    }
}
