/// Reads a JSON document (RFC 8259) into located nodes. Foundation's reader gives no line for an
/// error, nor for a value: the merge needs both.
package struct JSONReader {
    package struct Failure: Error, Sendable {
        package let line: Int
        package let column: Int
        package let message: String
    }

    /// Deeper than any exchange file nests; a file deeper still is refused rather than read on the stack.
    static let maximumDepth = 64

    private let bytes: [UInt8]
    private var index = 0
    private var line = 1
    /// Where the current line starts (a line break only ever stands in white space between values).
    private var lineStart = 0

    /// How far the columns are counted on the current line: a value's column (or an error's) is
    /// counted on from the last one's, so that a file written on one line (a minified export) costs no
    /// more than another.
    private var countedUpTo = 0
    private var countedColumn = 1

    private mutating func columnHere() -> Int {
        if countedUpTo < lineStart {
            countedUpTo = lineStart
            countedColumn = 1
        }
        while countedUpTo < index {
            if bytes[countedUpTo] & 0xC0 != 0x80 { countedColumn += 1 }
            countedUpTo += 1
        }
        return countedColumn
    }

    private init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// The document's one value; a byte-order mark is allowed before it, nothing but white space after.
    package static func read(_ bytes: [UInt8]) throws(Failure) -> JSONNode {
        var reader = JSONReader(bytes)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            reader.index = 3
            reader.lineStart = 3
        }
        reader.skipSpace()
        guard reader.index < bytes.count else { throw reader.failure("the file holds no JSON value") }
        let node = try reader.value(depth: 0)
        reader.skipSpace()
        guard reader.index == bytes.count else { throw reader.failure("unexpected text after the JSON value") }
        return node
    }

    private mutating func failure(_ message: String) -> Failure {
        Failure(line: line, column: columnHere(), message: message)
    }

    private var current: UInt8? { index < bytes.count ? bytes[index] : nil }

    private mutating func advance() {
        index += 1
    }

    private mutating func skipSpace() {
        while let byte = current, byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 {
            index += 1
            if byte == 0x0A {
                line += 1
                lineStart = index
            }
        }
    }

    private mutating func expect(_ word: String) throws(Failure) {
        for byte in word.utf8 {
            guard current == byte else { throw failure("expected '\(word)'") }
            advance()
        }
    }

    private mutating func value(depth: Int) throws(Failure) -> JSONNode {
        guard depth < Self.maximumDepth else { throw failure("values nested more than \(Self.maximumDepth) deep") }
        let (startLine, startColumn) = (line, columnHere())
        func node(_ content: JSONNode.Content) -> JSONNode {
            JSONNode(content: content, line: startLine, column: startColumn)
        }
        switch current {
        case UInt8(ascii: "{"):
            advance()
            var members: [(key: String, value: JSONNode)] = []
            var seen: Set<String> = []
            skipSpace()
            if current == UInt8(ascii: "}") { advance(); return node(.object([])) }
            while true {
                skipSpace()
                guard current == UInt8(ascii: "\"") else { throw failure("expected a member name in double quotes") }
                let key = try string()
                guard seen.insert(key).inserted else { throw failure("the member '\(key)' is written twice") }
                skipSpace()
                guard current == UInt8(ascii: ":") else { throw failure("expected ':' after the member name '\(key)'") }
                advance()
                skipSpace()
                members.append((key, try value(depth: depth + 1)))
                skipSpace()
                if current == UInt8(ascii: ",") { advance(); continue }
                if current == UInt8(ascii: "}") { advance(); return node(.object(members)) }
                throw failure("expected ',' or '}' in an object")
            }
        case UInt8(ascii: "["):
            advance()
            var items: [JSONNode] = []
            skipSpace()
            if current == UInt8(ascii: "]") { advance(); return node(.array([])) }
            while true {
                skipSpace()
                items.append(try value(depth: depth + 1))
                skipSpace()
                if current == UInt8(ascii: ",") { advance(); continue }
                if current == UInt8(ascii: "]") { advance(); return node(.array(items)) }
                throw failure("expected ',' or ']' in a list")
            }
        case UInt8(ascii: "\""):
            return node(.string(try string()))
        case UInt8(ascii: "t"):
            try expect("true")
            return node(.bool(true))
        case UInt8(ascii: "f"):
            try expect("false")
            return node(.bool(false))
        case UInt8(ascii: "n"):
            try expect("null")
            return node(.null)
        case let byte? where byte == UInt8(ascii: "-") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte):
            return node(.number(try number()))
        case nil:
            throw failure("the file ends where a value was expected")
        default:
            throw failure("expected a value (an object, a list, a text in double quotes, a number, true, false or null)")
        }
    }

    private mutating func digits() -> Int {
        var count = 0
        while let byte = current, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) {
            advance()
            count += 1
        }
        return count
    }

    private mutating func number() throws(Failure) -> String {
        let start = index
        if current == UInt8(ascii: "-") { advance() }
        if current == UInt8(ascii: "0") {
            advance()
        } else if digits() == 0 {
            throw failure("a number needs digits")
        }
        if current == UInt8(ascii: ".") {
            advance()
            guard digits() > 0 else { throw failure("a number needs digits after its decimal point") }
        }
        if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
            advance()
            if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { advance() }
            guard digits() > 0 else { throw failure("a number needs digits in its exponent") }
        }
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    private mutating func hex4() throws(Failure) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let byte = current, let digit = Self.hexDigit(byte) else {
                throw failure("expected four hexadecimal digits after \\u")
            }
            value = value * 16 + digit
            advance()
        }
        return value
    }

    private static func hexDigit(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt32(byte - UInt8(ascii: "A") + 10)
        default: return nil
        }
    }

    private mutating func string() throws(Failure) -> String {
        advance()
        let start = index
        var escaped: [UInt8]?
        var run = index
        while true {
            guard let byte = current else { throw failure("a text is not closed by a double quote") }
            switch byte {
            case UInt8(ascii: "\""):
                defer { advance() }
                guard var text = escaped else { return String(decoding: bytes[start..<index], as: UTF8.self) }
                text.append(contentsOf: bytes[run..<index])
                return String(decoding: text, as: UTF8.self)
            case UInt8(ascii: "\\"):
                var text = escaped ?? []
                text.append(contentsOf: bytes[run..<index])
                advance()
                guard let escape = current else { throw failure("a text is not closed by a double quote") }
                advance()
                switch escape {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): text.append(escape)
                case UInt8(ascii: "b"): text.append(0x08)
                case UInt8(ascii: "f"): text.append(0x0C)
                case UInt8(ascii: "n"): text.append(0x0A)
                case UInt8(ascii: "r"): text.append(0x0D)
                case UInt8(ascii: "t"): text.append(0x09)
                case UInt8(ascii: "u"):
                    var code = try hex4()
                    if (0xD800...0xDBFF).contains(code) {
                        guard current == UInt8(ascii: "\\") else { throw failure("a lone surrogate in \\u escapes") }
                        advance()
                        guard current == UInt8(ascii: "u") else { throw failure("a lone surrogate in \\u escapes") }
                        advance()
                        let low = try hex4()
                        guard (0xDC00...0xDFFF).contains(low) else { throw failure("a lone surrogate in \\u escapes") }
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    }
                    guard let scalar = Unicode.Scalar(code) else { throw failure("a lone surrogate in \\u escapes") }
                    text.append(contentsOf: String(Character(scalar)).utf8)
                default:
                    throw failure("'\\\(Character(Unicode.Scalar(escape)))' is not a JSON escape")
                }
                escaped = text
                run = index
            case 0x00..<0x20:
                throw failure("a control character inside a text; write it as an escape such as \\n")
            default:
                // The run up to the next quote, backslash or control character, in one step.
                index += 1
                while index < bytes.count {
                    let next = bytes[index]
                    if next == UInt8(ascii: "\"") || next == UInt8(ascii: "\\") || next < 0x20 { break }
                    index += 1
                }
            }
        }
    }
}
