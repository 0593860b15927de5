internal import CYAML

/// One YAML document's events, pulled one at a time: the next scalar, the start or end of a
/// collection, each with its mark. It knows nothing of the library's format; the readers ask for the
/// next event and decide what it means.
///
/// libyaml is the system's (`CYAML`, Debian's libyaml-dev through pkg-config). What YAML itself forbids
/// in a library file is refused here, as the events come: a second document, a duplicate key, a key that
/// is not a plain value (refused before anything could expand it), control characters, nesting past
/// libyaml's usual limit. An alias is replayed from the events recorded under its anchor, and a
/// document that aliases would make out of proportion to what was written is refused as an alias bomb
/// before the events that would pass the limit are given out.
final class YAMLEvents {
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

    enum Event {
        case scalar(Node.Scalar)
        case mappingStart(Node.Mark)
        case sequenceStart(Node.Mark)
        /// The end of the innermost open mapping or sequence.
        case end
        /// The document is over, and nothing follows it: given for good once reached.
        case documentEnd
    }

    /// How far aliases may multiply a document: what they expand to may be at most this many times
    /// the nodes written, plus `aliasSlack`. Real files use aliases sparingly or not at all; a billion
    /// laughs multiplies by millions.
    static let aliasExpansionFactor = 10
    static let aliasSlack = 10_000

    /// libyaml's usual limit on nested collections. Debian's libyaml 0.2.5 does not enforce it (it came
    /// after that release), so it is kept here, with libyaml's own words: a file of ten thousand
    /// brackets is one located error, never a deep walk.
    static let maximumNesting = 1000

    /// The reader's whole state, worked on in place: every use of a class's stored property is checked
    /// for exclusive access at run time, which every event of a large library paid several times over;
    /// a struct's are checked as it is compiled. Only this class's methods touch it, one at a time, so
    /// the one check left per call is not made either.
    @exclusivity(unchecked) private var reader: Reader

    /// The working space of `Node.pulled`, lent to one value at a time and kept between them.
    @exclusivity(unchecked) private var stack = NodeStack()

    /// A test's text.
    convenience init(_ bytes: [UInt8]) throws(Failure) {
        try self.init(FileBytes(bytes))
    }

    init(_ input: FileBytes) throws(Failure) {
        reader = try Reader(input)
    }

    /// The next event, without taking it.
    func peek() throws(Failure) -> Event { try reader.peek() }

    func next() throws(Failure) -> Event { try reader.next() }

    /// Takes every event left, so that a mistake after what the readers needed is still found.
    func finish() throws(Failure) { try reader.finish() }

    /// Lends the working space of `Node.pulled` (an empty one while it is lent already, as when a
    /// value is pulled inside another's reading).
    func takeStack() -> NodeStack {
        var taken = NodeStack()
        swap(&taken, &stack)
        return taken
    }

    func giveBack(_ stack: NodeStack) {
        self.stack = stack
    }

    /// The parser, what is open, the anchors and the aliases being replayed. Never copied: it owns the
    /// parser, freed with it.
    private struct Reader: ~Copyable {
        private let parser: UnsafeMutablePointer<yaml_parser_t>
        /// The text parsed, kept alive as long as the parser reads it.
        private let input: FileBytes
        private var documents = 0
        private var finished = false

        /// What is open, outermost first, for the rules on keys.
        private var frames: [Frame] = []
        /// The keys of the open mappings, outermost first, each mapping's from its frame's `firstKey`:
        /// one stack for every mapping, so that a mapping costs no allocation of its own.
        private var keys: [Key] = []

        /// The events written under each anchor, for its aliases to replay.
        private var anchors: [String: Recording] = [:]
        /// The anchored nodes still open, with the depth each started at.
        private var recordings: [(name: String, recording: Recording, depth: Int, expandedBefore: Int)] = []
        /// The aliases being replayed, innermost last: each recording and the next of its events.
        private var replaying: [(recording: Recording, next: Int)] = []

