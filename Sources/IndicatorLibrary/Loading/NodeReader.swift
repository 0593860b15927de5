import Foundation

/// Typed, located reading of one file's YAML nodes. Every mismatch with the format becomes a
/// diagnostic at the node's line and column, and reading goes on, so that one run reports every mistake.
struct NodeReader {
    let file: String
    let bag: DiagnosticBag
    /// `file` as locations hold it, looked up once for the file's thousands of values.
    private let fileNumber: UInt32

    init(file: String, bag: DiagnosticBag) {
        self.file = file
        self.bag = bag
        fileNumber = SourceLocation.number(of: file)
    }

    func location(of node: Node) -> SourceLocation {
        guard let mark = node.mark else { return .file(file) }
        return SourceLocation(file: fileNumber, line: mark.line, column: mark.column)
    }

    // MARK: - Shapes

    /// A plain scalar that YAML reads as null (`~`, `null`, or nothing at all).
    static func isNull(_ node: Node) -> Bool {
        guard case let .scalar(scalar) = node, scalar.style == .plain else { return false }
        let text = scalar.string
        // By length first, so that a long text is never compared: no character decomposes into `~`, `n`,
        // `u` or `l`, so only strings of these very bytes are equal to these words.
        switch text.utf8.count {
        case 0: return true
        case 1: return text == "~"
        case 4: return text == "null" || text == "Null" || text == "NULL"
        default: return false
        }
    }

    static func describe(_ node: Node) -> String {
        switch node {
        case let .scalar(scalar):
            if isNull(node) { return "nothing (null)" }
            let text = scalar.string.count > 40 ? String(scalar.string.prefix(40)) + "…" : scalar.string
            return "the value '\(text.replacingOccurrences(of: "\n", with: " "))'"
        case .mapping: return "a mapping (key: value lines)"
        case .sequence: return "a list"
        }
    }

    func mismatch(_ node: Node, expected: String, what: String) {
        bag.error("\(what) must be \(expected), found \(Self.describe(node))", at: location(of: node))
    }

    /// Opens a mapping whose keys must be among `keys`; reports unknown keys with a suggestion.
    func mapping(_ node: Node, what: String, keys: [String]) -> Fields? {
        guard case let .mapping(mapping) = node else {
            mismatch(node, expected: "a mapping (key: value lines)", what: what)
            return nil
        }
        var values: [(key: Located<String>, value: Node)] = []
        values.reserveCapacity(mapping.underestimatedCount)
        for (key, value) in mapping {
            guard case let .scalar(scalar) = key else {
                bag.error("keys in \(what) must be plain words, found \(Self.describe(key))", at: location(of: key))
                continue
            }
            guard let name = Self.known(scalar.string, among: keys) else {
                unknown(scalar.string, in: what, keys: keys, at: location(of: key))
                continue
            }
            values.append((Located(name, at: location(of: key)), value))
        }
        return Fields(reader: self, what: what, location: location(of: node), values: values)
    }

    /// The key of `keys` that `key` is, as the format writes it. The format's keys are ASCII, and an
    /// ASCII string equals one only when their bytes are the same: keys of another length are passed
    /// over without comparing them. A key with other characters is compared as Swift compares strings.
    static func known(_ key: String, among keys: [String]) -> String? {
        let length = key.utf8.count
        if let match = keys.first(where: { $0.utf8.count == length && $0 == key }) { return match }
        guard key.utf8.contains(where: { $0 >= 0x80 }) else { return nil }
        return keys.first { $0 == key }
    }

    private func unknown(_ key: String, in what: String, keys: [String], at location: SourceLocation) {
        bag.error("unknown key '\(key)' in \(what)\(Suggestion.hint(for: key, among: keys)); "
                  + "expected one of: \(keys.joined(separator: ", "))", at: location)
    }

    // MARK: - Pulled from the events

