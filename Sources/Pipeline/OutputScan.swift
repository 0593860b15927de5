import Foundation
import IndicatorLibrary
import OutputFiles
import ZIPFoundation

/// The last step before an output is placed: its bytes searched for every confidential name, other
/// spelling and summary (`LeakScanner`), whatever the format. A workbook is read part by part (its
/// sheets, shared strings, comments, relationships, properties and charts); markup is read both with
/// its tags as spaces and with them dropped, and with entities and JSON escapes decoded, so that a
/// name split by a tag or written as `Erz&#104;an` is read as a reader sees it.
struct OutputScan {
    let scanner: LeakScanner
    /// Where to look for the library texts a leak was printed from.
    let library: Library

    /// The leaks of `data`, an output shown to the user as `name`; a package (ZIP) is read part by part.
    func leaks(in data: Data, name: String, isPackage: Bool) throws(PipelineFailure) -> [OutputLeak] {
        guard !scanner.isEmpty else { return [] }
        guard isPackage else {
            var reader = ChunkedReader(scanner: scanner)
            reader.append(data)
            return report(reader.finish(), output: name, part: nil)
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

    /// The leaks of a file already written (staged) at `path`.
    func leaks(inFileAt path: String, name: String, isPackage: Bool) throws(PipelineFailure) -> [OutputLeak] {
        guard !scanner.isEmpty else { return [] }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped)
        } catch {
            throw .output(OutputError(path: name, reason: "cannot read the written file back to check it (\(error))"))
        }
        return try leaks(in: data, name: name, isPackage: isPackage)
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

        mutating func append(_ data: Data) {
            buffer.append(data)
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

        private mutating func scan(_ bytes: Data.SubSequence) {
            guard !bytes.isEmpty else { return }
            for reading in OutputScan.readings(of: String(decoding: bytes, as: UTF8.self)) {
                for leak in scanner.scan(reading) where !leaks.contains(leak) { leaks.append(leak) }
            }
        }
    }

    /// The library texts in which the scanner finds `leak`.
    private func origins(of leak: LeakScanner.Leak) -> [SourceLocation] {
        var origins: [SourceLocation] = []
        ModelTexts.forEach(in: library) { _, location, text in
            if !origins.contains(location), scanner.scan(text).contains(leak) { origins.append(location) }
        }
        return origins
    }

    /// The ways a reader may read `text`: markup tags as spaces, and dropped; entities and escapes
    /// decoded in both.
    static func readings(of text: String) -> [String] {
        guard text.contains(where: { $0 == "<" || $0 == "&" || $0 == "\\" }) else { return [text] }
        return [decoded(withoutTags(text, replacement: " ")), decoded(withoutTags(text, replacement: ""))]
    }

    /// `text` with every `<...>` (tags, comments, declarations) replaced.
    static func withoutTags(_ text: String, replacement: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var inTag = false
        for character in text.unicodeScalars {
            if inTag {
                if character == ">" {
                    inTag = false
                    result += replacement
                }
            } else if character == "<" {
                inTag = true
            } else {
                result.unicodeScalars.append(character)
            }
        }
        return result
    }

    /// `text` with HTML and XML character references (`&amp;`, `&#104;`, `&#x68;`) and JSON escapes
    /// (`\n`, `\u0068`) decoded.
    static func decoded(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var result = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "&", let end = scalars[index...].prefix(12).firstIndex(of: ";"),
               let decoded = entity(String(String.UnicodeScalarView(scalars[(index + 1)..<end]))) {
                result.append(decoded)
                index = end + 1
                continue
            }
            if scalar == "\\", index + 1 < scalars.count {
                let next = scalars[index + 1]
                if next == "u", index + 5 < scalars.count,
                   let value = UInt32(String(String.UnicodeScalarView(scalars[(index + 2)...(index + 5)])), radix: 16),
                   let decoded = Unicode.Scalar(value) {
                    result.append(decoded)
                    index += 6
                    continue
                }
                if let escaped = ["n": "\n", "t": "\t", "r": "\r", "\"": "\"", "\\": "\\", "/": "/"][Character(next)] {
                    result.append(contentsOf: escaped.unicodeScalars)
                    index += 2
                    continue
                }
            }
            result.append(scalar)
            index += 1
        }
        return String(result)
    }

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
