import Foundation

/// Opens one YAML file of the library for a reader to pull its events (`YAMLEvents`), turning every
/// way a file can be wrong (unreadable, empty, binary, not UTF-8, not YAML, an alias bomb) into a
/// located diagnostic.
enum YAMLSource {
    /// The largest file read. A country's findings for one edition run to kilobytes; a file of this
    /// size is a mistake (a pasted export, a binary renamed), and reading it whole would hold up every
    /// command for minutes.
    static let maximumFileSize = 64 << 20

    /// What `read` pulls from a file's events, with the bag its diagnostics go to.
    typealias Reading<Result> = (_ events: YAMLEvents, _ bag: DiagnosticBag) throws(YAMLEvents.Failure) -> Result

    /// What `read` made of the file's document, or nil after reporting why there is none.
    ///
    /// `read` pulls the document's events as it needs them; what it leaves is taken afterwards, so that
    /// a mistake after its last value is still found. Its diagnostics are kept only when the whole file
    /// parses: a file with a syntax error reports that error alone, not the readings that came before it.
    static func read<Result>(path: String, displayPath: String, into bag: DiagnosticBag,
                             _ read: Reading<Result>) -> Result? {
        let here = SourceLocation.file(displayPath)
        // Following links: a link to /dev/zero or a named pipe would be read for ever.
        var status = stat()
        guard stat(path, &status) == 0 else {
            bag.error("cannot read the file (check that it exists and that you may read it)", at: here)
            return nil
        }
        guard status.st_mode & S_IFMT == S_IFREG else {
            bag.error("this is not a regular file (a device, a pipe, or a link to one); the library holds YAML "
                      + "text files only", at: here)
            return nil
        }
        if Int(status.st_size) > maximumFileSize {
            bag.error("the file is \(megabytes(Int(status.st_size))) MB; a library file may be at most "
                      + "\(megabytes(maximumFileSize)) MB. Check that it is the YAML file meant, or split the "
                      + "edition's findings by country",
                      at: .start(of: displayPath))
            return nil
        }
        let file: FileBytes
        do throws(FileBytes.Failure) {
            file = try FileBytes(readingFileAt: path, expectedSize: Int(status.st_size), limit: maximumFileSize)
        } catch .tooLarge {
            bag.error("the file grew past \(megabytes(maximumFileSize)) MB while it was read; a library file may be "
                      + "at most that. Check that it is the YAML file meant", at: .start(of: displayPath))
            return nil
        } catch {
            bag.error("cannot read the file (check that it exists and that you may read it)", at: here)
            return nil
        }
        return parse(file, displayPath: displayPath, into: bag, read)
    }

    static func parse<Result>(_ file: FileBytes, displayPath: String, into bag: DiagnosticBag,
                              _ read: Reading<Result>) -> Result? {
        let here = SourceLocation.start(of: displayPath)
        let bytes = file.bytes
        // `bytes` points into `file`, which must outlive every use of them below, the error reports too.
        defer { withExtendedLifetime(file) {} }
        if bytes.isEmpty {
            bag.error("the file is empty; expected YAML content", at: here)
            return nil
        }
        if let nul = firstNUL(in: bytes) {
            bag.error("the file holds a NUL byte: it looks binary, not a YAML text file",
                      at: location(ofByte: nul, in: bytes, file: displayPath))
            return nil
        }
        if let bad = firstInvalidUTF8Byte(in: bytes) {
            bag.error("the file is not valid UTF-8 (byte 0x\(String(bytes[bad], radix: 16, uppercase: true))); save it as UTF-8",
                      at: location(ofByte: bad, in: bytes, file: displayPath))
            return nil
        }
        do throws(YAMLEvents.Failure) {
            let events = try YAMLEvents(file)
            if case .documentEnd = try events.peek() {
                bag.error("the file holds no YAML document (only blank lines or comments)", at: here)
                return nil
            }
            let readings = DiagnosticBag()
            let result = try read(events, readings)
            try events.finish()
            bag.absorb(readings)
            return result
        } catch {
            report(error, bytes: bytes, file: displayPath, into: bag)
            return nil
        }
    }

    private static func megabytes(_ bytes: Int) -> String {
        String(format: "%.1f", Double(bytes) / Double(1 << 20))
    }

    // MARK: - Errors from libyaml

