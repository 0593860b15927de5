/// A JSON value as the exchange file holds it: members in the order written, numbers as their text
/// (the library's figures print as its outputs print them, `55`, never `55.0`).
///
/// One type for both ways: the export builds values from the model, the merge reads a partner's file
/// into them and compares them with the library's own, member by member.
package indirect enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case number(String)
    case string(String)
    case array([JSONValue])
    case object([(key: String, value: JSONValue)])

    package static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): return true
        case let (.bool(left), .bool(right)): return left == right
        case let (.number(left), .number(right)): return left == right || Double(left) == Double(right)
        case let (.string(left), .string(right)): return left == right
        case let (.array(left), .array(right)): return left == right
        case let (.object(left), .object(right)):
            return left.count == right.count && zip(left, right).allSatisfy { $0.key == $1.key && $0.value == $1.value }
        default: return false
        }
    }

    package static func number(_ value: Int) -> JSONValue { .number(String(value)) }

    /// The member `key` of an object, or nil.
    package subscript(key: String) -> JSONValue? {
        guard case let .object(members) = self else { return nil }
        return members.first { $0.key == key }?.value
    }

    package var string: String? {
        if case let .string(text) = self { return text }
        return nil
    }

    package var array: [JSONValue]? {
        if case let .array(items) = self { return items }
        return nil
    }

    package var members: [(key: String, value: JSONValue)]? {
        if case let .object(members) = self { return members }
        return nil
    }

    /// The object without the members named: what two places are compared on when one of them
    /// carries what the other cannot (the provenance of a merged item).
    package func removing(_ keys: Set<String>) -> JSONValue {
        guard case let .object(members) = self else { return self }
        return .object(members.filter { !keys.contains($0.key) })
    }

    /// Pretty-printed with two spaces, one member per line, and a final newline: a diff between two
    /// exports reads line by line. Text is written as UTF-8, escaping only what JSON requires, so the
    /// output scan reads the names as they are.
    package func rendered() -> String {
        String(decoding: renderedBytes(), as: UTF8.self)
    }

    /// The same, as the bytes of the file: written byte by byte, text copied a run at a time.
    package func renderedBytes() -> [UInt8] {
        var out: [UInt8] = []
        write(to: &out, indent: 0)
        out.append(UInt8(ascii: "\n"))
        return out
    }

    private static func newline(_ out: inout [UInt8], indent: Int) {
        out.append(UInt8(ascii: "\n"))
        out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent))
    }

    private func write(to out: inout [UInt8], indent: Int) {
        switch self {
        case .null: out.append(contentsOf: "null".utf8)
        case let .bool(value): out.append(contentsOf: (value ? "true" : "false").utf8)
        case let .number(text): out.append(contentsOf: text.utf8)
        case let .string(text): Self.quote(text, into: &out)
        case let .array(items):
            guard !items.isEmpty else { out.append(contentsOf: "[]".utf8); return }
            if items.allSatisfy(\.isShort) {
                out.append(UInt8(ascii: "["))
                for (index, item) in items.enumerated() {
                    if index > 0 { out.append(contentsOf: ", ".utf8) }
                    item.write(to: &out, indent: indent)
                }
                out.append(UInt8(ascii: "]"))
                return
            }
            out.append(UInt8(ascii: "["))
            for (index, item) in items.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                Self.newline(&out, indent: indent + 2)
                item.write(to: &out, indent: indent + 2)
            }
            Self.newline(&out, indent: indent)
            out.append(UInt8(ascii: "]"))
        case let .object(members):
            guard !members.isEmpty else { out.append(contentsOf: "{}".utf8); return }
            out.append(UInt8(ascii: "{"))
            for (index, member) in members.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                Self.newline(&out, indent: indent + 2)
                Self.quote(member.key, into: &out)
                out.append(contentsOf: ": ".utf8)
                member.value.write(to: &out, indent: indent + 2)
            }
            Self.newline(&out, indent: indent)
            out.append(UInt8(ascii: "}"))
        }
    }

    /// Codes, ids and numbers: a list of them stays on one line.
    private var isShort: Bool {
        switch self {
        case .null, .bool, .number: return true
        case let .string(text): return text.utf8.count <= 40
        case .array, .object: return false
        }
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// Only the quote, the backslash and the control characters are escaped; every other byte of the
    /// UTF-8 text is copied as it is.
    private static func quote(_ text: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { bytes in
            var run = 0
            for (index, byte) in bytes.enumerated() where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                out.append(contentsOf: bytes[run..<index])
                run = index + 1
                switch byte {
                case UInt8(ascii: "\""): out.append(contentsOf: "\\\"".utf8)
                case UInt8(ascii: "\\"): out.append(contentsOf: "\\\\".utf8)
                case UInt8(ascii: "\n"): out.append(contentsOf: "\\n".utf8)
                case UInt8(ascii: "\r"): out.append(contentsOf: "\\r".utf8)
                case UInt8(ascii: "\t"): out.append(contentsOf: "\\t".utf8)
                default:
                    out.append(contentsOf: "\\u00".utf8)
                    out.append(hexDigits[Int(byte >> 4)])
                    out.append(hexDigits[Int(byte & 0xF)])
                }
            }
            out.append(contentsOf: bytes[run...])
        }
        out.append(UInt8(ascii: "\""))
    }
}