        /// Nodes written in the text (an alias counts as one), and nodes given out (an alias counts as
        /// what it expands to).
        private var written = 0
        private var expanded = 0
        private var largestAlias: (anchor: String, mark: Node.Mark, size: Int)?
        /// Set once aliases have passed the limit: the rest is read for its mistakes and its counts only.
        private var counting = false
        private var peeked: Event?

        init(_ input: FileBytes) throws(Failure) {
            // Thrown before the reader is whole, so that its deinit does not run for a parser never made.
            let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
            guard yaml_parser_initialize(parser) == 1 else {
                parser.deallocate()
                throw .syntax(problem: "libyaml could not start", mark: nil, offset: nil, context: nil)
            }
            self.parser = parser
            self.input = input
            yaml_parser_set_input_string(parser, input.bytes.baseAddress, input.count)
            yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
        }

        deinit {
            yaml_parser_delete(parser)
            parser.deallocate()
        }

        /// The next event, without taking it.
        mutating func peek() throws(Failure) -> Event {
            if let peeked { return peeked }
            let event = try next()
            peeked = event
            return event
        }

        mutating func next() throws(Failure) -> Event {
            if let event = peeked {
                peeked = nil
                return event
            }
            if finished { return .documentEnd }
            let event: Event
            if let replayed = replayed() {
                event = replayed
            } else {
                event = try parsed()
            }
            try follow(event)
            return event
        }

        /// Takes every event left, so that a mistake after what the readers needed is still found.
        mutating func finish() throws(Failure) {
            while true {
                if case .documentEnd = try next() { return }
            }
        }

        // MARK: - Keys

        /// An open collection, as far as the rules on keys need it.
        private struct Frame {
            let isMapping: Bool
            /// In a mapping, whether the next event is a key.
            var expectsKey = true
            /// Where the mapping's keys start in `keys`, while it is small (as the library's are: a
            /// dozen keys at most) and its keys are searched in a list.
            let firstKey: Int
            /// The keys of a mapping grown past `listedKeys`, moved out of `keys`.
            var keyIndex: [String: Node.Mark]?

            static let listedKeys = 16

            init(isMapping: Bool, firstKey: Int) {
                self.isMapping = isMapping
                self.firstKey = firstKey
            }
        }

        /// A key written in an open mapping.
        private struct Key {
            let text: String
            let mark: Node.Mark
        }

        /// Where `key` was first written in the innermost mapping, if it was.
        private func firstMark(of key: String) -> Node.Mark? {
            guard let top = frames.last else { return nil }
            if let keyIndex = top.keyIndex { return keyIndex[key] }
            var index = top.firstKey
            while index < keys.count {
                if keys[index].text == key { return keys[index].mark }
                index += 1
            }
            return nil
        }

        /// Adds a key to the innermost mapping, moving its keys into a dictionary once it is large.
        private mutating func add(_ key: Key) {
            let top = frames.count - 1
            if frames[top].keyIndex != nil {
                frames[top].keyIndex?[key.text] = key.mark
            } else if keys.count - frames[top].firstKey < Frame.listedKeys {
                keys.append(key)
            } else {
                var index = [String: Node.Mark]()
                for listed in keys[frames[top].firstKey...] where index[listed.text] == nil {
                    index[listed.text] = listed.mark
                }
                index[key.text] = key.mark
                frames[top].keyIndex = index
                // The innermost mapping's keys are the last on the stack.
                keys.removeLast(keys.count - frames[top].firstKey)
            }
        }

        private var keyExpected: Bool {
            guard let top = frames.last else { return false }
            return top.isMapping && top.expectsKey
        }

