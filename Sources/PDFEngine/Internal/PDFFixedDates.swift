import Foundation

/// LibreOffice writes the time of the run into every PDF: the creation date, and the trailer's
/// document ids and checksum, which it derives from that time. Each is replaced by a value of the
/// same length (so that no offset of the file moves): the date by the document's own, the ids and the
/// checksum by a hash of the file itself. A field the engine did not write as expected is left as it is
/// (and the reproducibility test says so).
enum PDFFixedDates {
    static func fixed(_ data: Data, date: String) -> Data {
        var bytes = [UInt8](data)
        // `/CreationDate(D:YYYYMMDDHHMMSS`: the fourteen digits.
        for range in ranges(of: "/CreationDate(D:", in: bytes) {
            let digits = range.upperBound..<(range.upperBound + 14)
            guard digits.upperBound <= bytes.count, bytes[digits].allSatisfy({ (0x30...0x39).contains($0) }),
                  date.utf8.count == 8 else { continue }
            bytes.replaceSubrange(digits, with: Array((date + "000000").utf8))
        }
        // In the last trailer: `<` 32 hex digits `>` (the two ids), and the checksum after its name.
        var hexFields: [Range<Int>] = []
        if let trailer = ranges(of: "trailer", in: bytes).last {
            for index in trailer.upperBound..<bytes.count where bytes[index] == UInt8(ascii: "<")
                && isHex(bytes, at: index + 1, count: 32) && index + 33 < bytes.count && bytes[index + 33] == UInt8(ascii: ">") {
                hexFields.append((index + 1)..<(index + 33))
            }
            for range in ranges(of: "/DocChecksum /", in: bytes) where range.lowerBound > trailer.lowerBound
                && isHex(bytes, at: range.upperBound, count: 32) {
                hexFields.append(range.upperBound..<(range.upperBound + 32))
            }
        }
        guard !hexFields.isEmpty else { return Data(bytes) }
        for field in hexFields { bytes.replaceSubrange(field, with: Array(repeating: UInt8(ascii: "0"), count: 32)) }
        let hash = Array(hex(of: bytes).utf8)
        for field in hexFields { bytes.replaceSubrange(field, with: hash) }
        return Data(bytes)
    }

    private static func isHex(_ bytes: [UInt8], at start: Int, count: Int) -> Bool {
        guard start + count <= bytes.count else { return false }
        return bytes[start..<(start + count)].allSatisfy { (0x30...0x39).contains($0) || (0x41...0x46).contains($0) }
    }

    private static func ranges(of marker: String, in bytes: [UInt8]) -> [Range<Int>] {
        let pattern = Array(marker.utf8)
        guard pattern.count <= bytes.count else { return [] }
        var found: [Range<Int>] = []
        var index = 0
        while index <= bytes.count - pattern.count {
            if bytes[index] == pattern[0], bytes[index..<(index + pattern.count)].elementsEqual(pattern) {
                found.append(index..<(index + pattern.count))
                index += pattern.count
            } else {
                index += 1
            }
        }
        return found
    }

    /// Two 64-bit FNV-1a hashes of the bytes, as 32 capital hex digits: not for security, only a value
    /// that changes with the content and never with the time.
    private static func hex(of bytes: [UInt8]) -> String {
        var first: UInt64 = 0xcbf2_9ce4_8422_2325
        var second: UInt64 = 0x8422_2325_cbf2_9ce4
        for byte in bytes {
            first = (first ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
            second = (second ^ UInt64(byte ^ 0x5a)) &* 0x0000_0100_0000_01b3
        }
        return String(format: "%016llX%016llX", first, second)
    }
}