    /// The next whole value of the document, as a node.
    func value(_ events: YAMLEvents) throws(YAMLEvents.Failure) -> Node {
        try Node.pulled(from: events, startingWith: events.next())
    }

    /// Reads the next value as `mapping(_:what:keys:)` reads a node, pulling it pair by pair, so that a
    /// list under one of the `listed` keys is never held whole: its items go to `item` one at a time as
    /// they are parsed, with the fields read before it, and the fields hold an empty list in its place
    /// (what is not a list is kept, for the fields' reading to report).
    func mapping(pulling events: YAMLEvents, what: String, keys: [String], listed: Set<String>,
                 item: (_ key: String, _ item: Node, _ earlier: Fields) -> Void) throws(YAMLEvents.Failure)
        -> Fields? {
        let first = try events.next()
        guard case let .mappingStart(mark) = first else {
            return mapping(try Node.pulled(from: events, startingWith: first), what: what, keys: keys)
        }
        let here = SourceLocation(file: fileNumber, line: mark.line, column: mark.column)
        var values: [(key: Located<String>, value: Node)] = []
        // Every key is a scalar: YAMLEvents refuses any other.
        while case let .scalar(key) = try events.next() {
            let at = SourceLocation(file: fileNumber, line: key.mark.line, column: key.mark.column)
            guard let known = Self.known(key.string, among: keys) else {
                unknown(key.string, in: what, keys: keys, at: at)
                _ = try value(events)
                continue
            }
            let name = Located(known, at: at)
            guard listed.contains(key.string), case let .sequenceStart(listMark) = try events.peek() else {
                values.append((name, try value(events)))
                continue
            }
            _ = try events.next()
            let earlier = Fields(reader: self, what: what, location: here, values: values)
            while true {
                let next = try events.next()
                if case .end = next { break }
                item(key.string, try Node.pulled(from: events, startingWith: next), earlier)
            }
            values.append((name, .sequence(Node.Sequence(items: [], mark: listMark))))
        }
        return Fields(reader: self, what: what, location: here, values: values)
    }

    /// The items of the next value, a list, each read by `element` as soon as it is parsed; nil when
    /// the value is null or not a list (reported).
    func list<T>(pulling events: YAMLEvents, what: String, element: (Node) -> T?) throws(YAMLEvents.Failure)
        -> [T]? {
        let first = try events.next()
        guard case .sequenceStart = first else {
            let node = try Node.pulled(from: events, startingWith: first)
            if !Self.isNull(node) { mismatch(node, expected: "a list", what: what) }
            return nil
        }
        var results: [T] = []
        while true {
            let next = try events.next()
            if case .end = next { return results }
            if let result = element(try Node.pulled(from: events, startingWith: next)) { results.append(result) }
        }
    }

    /// The items of a list; a single null is read as an empty list.
    func sequence(_ node: Node, what: String) -> [Node]? {
        if Self.isNull(node) { return [] }
        guard case let .sequence(sequence) = node else {
            mismatch(node, expected: "a list", what: what)
            return nil
        }
        return Array(sequence)
    }

    func list<T>(_ node: Node?, what: String, element: (Node) -> T?) -> [T] {
        guard let node, let items = sequence(node, what: what) else { return [] }
        return items.compactMap(element)
    }

    // MARK: - Scalars

    func scalar(_ node: Node, what: String) -> (value: Node.Scalar, location: SourceLocation)? {
        guard case let .scalar(scalar) = node, !Self.isNull(node) else {
            mismatch(node, expected: "a single value", what: what)
            return nil
        }
        return (scalar, location(of: node))
    }

    func string(_ node: Node, what: String) -> Located<String>? {
        guard let scalar = scalar(node, what: what) else { return nil }
        let text = scalar.value.string
        // Stops at the first visible character: a long text costs nothing here.
        if WhiteSpace.isBlank(text) {
            bag.error("\(what) is blank", at: scalar.location)
            return nil
        }
        return Located(text, at: scalar.location)
    }