        /// Applies the rules on keys to an event about to be given out, and moves the open mapping from
        /// key to value and back.
        private mutating func follow(_ event: Event) throws(Failure) {
            switch event {
            case let .scalar(scalar):
                if keyExpected {
                    if let first = firstMark(of: scalar.string) {
                        throw .duplicateKey(scalar.string, at: scalar.mark, first: first)
                    }
                    add(Key(text: scalar.string, mark: scalar.mark))
                    frames[frames.count - 1].expectsKey = false
                } else {
                    valueEnded()
                }
            case let .mappingStart(mark), let .sequenceStart(mark):
                if keyExpected { throw .nonScalarKey(mark, isAlias: false) }
                if case .mappingStart = event {
                    frames.append(Frame(isMapping: true, firstKey: keys.count))
                } else {
                    frames.append(Frame(isMapping: false, firstKey: keys.count))
                }
            case .end:
                let closed = frames.removeLast()
                if closed.isMapping && closed.keyIndex == nil { keys.removeLast(keys.count - closed.firstKey) }
                closeRecordings()
                valueEnded()
            case .documentEnd:
                break
            }
        }

        private mutating func valueEnded() {
            guard let top = frames.indices.last, frames[top].isMapping else { return }
            frames[top].expectsKey = true
        }

        // MARK: - Aliases

        /// An anchored node's events; an alias inside it is kept as the recording it names.
        private final class Recording {
            enum Recorded {
                case event(Event)
                case alias(Recording)
            }

            var events: [Recorded] = []
            /// The nodes it expands to, its aliases' included.
            var size = 0
        }

        private mutating func replayed() -> Event? {
            while let top = replaying.indices.last {
                let (recording, index) = replaying[top]
                guard index < recording.events.count else {
                    replaying.removeLast()
                    continue
                }
                replaying[top].next += 1
                switch recording.events[index] {
                case let .event(event): return event
                case let .alias(inner): replaying.append((inner, 0))
                }
            }
            return nil
        }

        /// Adds an event to the recordings of the anchored collections open around it. Most documents
        /// have none: the event is then not even made into a recorded item.
        @inline(__always) private func record(_ item: @autoclosure () -> Recording.Recorded) {
            guard !recordings.isEmpty else { return }
            let item = item()
            for recording in recordings { recording.recording.events.append(item) }
        }

        /// Closes the recordings of the anchored collections that have ended.
        private mutating func closeRecordings() {
            while let last = recordings.last, last.depth > frames.count {
                recordings.removeLast()
                last.recording.size = expanded - last.expandedBefore
                anchors[last.name] = last.recording
            }
        }

        /// Starts replaying an alias, unless what it expands to would take the document past the limit.
        private mutating func replay(_ name: String, at mark: Node.Mark) throws(Failure) {
            written += 1
            // In key position the alias is refused as a key before anything is looked up: most often it is
            // text starting with `*` meant as a plain word.
            if keyExpected { throw .nonScalarKey(mark, isAlias: true) }
            guard let recording = anchors[name] else { throw .undefinedAlias(name, at: mark) }
            expanded = Self.adding(expanded, recording.size)
            if recording.size > (largestAlias?.size ?? 0) { largestAlias = (name, mark, recording.size) }
            if counting {
                valueEnded()
                return
            }
            if expanded > allowed { throw try bomb() }
            record(.alias(recording))
            replaying.append((recording, 0))
        }

        private var allowed: Int { written * YAMLEvents.aliasExpansionFactor + YAMLEvents.aliasSlack }

        /// The alias bomb, reported as the whole document shows it: the rest is read for its mistakes and
        /// its counts, without replaying anything, so that an earlier kind of mistake further on (a syntax
        /// error, an alias as a key) is still the one reported, and the largest alias and the counts are the
        /// document's, not those of the first alias past the limit.
        private mutating func bomb() throws(Failure) -> Failure {
            let soFar = (written: written, allowed: allowed)
            counting = true
            while true {
                let event = try parsed()
                if case .documentEnd = event { break }
                try follow(event)
            }
            let largest = largestAlias ?? (anchor: "", mark: Node.Mark(line: 1, column: 1), size: 0)
            let reported = expanded > allowed ? (written: written, allowed: allowed) : soFar
            return .aliasBomb(anchor: largest.anchor, at: largest.mark, size: largest.size, written: reported.written,
                              allowed: reported.allowed)
        }

        // MARK: - libyaml

