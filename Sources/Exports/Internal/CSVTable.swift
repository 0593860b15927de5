import Foundation

/// One CSV file of the data package and its Table Schema: the columns are declared once, with their
/// types, and every row is checked against their count as it is added.
struct CSVTable {
    enum ColumnType: String {
        case string, integer, number, boolean
    }

    struct Column {
        let name: String
        let type: ColumnType
        let description: String
    }

    let name: String
    let description: String
    let columns: [Column]
    let primaryKey: [String]
    private(set) var rows: [[String?]] = []

    init(_ name: String, _ description: String, columns: [Column], primaryKey: [String]) {
        self.name = name
        self.description = description
        self.columns = columns
        self.primaryKey = primaryKey
    }

    mutating func add(_ row: [String?]) {
        precondition(row.count == columns.count, "a row of \(name) with \(row.count) cells for \(columns.count) columns")
        rows.append(row)
    }

    /// RFC 4180: CRLF line ends (the Table Schema dialect's default), a field quoted when it holds a
    /// comma, a quote or a line break; an unknown value is an empty field, Frictionless' missing value.
    var csv: Data {
        var out: [UInt8] = []
        func line(_ cells: [String?]) {
            for (index, cell) in cells.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                if let cell { Self.field(cell, into: &out) }
            }
            out.append(contentsOf: [0x0D, 0x0A])
        }
        line(columns.map(\.name))
        for row in rows { line(row) }
        return Data(out)
    }

    private static func field(_ text: String, into out: inout [UInt8]) {
        var text = text
        text.withUTF8 { bytes in
            let quoted = bytes.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }
            guard quoted else {
                out.append(contentsOf: bytes)
                return
            }
            out.append(UInt8(ascii: "\""))
            for byte in bytes {
                out.append(byte)
                if byte == UInt8(ascii: "\"") { out.append(byte) }
            }
            out.append(UInt8(ascii: "\""))
        }
    }

    var resource: JSONValue {
        .object([
            ("name", .string(name)),
            ("path", .string("\(name).csv")),
            ("profile", .string("tabular-data-resource")),
            ("format", .string("csv")),
            ("mediatype", .string("text/csv")),
            ("encoding", .string("utf-8")),
            ("description", .string(description)),
            ("schema", .object([
                ("fields", .array(columns.map { column in
                    .object([("name", .string(column.name)), ("type", .string(column.type.rawValue)),
                             ("description", .string(column.description))])
                })),
                ("primaryKey", .array(primaryKey.map(JSONValue.string))),
            ])),
        ])
    }
}
