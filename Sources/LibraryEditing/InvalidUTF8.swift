/// Where a file stops being UTF-8, for the error of merge and import to point at.
enum InvalidUTF8 {
    /// The first byte that does not begin or continue a UTF-8 sequence, with its line and column; nil
    /// for UTF-8 text. The standard library's validation is fast: the place is looked for only after.
    static func first(in bytes: [UInt8]) -> (offset: Int, line: Int, column: Int)? {
        guard String(validating: bytes, as: UTF8.self) == nil else { return nil }
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        var line = 1
        var column = 1
        while true {
            switch parser.parseScalar(from: &iterator) {
            case let .valid(encoded):
                if encoded.count == 1, encoded.first == UInt8(ascii: "\n") {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
                offset += encoded.count
            case .emptyInput:
                return nil
            case .error:
                return (offset, line, column)
            }
        }
    }
}