    private static func report(_ failure: YAMLEvents.Failure, bytes: UnsafeBufferPointer<UInt8>, file: String, into bag: DiagnosticBag) {
        func at(_ mark: Node.Mark) -> SourceLocation { SourceLocation(file: file, line: mark.line, column: mark.column) }
        switch failure {
        case let .syntax(problem, mark?, _, context):
            var message = "invalid YAML: \(problem)"
            let tooDeep = problem.hasPrefix("Maximum nesting level reached")
            if tooDeep {
                message = "the YAML nests deeper than libyaml's limit of \(YAMLEvents.maximumNesting) levels; the library's "
                    + "files nest a few levels at most (look for brackets opened and never closed)"
            }
            let isTab = character(at: mark, in: String(decoding: bytes, as: UTF8.self)) == "\t"
            if isTab { message = "invalid YAML: a tab character; YAML indents with spaces only" }
            var notes: [Diagnostic.Note] = []
            if let context, context.mark.line != mark.line || context.mark.column != mark.column {
                notes.append(.init(context.text, at: at(context.mark)))
            } else if let context, !isTab, !tooDeep {
                message += " (\(context.text))"
            }
            bag.error(message, at: at(mark), notes: notes)
        case let .syntax(problem, nil, offset, _):
            let location = offset.map { Self.location(ofByte: min($0, bytes.count), in: bytes, file: file) }
                ?? SourceLocation.start(of: file)
            bag.error("unreadable text: \(problem)", at: location)
        case let .secondDocument(mark):
            bag.error("a second YAML document starts here ('---'); a library file holds one document", at: at(mark))
        case let .duplicateKey(key, mark, first):
            bag.error("the key '\(key)' appears more than once in this mapping; keep one", at: at(mark),
                      notes: [.init("first written here", at: at(first))])
        case let .nonScalarKey(mark, isAlias):
            let what = isAlias ? "an alias (*name) is used as a mapping key" : "a mapping key is not a plain value"
            bag.error("\(what); keys in the library are plain words (put text that starts with * or ? in quotes)",
                      at: at(mark))
        case let .forbiddenCharacter(value, mark):
            let what = value == 0xD800 ? "a lone surrogate (half of a \\u escape pair)"
                : "the control character or non-character U+" + String(format: "%04X", value)
            bag.error("this value holds \(what), raw or as an escape; library texts hold printable characters, "
                      + "tabs and line breaks only: remove it", at: at(mark))
        case let .undefinedAlias(name, mark):
            bag.error("the alias '*\(name)' names no anchor written before it ('&\(name)')", at: at(mark))
        case let .aliasBomb(anchor, mark, size, written, allowed):
            bag.error("aliases expand this document to more than \(allowed) nodes from \(written) written "
                      + "(anchor '&\(anchor)' alone expands to \(size)); refusing it as an alias bomb. "
                      + "Write the values out instead of nesting aliases",
                      at: at(mark))
        }
    }

    private static func character(at mark: Node.Mark, in text: String) -> Character? {
        var line = 1
        var column = 1
        for scalar in text.unicodeScalars {
            if line == mark.line && column == mark.column { return Character(scalar) }
            if scalar == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
            if line > mark.line { return nil }
        }
        return nil
    }

    // MARK: - Byte positions

    /// Where the first NUL byte stands, found by the C library's `memchr` (which reads many bytes at a
    /// time: every file is searched whole).
    static func firstNUL(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let base = bytes.baseAddress, let found = memchr(base, 0, bytes.count) else { return nil }
        return UnsafeRawPointer(found) - UnsafeRawPointer(base)
    }

    static func firstInvalidUTF8Byte(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let base = bytes.baseAddress else { return nil }
        var index = 0
        let count = bytes.count
        while index < count {
            index = ByteWords.asciiEnd(base, from: index, count: count)
            guard index < count else { break }
            let lead = bytes[index]
            let length: Int
            var lowerBound: UInt8 = 0x80, upperBound: UInt8 = 0xBF
            switch lead {
            case 0x00...0x7F: index += 1; continue
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; lowerBound = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; upperBound = 0x9F
            case 0xF0: length = 4; lowerBound = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; upperBound = 0x8F
            default: return index
            }
            guard index + length <= count else { return index }
            let second = bytes[index + 1]
            guard second >= lowerBound && second <= upperBound else { return index }
            for offset in 2..<length where bytes[index + offset] & 0xC0 != 0x80 {
                return index
            }
            index += length
        }
        return nil
    }

    /// Line and column of a byte, counting columns in scalars of the valid text before it.
    static func location(ofByte offset: Int, in bytes: UnsafeBufferPointer<UInt8>, file: String) -> SourceLocation {
        var line = 1
        var lineStart = 0
        for index in 0..<offset where bytes[index] == UInt8(ascii: "\n") {
            line += 1
            lineStart = index + 1
        }
        let column = bytes[lineStart..<offset].filter { $0 & 0xC0 != 0x80 }.count + 1
        return SourceLocation(file: file, line: line, column: column)
    }
}
