import Exports

/// Writes the parts of an exchange file as library YAML, in the style of the bundled files (block
/// mappings, lists of codes on one line, long texts folded at the width the editors use), every line
/// remembering the place in the exchange file it comes from: a check of what the merge would write
/// then points at the partner's file, which the user has, not at a file that was never placed.
struct ExchangeYAML {
    struct Line {
        let text: String
        /// The exchange file's line and column of the value written on this line.
        let origin: (line: Int, column: Int)?
    }

    /// Where a folded text wraps, as the bundled files do.
    static let width = 110

    private(set) var lines: [Line] = []

    mutating func comment(_ text: String, indent: String = "") {
        lines.append(Line(text: indent + "# " + Self.oneLine(text), origin: nil))
    }

    mutating func line(_ text: String) {
        lines.append(Line(text: text, origin: nil))
    }

    mutating func blank() {
        lines.append(Line(text: "", origin: nil))
    }

    /// The members of a top-level mapping, a blank line before each block that spans lines.
    mutating func document(_ members: [(key: String, value: JSONNode)]) {
        var previousSpanned = false
        for (index, member) in members.enumerated() {
            let before = lines.count
            pair(member.key, member.value, indent: "")
            let spans = lines.count - before > 1
            if index > 0, spans || previousSpanned { lines.insert(Line(text: "", origin: nil), at: before) }
            previousSpanned = spans
        }
    }

    /// One item of a list at `indent` ("  - " before its first key), as the merge appends it.
    mutating func item(_ node: JSONNode, indent: String) {
        listItem(node, indent: indent, spaced: false)
    }

    mutating func pair(_ key: String, _ node: JSONNode, indent: String) {
        let head = indent + Self.key(key) + ":"
        switch node.content {
        case let .object(members) where !members.isEmpty:
            lines.append(Line(text: head, origin: (node.line, node.column)))
            for member in members { pair(member.key, member.value, indent: indent + "  ") }
        case let .array(items) where !items.isEmpty:
            if let flow = Self.flow(items), head.count + 1 + flow.count <= Self.width {
                lines.append(Line(text: head + " " + flow, origin: (node.line, node.column)))
                return
            }
            lines.append(Line(text: head, origin: (node.line, node.column)))
            let spaced = indent.isEmpty && items.contains { if case .object = $0.content { return true } else { return false } }
            for (index, item) in items.enumerated() {
                if spaced, index > 0 { blank() }
                listItem(item, indent: indent + "  ", spaced: spaced)
            }
        default:
            scalar(node, head: head, indent: indent)
        }
    }

    private mutating func listItem(_ node: JSONNode, indent: String, spaced: Bool) {
        switch node.content {
        case let .object(members) where !members.isEmpty:
            let start = lines.count
            for member in members { pair(member.key, member.value, indent: indent + "  ") }
            let first = lines[start]
            lines[start] = Line(text: indent + "- " + first.text.dropFirst(indent.count + 2), origin: first.origin)
        case let .array(items) where !items.isEmpty:
            if let flow = Self.flow(items) {
                lines.append(Line(text: indent + "- " + flow, origin: (node.line, node.column)))
            } else {
                lines.append(Line(text: indent + "-", origin: (node.line, node.column)))
                for item in items { listItem(item, indent: indent + "  ", spaced: false) }
            }
        default:
            scalar(node, head: indent + "-", indent: indent)
        }
    }

    /// A scalar after `head` ("key:" or "-"): plain when YAML reads it back as the same text, folded
    /// or literal when long or on several lines, double-quoted otherwise.
    private mutating func scalar(_ node: JSONNode, head: String, indent: String) {
        let origin = (node.line, node.column)
        switch node.content {
        case .null: lines.append(Line(text: head + " ~", origin: origin))
        case let .bool(value): lines.append(Line(text: head + (value ? " true" : " false"), origin: origin))
        case let .number(text): lines.append(Line(text: head + " " + text, origin: origin))
        case .array: lines.append(Line(text: head + " []", origin: origin))
        case .object: lines.append(Line(text: head + " {}", origin: origin))
        case let .string(text):
            let inner = indent + "  "
            if text.contains("\n") {
                if let block = Self.literal(text) {
                    lines.append(Line(text: head + " " + block.indicator, origin: origin))
                    for line in block.lines { lines.append(Line(text: line.isEmpty ? "" : inner + line, origin: origin)) }
                    return
                }
            } else if head.count + 1 + text.count > Self.width, let folded = Self.folded(text, width: Self.width - inner.count) {
                lines.append(Line(text: head + " >-", origin: origin))
                for line in folded { lines.append(Line(text: inner + line, origin: origin)) }
                return
            }
            lines.append(Line(text: head + " " + (Self.isPlain(text, inFlow: false) ? text : Self.quoted(text)), origin: origin))
        }
    }

