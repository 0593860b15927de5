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
        var out = ""
        write(to: &out, indent: "")
        out += "\n"
        return out
    }

    private func write(to out: inout String, indent: String) {
        switch self {
        case .null: out += "null"
        case let .bool(value): out += value ? "true" : "false"
        case let .number(text): out += text
        case let .string(text): Self.quote(text, into: &out)
        case let .array(items):
            guard !items.isEmpty else { out += "[]"; return }
            if items.allSatisfy(\.isShort) {
                out += "["
                for (index, item) in items.enumerated() {
                    if index > 0 { out += ", " }
                    item.write(to: &out, indent: indent)
                }
                out += "]"
                return
            }
            out += "[\n"
            let inner = indent + "  "
            for (index, item) in items.enumerated() {
                out += inner
                item.write(to: &out, indent: inner)
                out += index + 1 < items.count ? ",\n" : "\n"
            }
            out += indent + "]"
        case let .object(members):
            guard !members.isEmpty else { out += "{}"; return }
            out += "{\n"
            let inner = indent + "  "
            for (index, member) in members.enumerated() {
                out += inner
                Self.quote(member.key, into: &out)
                out += ": "
                member.value.write(to: &out, indent: inner)
                out += index + 1 < members.count ? ",\n" : "\n"
            }
            out += indent + "}"
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

    private static func quote(_ text: String, into out: inout String) {
        out += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }
}
