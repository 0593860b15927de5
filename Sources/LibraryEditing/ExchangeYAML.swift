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
            // A top-level list of items that span lines (findings, recommendations) has a blank line
            // between its items; one of one-line items (the narrative's blocks) has none.
            // The items are written apart, then appended with the blank lines (never inserted: a file
            // holds tens of thousands of them).
            var written: [[Line]] = []
            for item in items {
                var one = ExchangeYAML()
                one.listItem(item, indent: indent + "  ", spaced: false)
                written.append(one.lines)
            }
            let spaced = indent.isEmpty && written.contains { $0.count > 1 }
            for (index, item) in written.enumerated() {
                if spaced, index > 0 { blank() }
                lines.append(contentsOf: item)
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
            if text.utf8.contains(UInt8(ascii: "\n")) {
                if let block = Self.literal(text) {
                    lines.append(Line(text: head + " " + block.indicator, origin: origin))
                    for line in block.lines { lines.append(Line(text: line.isEmpty ? "" : inner + line, origin: origin)) }
                    return
                }
            } else if head.count + 1 + text.unicodeScalars.count > Self.width, let folded = Self.folded(text, width: Self.width - inner.count) {
                lines.append(Line(text: head + " >-", origin: origin))
                for line in folded { lines.append(Line(text: inner + line, origin: origin)) }
                return
            }
            lines.append(Line(text: head + " " + (Self.isPlain(text, inFlow: false) ? text : Self.quoted(text)), origin: origin))
        }
    }


    // MARK: - Scalars

    private static func key(_ key: String) -> String { isPlain(key) ? key : quoted(key) }

    /// A list of short scalars on one line, `[KZ, KG]`; nil when an item is not a scalar.
    private static func flow(_ items: [JSONNode]) -> String? {
        var parts: [String] = []
        for item in items {
            switch item.content {
            case let .string(text) where !text.utf8.contains(UInt8(ascii: "\n")): parts.append(isPlain(text) ? text : quoted(text))
            case let .number(text): parts.append(text)
            case let .bool(value): parts.append(value ? "true" : "false")
            default: return nil
            }
        }
        return "[" + parts.joined(separator: ", ") + "]"
    }

    /// Words YAML (1.1, as libyaml's users read it) would take for something other than text, and
    /// those Swift reads as a number.
    private static let reserved: Set<String> = ["true", "false", "yes", "no", "on", "off", "y", "n", "null", "~",
                                                "inf", "infinity", "nan"]

    /// Whether YAML reads the text back unquoted as the same text; in a flow list (`[a, b]`) commas
    /// and brackets end it, in a block they do not. One pass over the bytes: the merge asks it of
    /// every text it writes.
    static func isPlain(_ text: String, inFlow: Bool = true) -> Bool {
        guard let first = text.unicodeScalars.first else { return false }
        let startsWithDigit = ("0"..."9").contains(first)
        guard first.properties.isAlphabetic || startsWithDigit else { return false }
        if text.utf8.count <= 8, reserved.contains(text.lowercased()) { return false }
        if startsWithDigit, Double(text) != nil || Int(text) != nil || text.hasPrefix("0x") || text.hasPrefix("0o") {
            return false
        }
        var previous: UInt8 = 0
        var plain = true
        var copy = text
        copy.withUTF8 { bytes in
            for byte in bytes {
                switch byte {
                case UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: ","):
                    if inFlow { plain = false }
                case UInt8(ascii: " "):
                    // ": " starts a value, "  " would not survive an editor's re-wrapping.
                    if previous == UInt8(ascii: ":") || previous == UInt8(ascii: " ") { plain = false }
                case UInt8(ascii: "#"):
                    if previous == UInt8(ascii: " ") { plain = false }
                case 0x00..<0x20, 0x7F:
                    plain = false
                default:
                    break
                }
                if !plain { return }
                previous = byte
            }
        }
        return plain && previous != UInt8(ascii: " ") && previous != UInt8(ascii: ":")
            && !text.unicodeScalars.contains { (0x80...0x9F).contains($0.value) || $0.value == 0xFEFF
                || $0.value == 0x2028 || $0.value == 0x2029 }
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
        guard isBlockSafe(text), !text.hasPrefix(" "), !text.hasSuffix(" "), !text.utf8.contains(UInt8(ascii: "\t")) else {
            return nil
        }
        var lines: [String] = []
        var copy = text
        copy.withUTF8 { bytes in
            // Greedy, over the bytes: a line is cut at the last single space (between two non-spaces)
            // before it grows wider than `width` characters; a run of spaces is never a fold.
            var start = 0
            var lastBreak: Int?
            var widthSinceStart = 0
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: " "), index > start, bytes[index - 1] != UInt8(ascii: " "),
                   index + 1 < bytes.count, bytes[index + 1] != UInt8(ascii: " ") {
                    if widthSinceStart > width, let cut = lastBreak {
                        lines.append(String(decoding: bytes[start..<cut], as: UTF8.self))
                        start = cut + 1
                        widthSinceStart = Self.width(of: bytes[start..<index])
                    }
                    lastBreak = index
                }
                if byte & 0xC0 != 0x80 { widthSinceStart += 1 }
                index += 1
            }
            if widthSinceStart > width, let cut = lastBreak, cut >= start {
                lines.append(String(decoding: bytes[start..<cut], as: UTF8.self))
                start = cut + 1
            }
            lines.append(String(decoding: bytes[start...], as: UTF8.self))
        }
        return lines
    }

    private static func width(of bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Int {
        bytes.reduce(0) { $1 & 0xC0 != 0x80 ? $0 + 1 : $0 }
    }

    /// The text as a literal block (`|` when it ends with one line break, `|-` with none), or nil.
    static func literal(_ text: String) -> (indicator: String, lines: [String])? {
        guard isBlockSafe(text), !text.hasPrefix(" "), !text.hasPrefix("\n"), !text.hasSuffix("\n\n"),
              !text.utf8.contains(UInt8(ascii: "\r")) else { return nil }
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
