import Testing
@testable import IndicatorLibrary

/// The eight-bytes-at-a-time passes over plain ASCII: they may stop early (the byte checks then look
/// at each byte), but never pass over a byte they must stop at, wherever it stands in its word.
@Suite struct ByteWordsTests {
    static func buffer(_ count: Int, fill: UInt8, at position: Int? = nil, _ byte: UInt8 = 0) -> [UInt8] {
        var bytes = [UInt8](repeating: fill, count: count)
        if let position { bytes[position] = byte }
        return bytes
    }

    /// Every C0 control, DEL, and the lead bytes of C1 controls (0xC2), surrogates (0xED) and U+FFFE and
    /// U+FFFF (0xEF): the bytes where a forbidden character may start.
    static let suspects: [UInt8] = Array(0x00...0x1F) + [0x7F, 0xC2, 0xED, 0xEF]

    /// In texts of every length from every start, the tail shorter than a word included.
    @Test(arguments: suspects)
    func aPlainRunStopsAtTheFirstByteThatMayStartAForbiddenCharacter(byte: UInt8) {
        for count in [3, 8, 13, 24] {
            for start in 0..<count {
                for position in start..<count {
                    var bytes = Self.buffer(count, fill: UInt8(ascii: "a"), at: position, byte)
                    if position + 1 < count { bytes[position + 1] = byte }
                    let end = bytes.withUnsafeBufferPointer {
                        ByteWords.plainTextEnd($0.baseAddress!, from: start, count: count)
                    }
                    #expect(end == position, "0x\(String(byte, radix: 16)) at \(position) of \(count) from \(start): \(end)")
                }
            }
        }
    }

    @Test func aPlainRunPassesOverPrintableASCIIAndCyrillic() {
        let ascii = Array("  ~~az AZ ~~09 ~ ~ ~ ~ ~".utf8)
        #expect(ascii.withUnsafeBufferPointer { ByteWords.plainTextEnd($0.baseAddress!, from: 0, count: 24) } == 24)
        #expect(ascii.withUnsafeBufferPointer { ByteWords.plainTextEnd($0.baseAddress!, from: 19, count: 21) } == 21)
        // Cyrillic (0xD0 and 0xD1 leads) passes; «quotes» are 0xC2 and stop it.
        let cyrillic = Array("Ержан Елшимбаев".utf8)
        #expect(cyrillic.count == 29)
        #expect(cyrillic.withUnsafeBufferPointer { ByteWords.plainTextEnd($0.baseAddress!, from: 0, count: 29) } == 29)
        let quoted = Array("Ержан «Е»".utf8)
        #expect(quoted.withUnsafeBufferPointer { ByteWords.plainTextEnd($0.baseAddress!, from: 0, count: quoted.count) } == 11)
        let short = Array("Ер".utf8)
        #expect(short.withUnsafeBufferPointer { ByteWords.plainTextEnd($0.baseAddress!, from: 0, count: 4) } == 4)
    }

    @Test(arguments: [UInt8(0x80), 0xBF, 0xD0, 0xFF])
    func anASCIIRunStopsAtOrBeforeAByteAboveIt(byte: UInt8) {
        for position in 0..<24 {
            let bytes = Self.buffer(24, fill: 0x7F, at: position, byte)
            let end = bytes.withUnsafeBufferPointer { ByteWords.asciiEnd($0.baseAddress!, from: 0, count: 24) }
            #expect(end <= position, "0x\(String(byte, radix: 16)) at \(position): passed to \(end)")
        }
    }

    @Test func aSearchForThreeBytesFindsEachWhereverItStands() {
        for target in [UInt8(ascii: "<"), UInt8(ascii: "&"), UInt8(ascii: "]")] {
            for position in 0..<21 {
                let bytes = Self.buffer(21, fill: UInt8(ascii: "="), at: position, target)
                #expect(bytes.withUnsafeBufferPointer { ByteWords.contains($0, anyOf: 0x3C, 0x26, 0x5D) }, "at \(position)")
            }
        }
        // Bytes one bit away from each ("=", "$", "\\", "^", ...) are not taken for them.
        let neighbours = Array("=>$'\\_^|=>$'\\_^|=>$'\\".utf8)
        #expect(!neighbours.withUnsafeBufferPointer { ByteWords.contains($0, anyOf: 0x3C, 0x26, 0x5D) })
    }
}
