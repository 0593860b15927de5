internal import CYAML

/// Reads one YAML document from libyaml's events into a `Node` tree, in one pass.
///
/// libyaml is the system's (`CYAML`, Debian's libyaml-dev through pkg-config). Keys are
/// compared as strings while the mapping is built, so a duplicate is found without hashing nodes, and
/// a key that is not a plain value is refused before anything could expand it. Aliases share the
/// anchored node; their expanded size is counted as the tree is built, and a document out of
/// proportion to what was written is refused as an alias bomb.
struct YAMLParser {
    enum Failure: Error {
        /// libyaml's own error: what it found, where, and the construct it was reading.
        case syntax(problem: String, mark: Node.Mark?, offset: Int?, context: (text: String, mark: Node.Mark)?)
        case secondDocument(Node.Mark)
        case duplicateKey(String, at: Node.Mark, first: Node.Mark)
        case nonScalarKey(Node.Mark, isAlias: Bool)
        case undefinedAlias(String, at: Node.Mark)
        case aliasBomb(anchor: String, at: Node.Mark, size: Int, written: Int, allowed: Int)
        /// A control character or a non-character in a value or key, raw or written as an escape
        /// (`"\x01"`, `"\uFFFE"`): its scalar value (U+D800 for any lone surrogate).
        case forbiddenCharacter(UInt32, at: Node.Mark)
    }

    /// How far aliases may multiply a document: the expanded tree may hold at most this many times
    /// the nodes written, plus `aliasSlack`. Real files use aliases sparingly or not at all; a billion
    /// laughs multiplies by millions.
    static let aliasExpansionFactor = 10
    static let aliasSlack = 10_000

    /// An open collection. Its arrays are appended to in place (the frame is mutated where it stands
    /// on the stack), so a list of 50,000 findings is built in linear time.
    private struct Frame {
        let isMapping: Bool
        let mark: Node.Mark
        let anchor: String?
        var size = 1
        var pairs: [(key: Node, value: Node)] = []
        var items: [Node] = []
        var pendingKey: Node?
        /// The keys so far, for finding a duplicate: searched in a list while a mapping is small (as
        /// the library's are: a dozen keys), in a dictionary once it is not.
        var keys: [(key: String, mark: Node.Mark)] = []
        var keyIndex: [String: Node.Mark]?

        static let listedKeys = 16

        func firstMark(of key: String) -> Node.Mark? {
            if let keyIndex { return keyIndex[key] }
            return keys.first { $0.key == key }?.mark
        }

        mutating func add(key: String, at mark: Node.Mark) {
            if keyIndex != nil {
                keyIndex?[key] = mark
            } else if keys.count < Self.listedKeys {
                keys.append((key, mark))
            } else {
                var index = Dictionary(keys, uniquingKeysWith: { first, _ in first })
                index[key] = mark
                keyIndex = index
                keys = []
            }
        }
    }

    /// One list of the root mapping whose items go to a reader as each is parsed, instead of into the
    /// tree: a country file's tree would otherwise hold all its findings at once before any is read (at
    /// 50,000 findings a file, on each core). An item is handed over only while the document has had no
    /// alias (so that what the reader walks is as long as what was written, and the alias bomb check
    /// at the end still sees every alias), and once an item is kept in the tree the rest are too, so the
    /// items handed over are always the list's first ones, in order.
    struct ItemStream {
        /// The root mapping's key whose list is streamed.
        let key: String
        /// A root key whose plain value the reader needs first (a country file's `country`); no item
        /// is handed over before it has been read.
        let after: String
        /// Reads one item, given the value of `after`; false keeps it (and the rest) in the tree.
        let read: (_ item: Node, _ after: Node) -> Bool
    }

    private let stream: ItemStream?
    /// Set when an item of the streamed list is kept: the rest are kept too.
    private var streamStopped = false
    private var aliasSeen = false
    private var stack: [Frame] = []