    /// A string, or a map of language codes to strings; the map must give the default language.
    func text(_ node: Node, what: String) -> Located<LocalizedText>? {
        if case let .mapping(mapping) = node {
            var translations: [(language: String, text: String)] = []
            for (key, value) in mapping {
                guard case let .scalar(language) = key, LocalizedText.isLanguageCode(language.string) else {
                    bag.error("\(what): '\(key.string ?? "")' is not a language code; write a text, or "
                              + "a map such as {en: ..., ru: ...}", at: location(of: key))
                    continue
                }
                if let text = string(value, what: "\(what) in '\(language.string)'") {
                    translations.append((language.string, text.value))
                }
            }
            guard !translations.isEmpty else { return nil }
            if !translations.contains(where: { $0.language == LocalizedText.defaultLanguage }) {
                bag.error("\(what) has no '\(LocalizedText.defaultLanguage)' text; English is the default "
                          + "language and every text needs it", at: location(of: node))
            }
            return Located(LocalizedText(translations: translations), at: location(of: node))
        }
        return string(node, what: what)?.map(LocalizedText.init)
    }

    func int(_ node: Node, what: String, range: ClosedRange<Int>? = nil) -> Located<Int>? {
        guard let scalar = scalar(node, what: what) else { return nil }
        guard scalar.value.style == .plain, let value = Int(scalar.value.string) else {
            mismatch(node, expected: "a whole number", what: what)
            return nil
        }
        if let range, !range.contains(value) {
            bag.error("\(what) must be between \(range.lowerBound) and \(range.upperBound), found \(value)",
                      at: scalar.location)
            return nil
        }
        return Located(value, at: scalar.location)
    }

    func number(_ node: Node, what: String) -> Located<Double>? {
        guard let scalar = scalar(node, what: what) else { return nil }
        guard scalar.value.style == .plain,
              let value = Double(scalar.value.string), value.isFinite else {
            mismatch(node, expected: "a number", what: what)
            return nil
        }
        return Located(value, at: scalar.location)
    }

    func bool(_ node: Node, what: String) -> Located<Bool>? {
        guard let scalar = scalar(node, what: what) else { return nil }
        switch (scalar.value.style, scalar.value.string) {
        case (.plain, "true"): return Located(true, at: scalar.location)
        case (.plain, "false"): return Located(false, at: scalar.location)
        default:
            mismatch(node, expected: "true or false", what: what)
            return nil
        }
    }

    enum DatePrecision {
        case any, day
    }

