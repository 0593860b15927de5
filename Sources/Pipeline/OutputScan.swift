import Foundation
import IndicatorLibrary
import OutputFiles
import PDFEngine
import ZIPFoundation

/// The last step before an output is placed: its bytes searched for every confidential name, other
/// spelling and summary (`LeakScanner`), whatever the format. A workbook or a Word document is read
/// part by part (sheets, shared strings, comments, the body, header and footer, relationships,
/// properties, charts), a PDF as the text a reader copies from it (pdftotext); markup is read both with
/// its tags as spaces and with them dropped, and with entities and JSON escapes decoded, so that a
/// name split by a tag or written as `Erz&#104;an` is read as a reader sees it.
struct OutputScan {
    let scanner: LeakScanner
    /// Where to look for the library texts a leak was printed from.
    let library: Library

    /// The leaks of `data`, an output shown to the user as `name`; a package (ZIP) is read part by part.
    func leaks(in data: Data, name: String, reading: Staging.Reading) throws(PipelineFailure) -> [OutputLeak] {
        guard !scanner.isEmpty else { return [] }
        switch reading {
        case .bytes:
            var reader = ChunkedReader(scanner: scanner)
            reader.append(data)
            return report(reader.finish(), output: name, part: nil)
        case .pdfText:
            var reader = ChunkedReader(scanner: scanner)
            reader.append(Data(try pdfText(data, name: name).utf8))
            return report(reader.finish(), output: name, part: nil)
        case .parts:
            break
        }
        let archive: Archive
        do {
            archive = try Archive(data: data, accessMode: .read)
        } catch {
            throw .output(OutputError(path: name, reason: "the written package cannot be read back to be checked "
                                      + "(\(error))"))
        }
        var leaks: [OutputLeak] = []
        for entry in archive where entry.type == .file {
            var reader = ChunkedReader(scanner: scanner)
            do {
                _ = try archive.extract(entry, skipCRC32: false) { reader.append($0) }
            } catch {
                throw .output(OutputError(path: name, reason: "the part \(entry.path) cannot be read back to be "
                                          + "checked (\(error))"))
            }
            leaks += report(reader.finish(), output: name, part: entry.path)
        }
        return leaks
    }

    /// The text of a PDF, read from a copy of it by pdftotext.
    private func pdfText(_ data: Data, name: String) throws(PipelineFailure) -> String {
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("labour-monitor-scan-\(UUID().uuidString).pdf")
        defer { try? FileManager.default.removeItem(at: copy) }
        do {
            try data.write(to: copy)
        } catch {
            throw .output(OutputError(path: name, reason: "cannot copy the PDF to read it back (\(error))"))
        }
        do throws(PDFEngineError) {
            return try PDFText.text(ofFileAt: copy.path)
        } catch {
            throw .pdf(PDFEngineError("\(name) cannot be checked before it is placed: " + error.message))
        }
    }