    /// The nesting limit that Yams' copy of libyaml had and Debian's libyaml 0.2.5 does not (it came
    /// after that release): kept here, with libyaml's own words, so that a file of ten thousand
    /// brackets is one located error, as before, and never a deep tree.
    private func requireDepth(at mark: Node.Mark) throws(Failure) {
        guard stack.count >= YAMLSource.maximumNesting else { return }
        throw .syntax(problem: "Maximum nesting level reached, set with yaml_set_max_nest_level())", mark: mark,
                      offset: nil, context: nil)
    }
    private var anchors: [String: (node: Node, size: Int)] = [:]
    private var written = 0
    private var largestAlias: (anchor: String, mark: Node.Mark, size: Int)?
    private var root: (node: Node, size: Int)?

    /// The document's root; nil when the text holds no document.
    static func parse(_ bytes: [UInt8], streaming stream: ItemStream? = nil) throws(Failure) -> Node? {
        var builder = YAMLParser(stream: stream)
        return try builder.run(bytes)
    }

    private init(stream: ItemStream?) {
        self.stream = stream
    }

    private mutating func run(_ bytes: [UInt8]) throws(Failure) -> Node? {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            throw .syntax(problem: "libyaml could not start", mark: nil, offset: nil, context: nil)
        }
        defer { yaml_parser_delete(&parser) }
        var documents = 0
        let result: Result<Void, Failure> = bytes.withUnsafeBufferPointer { buffer in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            while true {
                var event = yaml_event_t()
                guard yaml_parser_parse(&parser, &event) == 1 else { return .failure(Self.failure(of: parser)) }
                defer { yaml_event_delete(&event) }
                let mark = Node.Mark(line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1)
                do throws(Failure) {
                    switch event.type {
                    case YAML_STREAM_END_EVENT:
                        return .success(())
                    case YAML_DOCUMENT_START_EVENT:
                        documents += 1
                        if documents > 1 { throw .secondDocument(mark) }
                    case YAML_SCALAR_EVENT:
                        let data = event.data.scalar
                        if let forbidden = Self.forbiddenCharacter(in: data.value, count: data.length) {
                            throw .forbiddenCharacter(forbidden, at: mark)
                        }
                        let text = String(decoding: UnsafeBufferPointer(start: data.value, count: data.length),
                                          as: UTF8.self)
                        let scalar = Node.Scalar(string: text, style: Self.style(data.style), mark: mark)
                        written += 1
                        try add(.scalar(scalar), size: 1, anchor: Self.string(data.anchor))
                    case YAML_ALIAS_EVENT:
                        written += 1
                        aliasSeen = true
                        let name = Self.string(event.data.alias.anchor) ?? ""
                        // In key position the alias is refused as a key before anything is looked up:
                        // most often it is text starting with `*` meant as a plain word.
                        if let top = stack.last, top.isMapping, top.pendingKey == nil {
                            throw .nonScalarKey(mark, isAlias: true)
                        }
                        guard let anchored = anchors[name] else { throw .undefinedAlias(name, at: mark) }
                        if anchored.size > (largestAlias?.size ?? 0) { largestAlias = (name, mark, anchored.size) }
                        try add(anchored.node, size: anchored.size, anchor: nil, isAlias: true, mark: mark)
                    case YAML_MAPPING_START_EVENT:
                        written += 1
                        try requireDepth(at: mark)
                        stack.append(Frame(isMapping: true, mark: mark,
                                           anchor: Self.string(event.data.mapping_start.anchor)))
                    case YAML_SEQUENCE_START_EVENT:
                        written += 1
                        try requireDepth(at: mark)
                        stack.append(Frame(isMapping: false, mark: mark,
                                           anchor: Self.string(event.data.sequence_start.anchor)))
                    case YAML_MAPPING_END_EVENT, YAML_SEQUENCE_END_EVENT:
                        guard let frame = stack.popLast() else { break }
                        let node: Node = frame.isMapping ? .mapping(Node.Mapping(pairs: frame.pairs, mark: frame.mark))
                            : .sequence(Node.Sequence(items: frame.items, mark: frame.mark))
                        try add(node, size: frame.size, anchor: frame.anchor)
                    default:
                        break
                    }
                } catch {
                    return .failure(error)
                }
            }
        }
        try result.get()
        guard let root else { return nil }
        let allowed = written * Self.aliasExpansionFactor + Self.aliasSlack
        if root.size > allowed, let largest = largestAlias {
            throw .aliasBomb(anchor: largest.anchor, at: largest.mark, size: largest.size, written: written,
                             allowed: allowed)
        }
        return root.node
    }

    /// Puts a finished node where it belongs: the value (or key) of the open mapping, the next item of
    /// the open sequence, or the root.
    private mutating func add(_ node: Node, size: Int, anchor: String?, isAlias: Bool = false,
                              mark: Node.Mark? = nil) throws(Failure) {
        if let anchor { anchors[anchor] = (node, size) }
        guard !stack.isEmpty else {
            root = (node, size)
            return
        }
        let top = stack.count - 1
        stack[top].size = Self.adding(stack[top].size, size)
        guard stack[top].isMapping else {
            if top == 1, handedOver(node) { return }
            stack[top].items.append(node)
            return
        }
        if let key = stack[top].pendingKey {
            stack[top].pairs.append((key, node))
            stack[top].pendingKey = nil
            return
        }
        guard case let .scalar(scalar) = node, !isAlias else {
            throw .nonScalarKey(mark ?? node.mark ?? stack[top].mark, isAlias: isAlias)
        }
        if let first = stack[top].firstMark(of: scalar.string) {
            throw .duplicateKey(scalar.string, at: scalar.mark, first: first)
        }
        stack[top].add(key: scalar.string, at: scalar.mark)
        stack[top].pendingKey = node
    }

    /// Whether an item of a list just under the root went to the stream's reader.
    private mutating func handedOver(_ item: Node) -> Bool {
        guard let stream, !streamStopped, stack[0].isMapping, stack[0].pendingKey?.string == stream.key else {
            return false
        }
        guard !aliasSeen, let after = stack[0].pairs.first(where: { $0.key.string == stream.after })?.value,
              stream.read(item, after) else {
            streamStopped = true
            return false
        }
        return true
    }

    private static func adding(_ size: Int, _ more: Int) -> Int {
        let (sum, overflow) = size.addingReportingOverflow(more)
        return overflow ? .max : sum
    }

    /// The first character no library text may hold: C0 controls but tab and line breaks, DEL, C1
    /// controls, U+FFFE and U+FFFF, and lone surrogates (which libyaml's `\u` escapes let through as
    /// bytes that are not UTF-8, reported as U+D800). They make no sense in a document, some make a
    /// workbook that Excel and openpyxl refuse, and escape sequences would reach a terminal.
    private static func forbiddenCharacter(in bytes: UnsafePointer<yaml_char_t>?, count: Int) -> UInt32? {
        guard let bytes else { return nil }
        var index = 0
        while index < count {
            let byte = bytes[index]
            switch byte {
            case 0x09, 0x0A, 0x0D: break
            case 0x00...0x1F, 0x7F: return UInt32(byte)
            case 0xC2 where index + 1 < count && (0x80...0x9F).contains(bytes[index + 1]):
                return UInt32(bytes[index + 1])
            case 0xED where index + 1 < count && bytes[index + 1] >= 0xA0:
                return 0xD800
            case 0xEF where index + 2 < count && bytes[index + 1] == 0xBF && bytes[index + 2] >= 0xBE:
                return 0xFFFE + UInt32(bytes[index + 2] - 0xBE)
            default: break
            }
            index += 1
        }
        return nil
    }

    private static func style(_ style: yaml_scalar_style_t) -> Node.Scalar.Style {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: return .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: return .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: return .literal
        case YAML_FOLDED_SCALAR_STYLE: return .folded
        default: return .plain
        }
    }

    private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: $0) }
    }

    private static func failure(of parser: yaml_parser_t) -> Failure {
        let problem = parser.problem.map { String(cString: $0) } ?? "unknown error"
        let mark = Node.Mark(line: Int(parser.problem_mark.line) + 1, column: Int(parser.problem_mark.column) + 1)
        let context = parser.context.map { text in
            (text: String(cString: text),
             mark: Node.Mark(line: Int(parser.context_mark.line) + 1, column: Int(parser.context_mark.column) + 1))
        }
        if parser.error == YAML_READER_ERROR {
            return .syntax(problem: problem, mark: nil, offset: Int(parser.problem_offset), context: nil)
        }
        return .syntax(problem: problem, mark: mark, offset: nil, context: context)
    }
}
