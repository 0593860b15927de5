/// A JSON value read from a file, every value with the line and column it starts at: what the merge
/// needs to point a conflict, or an error in what it would write, at the partner's file.
package struct JSONNode: Sendable {
    package enum Content: Sendable {
        case null
        case bool(Bool)
        case number(String)
        case string(String)
        case array([JSONNode])
        case object([(key: String, value: JSONNode)])
    }

    package let content: Content
    /// 1-based; columns counted in Unicode scalars, as the library's YAML diagnostics count them.
    package let line: Int
    package let column: Int

    package init(content: Content, line: Int, column: Int) {
        self.content = content
        self.line = line
        self.column = column
    }

    package subscript(key: String) -> JSONNode? {
        guard case let .object(members) = content else { return nil }
        return members.first { $0.key == key }?.value
    }

    package var items: [JSONNode]? {
        if case let .array(items) = content { return items }
        return nil
    }

    package var string: String? {
        if case let .string(text) = content { return text }
        return nil
    }

    package var int: Int? {
        if case let .number(text) = content { return Int(text) }
        return nil
    }

    /// The value without its places, to compare with one the export made.
    package var value: JSONValue {
        switch content {
        case .null: return .null
        case let .bool(value): return .bool(value)
        case let .number(text): return .number(text)
        case let .string(text): return .string(text)
        case let .array(items): return .array(items.map(\.value))
        case let .object(members): return .object(members.map { ($0.key, $0.value.value) })
        }
    }

    /// What the value is, for a message: "a text", "a list".
    package var kind: String {
        switch content {
        case .null: return "null"
        case .bool: return "true or false"
        case .number: return "a number"
        case .string: return "a text"
        case .array: return "a list"
        case .object: return "an object"
        }
    }
}
