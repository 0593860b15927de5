/// Unicode's White_Space characters (what `Character.isWhitespace` tests), found on UTF-8 bytes.
///
/// White_Space is a fixed list (Unicode's stability policy): testing bytes against it spares the
/// character-property look-up, which was a visible part of loading and comparing a large library.
/// `WordDiffTests` holds it to the scalar property for every scalar.
enum WhiteSpace {
    /// The bytes of the white-space character starting at `index`, or 0 when it is something else.
    static func length(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let first = bytes[index]
        if first < 0x80 { return first == 0x20 || (0x09...0x0D).contains(first) ? 1 : 0 }
        guard first == 0xC2 || first == 0xE1 || first == 0xE2 || first == 0xE3 else { return 0 }
        if first == 0xC2 {
            guard index + 1 < bytes.count else { return 0 }
            return isNonASCII(UInt32(bytes[index + 1] & 0x3F) | 0x80) ? 2 : 0
        }
        guard index + 2 < bytes.count else { return 0 }
        let value = UInt32(first & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
        return isNonASCII(value) ? 3 : 0
    }

    static func isNonASCII(_ value: UInt32) -> Bool {
        switch value {
        case 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    /// Whether `text` holds a white-space character from its byte `offset` on.
    static func occurs(in text: String, fromByte offset: Int = 0) -> Bool {
        var copy = text
        return copy.withUTF8 { bytes in
            (offset..<max(offset, bytes.count)).contains { length(bytes, at: $0) > 0 }
        }
    }

    /// Whether `text` is empty or only white space. Stops at the first other character.
    static func isBlank(_ text: String) -> Bool {
        var copy = text
        return copy.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                let space = length(bytes, at: index)
                guard space > 0 else { return false }
                index += space
            }
            return true
        }
    }
}