    /// An ISO 8601 date (`2021-12-07`), or with `.any` also a year or a month (`2000`, `2025-09`).
    func date(_ node: Node, what: String, precision: DatePrecision = .any) -> Located<CalendarDate>? {
        guard let scalar = scalar(node, what: what) else { return nil }
        let text = scalar.value.string
        let expected = precision == .day ? "an ISO 8601 date (YYYY-MM-DD)"
                                         : "an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD)"
        guard let date = CalendarDate(iso: text) else {
            let shaped = text.range(of: #"^\d{4}(-\d{2}){0,2}$"#, options: .regularExpression) != nil
            bag.error(shaped ? "\(what) '\(text)' is not a date that exists" : "\(what) must be \(expected), found '\(text)'",
                      at: scalar.location)
            return nil
        }
        if precision == .day && !date.isFullDate {
            bag.error("\(what) must be \(expected), found '\(text)'", at: scalar.location)
            return nil
        }
        return Located(date, at: scalar.location)
    }

    func enumeration<E: RawRepresentable & CaseIterable>(_ node: Node, what: String, as type: E.Type)
        -> Located<E>? where E.RawValue == String {
        guard let scalar = scalar(node, what: what) else { return nil }
        let text = scalar.value.string
        guard let value = E(rawValue: text) else {
            let allowed = E.allCases.map(\.rawValue)
            bag.error("\(what) '\(text)' is not one of: \(allowed.joined(separator: ", "))"
                      + Suggestion.hint(for: text, among: allowed), at: scalar.location)
            return nil
        }
        return Located(value, at: scalar.location)
    }

    /// An identifier: lower-case letters, digits and hyphens, with dots where `dotted`.
    func identifier(_ node: Node, what: String, dotted: Bool = false) -> Located<String>? {
        guard let id = string(node, what: what) else { return nil }
        guard Self.isIdentifier(id.value, dotted: dotted) else {
            bag.error("\(what) '\(id.value)' must use lower-case letters, digits and single hyphens"
                      + (dotted ? " (and dots between parts)" : ""), at: id.location)
            return nil
        }
        return id
    }

    /// Lower-case letters and digits in parts joined by single hyphens (and by dots where `dotted`):
    /// `^[a-z0-9]+(-[a-z0-9]+)*(\.[a-z0-9]+(-[a-z0-9]+)*)*$`, checked by hand since every finding's id
    /// and indicators go through it.
    static func isIdentifier(_ text: String, dotted: Bool) -> Bool {
        var copy = text
        return copy.withUTF8 { isIdentifier($0, dotted: dotted) }
    }

    private static func isIdentifier(_ bytes: UnsafeBufferPointer<UInt8>, dotted: Bool) -> Bool {
        var previousWasSeparator = true
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                previousWasSeparator = false
            case UInt8(ascii: "-"):
                if previousWasSeparator { return false }
                previousWasSeparator = true
            case UInt8(ascii: "."):
                if previousWasSeparator || !dotted { return false }
                previousWasSeparator = true
            default:
                return false
            }
        }
        return !previousWasSeparator
    }

    /// A country code: two upper-case ASCII letters (it also names a file, so nothing else may pass).
    func countryCode(_ node: Node, what: String) -> Located<String>? {
        guard let code = string(node, what: what) else { return nil }
        guard code.value.count == 2, code.value.allSatisfy({ $0.isASCII && $0.isUppercase }) else {
            bag.error("\(what) '\(code.value)' must be an ISO 3166-1 alpha-2 code: two upper-case letters such as KZ",
                      at: code.location)
            return nil
        }
        return code
    }
}

/// The known keys of one mapping, for reading required and optional values.
struct Fields {
    let reader: NodeReader
    let what: String
    let location: SourceLocation
    /// Only known keys, so never more than a dozen or so: a list is searched faster than a
    /// dictionary is built. Keys are unique (the parser refuses a duplicate).
    let values: [(key: Located<String>, value: Node)]

    /// The keys held are the format's own, ASCII (`NodeReader.known`), as is every key asked for:
    /// equal only when their bytes are, so compared by length first.
    private func field(_ key: String) -> (key: Located<String>, value: Node)? {
        let length = key.utf8.count
        return values.first { $0.key.value.utf8.count == length && $0.key.value == key }
    }

    /// The value of a key that must be present (and not null); reports its absence at the mapping.
    func required(_ key: String) -> Node? {
        guard let entry = field(key) else {
            reader.bag.error("\(what) is missing the required key '\(key)'", at: location)
            return nil
        }
        if NodeReader.isNull(entry.value) {
            reader.bag.error("'\(key)' in \(what) is empty; it is required", at: entry.key.location)
            return nil
        }
        return entry.value
    }

    /// The value of a key that may be absent; null counts as absent.
    func optional(_ key: String) -> Node? {
        guard let entry = field(key), !NodeReader.isNull(entry.value) else { return nil }
        return entry.value
    }

    func has(_ key: String) -> Bool { optional(key) != nil }

    /// Where a key is written with no value, on purpose: a skeleton's field left for the secretariat.
    func leftEmpty(_ key: String) -> SourceLocation? {
        guard let entry = field(key), NodeReader.isNull(entry.value) else { return nil }
        return entry.key.location
    }
}