    var text: String { lines.map(\.text).joined(separator: "\n") + "\n" }

    // MARK: - Scalars

    private static func key(_ key: String) -> String { isPlain(key) ? key : quoted(key) }

    /// A list of short scalars on one line, `[KZ, KG]`; nil when an item is not a scalar.
    private static func flow(_ items: [JSONNode]) -> String? {
        var parts: [String] = []
        for item in items {
            switch item.content {
            case let .string(text) where !text.contains("\n"): parts.append(isPlain(text) ? text : quoted(text))
            case let .number(text): parts.append(text)
            case let .bool(value): parts.append(value ? "true" : "false")
            default: return nil
            }
        }
        return "[" + parts.joined(separator: ", ") + "]"
    }

    /// Words YAML (1.1, as libyaml's users read it) would take for something other than text.
    private static let reserved: Set<String> = ["true", "false", "yes", "no", "on", "off", "y", "n", "null", "~"]

    /// Whether YAML reads the text back unquoted as the same text; in a flow list (`[a, b]`) commas
    /// and brackets end it, in a block they do not.
    static func isPlain(_ text: String, inFlow: Bool = true) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return false }
        guard first.properties.isAlphabetic || ("0"..."9").contains(first), last != " " else { return false }
        if reserved.contains(text.lowercased()) || Double(text) != nil || Int(text) != nil { return false }
        if text.hasPrefix("0x") || text.hasPrefix("0o") { return false }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "[", "]", "{", "}", ",":
                if inFlow { return false }
            case "\t", "\n", "\r":
                return false
            case _ where scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value)
                || scalar.value == 0xFEFF || scalar.value == 0x2028 || scalar.value == 0x2029:
                return false
            default: continue
            }
        }
        return !text.contains(": ") && !text.hasSuffix(":") && !text.contains(" #") && !text.contains("  ")
    }

    /// YAML's double-quoted form: JSON's escapes, which YAML reads the same.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value)
                || scalar.value == 0xFEFF || scalar.value == 0x2028 || scalar.value == 0x2029:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// The text wrapped at single spaces into a folded block (`>-`), which reads back as the text; nil
    /// when folding would change it (white space at an end, a character a block scalar cannot hold).
    static func folded(_ text: String, width: Int) -> [String]? {
        guard isBlockSafe(text), !text.hasPrefix(" "), !text.hasSuffix(" "), !text.contains("\t") else { return nil }
        var lines: [String] = []
        var current = ""
        var pending = ""
        let words = text.split(separator: " ", omittingEmptySubsequences: false)
        // A run of spaces stays inside a line: only a single space between two words is a fold.
        for word in words {
            if word.isEmpty {
                pending += " "
                continue
            }
            if current.isEmpty {
                current = String(word)
            } else if pending.isEmpty, current.count + 1 + word.count > width {
                lines.append(current)
                current = String(word)
            } else {
                current += " " + pending + word
            }
            pending = ""
        }
        guard pending.isEmpty else { return nil }
        lines.append(current)
        return lines
    }

    /// The text as a literal block (`|` when it ends with one line break, `|-` with none), or nil.
    static func literal(_ text: String) -> (indicator: String, lines: [String])? {
        guard isBlockSafe(text), !text.hasPrefix(" "), !text.hasPrefix("\n"), !text.hasSuffix("\n\n"),
              !text.contains("\r") else { return nil }
        let body = text.hasSuffix("\n") ? String(text.dropLast()) : text
        let lines = body.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // A line of spaces only, or one ending in a space, would not read back the same in every editor.
        guard !lines.contains(where: { $0.hasSuffix(" ") || $0.hasSuffix("\t") }) else { return nil }
        return (text.hasSuffix("\n") ? "|" : "|-", lines)
    }

    private static func isBlockSafe(_ text: String) -> Bool {
        !text.unicodeScalars.contains { scalar in
            (scalar.value < 0x20 && scalar != "\n" && scalar != "\t") || scalar.value == 0x7F
                || (0x80...0x9F).contains(scalar.value) || scalar.value == 0xFEFF
                || scalar.value == 0x2028 || scalar.value == 0x2029
        }
    }

    static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}