    /// The leaks of a file already written (staged) at `path`.
    func leaks(inFileAt path: String, name: String, reading: Staging.Reading) throws(PipelineFailure) -> [OutputLeak] {
        guard !scanner.isEmpty else { return [] }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped)
        } catch {
            throw .output(OutputError(path: name, reason: "cannot read the written file back to check it (\(error))"))
        }
        return try leaks(in: data, name: name, reading: reading)
    }

    private func report(_ leaks: [LeakScanner.Leak], output: String, part: String?) -> [OutputLeak] {
        leaks.map { OutputLeak(output: output, part: part, leak: $0, origins: origins(of: $0)) }
    }

    /// Reads an output in pieces of about a megabyte, each ending at the end of a tag or a line, so
    /// that a large sheet is never held whole, nor a name cut in two.
    struct ChunkedReader {
        let scanner: LeakScanner
        private var buffer = Data()
        private(set) var leaks: [LeakScanner.Leak] = []
        static let chunk = 1 << 20

        init(scanner: LeakScanner) {
            self.scanner = scanner
        }

        /// `data` taken a chunk at a time: a whole file handed over at once is never copied whole.
        mutating func append(_ data: Data) {
            var start = data.startIndex
            while start < data.endIndex {
                let end = min(start + Self.chunk, data.endIndex)
                buffer.append(data[start..<end])
                start = end
                scanFullChunk()
            }
        }

        private mutating func scanFullChunk() {
            guard buffer.count >= Self.chunk else { return }
            let start = buffer.startIndex
            guard let end = buffer[(start + Self.chunk / 2)...].lastIndex(where: { $0 == UInt8(ascii: ">") || $0 == 0x0A })
            else { return }
            scan(buffer[start...end])
            buffer = Data(buffer[(end + 1)...])
        }

        mutating func finish() -> [LeakScanner.Leak] {
            scan(buffer[...])
            buffer = Data()
            return leaks
        }

        /// Each leak once; a surname standing alone is not said beside the same name in full.
        private mutating func add(_ leak: LeakScanner.Leak) {
            guard !leaks.contains(leak) else { return }
            if leak.kind == .surname, leaks.contains(where: { $0.kind == .name && $0.text == leak.text }) { return }
            if leak.kind == .name { leaks.removeAll { $0.kind == .surname && $0.text == leak.text } }
            leaks.append(leak)
        }

        private mutating func scan(_ bytes: Data.SubSequence) {
            guard !bytes.isEmpty else { return }
            for reading in OutputScan.readings(of: String(decoding: bytes, as: UTF8.self)) {
                for leak in scanner.scan(reading.text, surnamesAlone: reading.wordsKept) { add(leak) }
            }
        }
    }

    /// The library texts in which the scanner finds `leak`, looked for once per leak however many
    /// outputs and parts hold it.
    private func origins(of leak: LeakScanner.Leak) -> [SourceLocation] {
        if let known = found.origins[leak] { return known }
        let origins = scanner.origins(of: leak, in: library)
        found.origins[leak] = origins
        return origins
    }

    /// The origins already looked for, shared by the copies of the scan.
    private final class Found {
        var origins: [LeakScanner.Leak: [SourceLocation]] = [:]
    }

    private let found = Found()

    /// The ways a reader may read `text`: markup tags as spaces, and dropped; entities and escapes
    /// decoded in both. With the tags dropped, the words of neighbouring cells and paragraphs run
    /// together, which finds a name split by a tag but makes words no text holds: that reading is
    /// searched for names in full only (`wordsKept` false), not for a surname standing alone.
    static func readings(of text: String) -> [(text: String, wordsKept: Bool)] {
        guard text.utf8.contains(where: { $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "\\") })
        else { return [(text, true)] }
        var spaced: [UInt8] = []
        var joined: [UInt8] = []
        spaced.reserveCapacity(text.utf8.count)
        joined.reserveCapacity(text.utf8.count)
        read(text) { byte, inTag in
            if inTag {
                if byte == UInt8(ascii: ">") { spaced.append(0x20) }
            } else {
                spaced.append(byte)
                joined.append(byte)
            }
        }
        return [(String(decoding: spaced, as: UTF8.self), true), (String(decoding: joined, as: UTF8.self), false)]
    }

    /// Hands each byte of `text` to `take`, with whether it is inside a tag (`<` to `>`, both
    /// included), character references (`&amp;`, `&#104;`, `&#x68;`) and JSON escapes (`\\n`,
    /// `\\u0068`) outside tags decoded first: one pass over the bytes, for outputs of any size.
    static func read(_ text: String, _ take: (UInt8, Bool) -> Void) {
        var text = text
        text.withUTF8 { bytes in
            var index = 0
            var inTag = false
            func emit(_ scalar: Unicode.Scalar) {
                for unit in String(scalar).utf8 { take(unit, false) }
            }
            while index < bytes.count {
                let byte = bytes[index]
                if inTag {
                    take(byte, true)
                    if byte == UInt8(ascii: ">") { inTag = false }
                    index += 1
                    continue
                }
                switch byte {
                case UInt8(ascii: "<"):
                    inTag = true
                    take(byte, true)
                    index += 1
                case UInt8(ascii: "&"):
                    var end = index + 1
                    while end < bytes.count, end - index <= 10, bytes[end] != UInt8(ascii: ";") { end += 1 }
                    if end < bytes.count, bytes[end] == UInt8(ascii: ";"),
                       let scalar = entity(String(decoding: bytes[(index + 1)..<end], as: UTF8.self)) {
                        emit(scalar)
                        index = end + 1
                    } else {
                        take(byte, false)
                        index += 1
                    }
                case UInt8(ascii: "\\") where index + 1 < bytes.count:
                    let next = bytes[index + 1]
                    if next == UInt8(ascii: "u"), index + 5 < bytes.count,
                       let value = UInt32(String(decoding: bytes[(index + 2)...(index + 5)], as: UTF8.self), radix: 16),
                       let scalar = Unicode.Scalar(value) {
                        emit(scalar)
                        index += 6
                    } else if let escaped = Self.escapes[next] {
                        take(escaped, false)
                        index += 2
                    } else {
                        take(byte, false)
                        index += 1
                    }
                default:
                    take(byte, false)
                    index += 1
                }
            }
        }
    }

    /// JSON's one-letter escapes, as the bytes they stand for.
    private static let escapes: [UInt8: UInt8] = [
        UInt8(ascii: "n"): 0x0A, UInt8(ascii: "t"): 0x09, UInt8(ascii: "r"): 0x0D, UInt8(ascii: "\""): UInt8(ascii: "\""),
        UInt8(ascii: "\\"): UInt8(ascii: "\\"), UInt8(ascii: "/"): UInt8(ascii: "/"),
    ]

    private static func entity(_ name: String) -> Unicode.Scalar? {
        switch name {
        case "amp": return "&"
        case "lt": return "<"
        case "gt": return ">"
        case "quot": return "\""
        case "apos": return "'"
        case "nbsp": return "\u{A0}"
        default:
            if name.hasPrefix("#x") || name.hasPrefix("#X") { return UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init) }
            if name.hasPrefix("#") { return UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init) }
            return nil
        }
    }
}