        /// The next event libyaml parses that the readers see, recorded for the anchors still open.
        private mutating func parsed() throws(Failure) -> Event {
            while true {
                var event = yaml_event_t()
                guard yaml_parser_parse(parser, &event) == 1 else { throw failure() }
                defer { yaml_event_delete(&event) }
                let mark = Self.mark(event.start_mark)
                switch event.type {
                case YAML_STREAM_END_EVENT:
                    finished = true
                    return .documentEnd
                case YAML_DOCUMENT_START_EVENT:
                    documents += 1
                    if documents > 1 { throw .secondDocument(mark) }
                case YAML_SCALAR_EVENT:
                    let data = event.data.scalar
                    if let forbidden = Self.forbiddenCharacter(in: data.value, count: data.length) {
                        throw .forbiddenCharacter(forbidden, at: mark)
                    }
                    let text = String(decoding: UnsafeBufferPointer(start: data.value, count: data.length), as: UTF8.self)
                    let scalar = Event.scalar(Node.Scalar(string: text, style: Self.style(data.style), mark: mark))
                    written += 1
                    expanded = Self.adding(expanded, 1)
                    record(.event(scalar))
                    if let anchor = Self.string(data.anchor) {
                        let recording = Recording()
                        recording.events = [.event(scalar)]
                        recording.size = 1
                        anchors[anchor] = recording
                    }
                    return scalar
                case YAML_ALIAS_EVENT:
                    try replay(Self.string(event.data.alias.anchor) ?? "", at: mark)
                    if let replayed = replayed() { return replayed }
                case YAML_MAPPING_START_EVENT, YAML_SEQUENCE_START_EVENT:
                    written += 1
                    guard frames.count < YAMLEvents.maximumNesting else {
                        throw .syntax(problem: "Maximum nesting level reached, set with yaml_set_max_nest_level())",
                                      mark: mark, offset: nil, context: nil)
                    }
                    let isMapping = event.type == YAML_MAPPING_START_EVENT
                    let start: Event = isMapping ? .mappingStart(mark) : .sequenceStart(mark)
                    let anchor = isMapping ? event.data.mapping_start.anchor : event.data.sequence_start.anchor
                    if let anchor = Self.string(anchor) {
                        // Inside the collection `follow` is about to open.
                        recordings.append((anchor, Recording(), frames.count + 1, expanded))
                    }
                    expanded = Self.adding(expanded, 1)
                    record(.event(start))
                    return start
                case YAML_MAPPING_END_EVENT, YAML_SEQUENCE_END_EVENT:
                    record(.event(.end))
                    return .end
                default:
                    break
                }
            }
        }

        private static func adding(_ size: Int, _ more: Int) -> Int {
            let (sum, overflow) = size.addingReportingOverflow(more)
            return overflow ? .max : sum
        }

        private static func mark(_ mark: yaml_mark_t) -> Node.Mark {
            Node.Mark(line: Int(mark.line) + 1, column: Int(mark.column) + 1)
        }

        /// The first character no library text may hold: C0 controls but tab and line breaks, DEL, C1
        /// controls, U+FFFE and U+FFFF, and lone surrogates (which libyaml's `\u` escapes let through as
        /// bytes that are not UTF-8, reported as U+D800). They make no sense in a document, some make a
        /// workbook that Excel and openpyxl refuse, and escape sequences would reach a terminal.
        private static func forbiddenCharacter(in bytes: UnsafePointer<yaml_char_t>?, count: Int) -> UInt32? {
            guard let bytes else { return nil }
            var index = 0
            while index < count {
                index = ByteWords.plainTextEnd(bytes, from: index, count: count)
                guard index < count else { break }
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

        private func failure() -> Failure {
            let parser = self.parser.pointee
            let problem = parser.problem.map { String(cString: $0) } ?? "unknown error"
            let context = parser.context.map { text in (text: String(cString: text), mark: Self.mark(parser.context_mark)) }
            if parser.error == YAML_READER_ERROR {
                return .syntax(problem: problem, mark: nil, offset: Int(parser.problem_offset), context: nil)
            }
            return .syntax(problem: problem, mark: Self.mark(parser.problem_mark), offset: nil, context: context)
        }
    }
}
