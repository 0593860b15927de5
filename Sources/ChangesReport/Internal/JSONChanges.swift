import Foundation
import IndicatorLibrary

/// The comparison for other tools, in the schema documented in `docs/changes-json.md`. The layout is
/// stable: keys sorted, `version` raised on any change that could break a reader.
enum JSONChanges {
    static let version = 2

    struct Document: Encodable {
        static let schemaName = "labour-monitor/changes"
        let schema = Document.schemaName
        let version = JSONChanges.version
        /// `public` (confidential findings left out) or `internal` (not for publication).
        let audience: String
        /// The language of the texts: one of the later edition's.
        let language: String
        let from: EditionInfo
        let to: EditionInfo
        /// The line the changes open with, in the document's language.
        let headline: String
        let countries: Countries
        let findings: [FindingEntry]
        let recommendations: [RecommendationEntry]
        let ratifications: [RatificationEntry]
        let values: [ValueEntry]
        let groupsAppeared: [GroupEntry]
        let changed: Bool

        enum CodingKeys: String, CodingKey {
            case schema, version, audience, language, from, to, headline, countries, findings, recommendations,
                 ratifications, values, changed, groupsAppeared = "groups_appeared"
        }
    }

    struct GroupEntry: Encodable {
        let country: Nullable<String>
        let group: String
        let findings: [String]
    }

    /// An optional written as `null` rather than left out (what synthesized encoding does), so that
    /// every key of the schema is always there.
    struct Nullable<Wrapped: Encodable>: Encodable {
        let value: Wrapped?

        init(_ value: Wrapped?) {
            self.value = value
        }

        func encode(to encoder: Encoder) throws {
            var container = encoder.singleValueContainer()
            if let value { try container.encode(value) } else { try container.encodeNil() }
        }
    }

    struct EditionInfo: Encodable {
        let year: Int
        let partial: Bool
        let partialNote: Nullable<String>

        enum CodingKeys: String, CodingKey {
            case year, partial, partialNote = "partial_note"
        }
    }

    struct Countries: Encodable {
        let entered: [String]
        let left: [String]
    }

    struct FindingState: Encodable {
        let kind: String
        let status: String
        let indicators: [String]
        let summary: String
    }

    struct Word: Encodable {
        let op: String
        let text: String
    }

    struct Field: Encodable {
        let field: String
        let old: String
        let new: String
        let words: Nullable<[Word]>
    }

    struct FindingEntry: Encodable {
        let id: String
        let country: Nullable<String>
        let change: String
        let before: Nullable<FindingState>
        let after: Nullable<FindingState>
        let fields: [Field]
    }

    struct RecommendationEntry: Encodable {
        let id: String
        let country: String
        let change: String
        let timesMade: Int
        let recordedStatus: Nullable<String>
        let textBefore: Nullable<String>
        let textAfter: Nullable<String>
        let textDiff: Nullable<[Word]>
        /// The numbers the two Final Documents printed it with.
        let numberBefore: Nullable<Int>
        let numberAfter: Nullable<Int>

        enum CodingKeys: String, CodingKey {
            case id, country, change, timesMade = "times_made", recordedStatus = "recorded_status",
                 textBefore = "text_before", textAfter = "text_after", textDiff = "text_diff",
                 numberBefore = "number_before", numberAfter = "number_after"
        }
    }

    struct RatificationEntry: Encodable {
        let country: String
        let instrument: String
        let change: String
        let before: String
        let after: String
        let source: Nullable<String>
        let date: Nullable<String>
    }

    /// A number, a boolean, a rating's label, or null (not recorded).
    enum Quantity: Encodable {
        case number(Double), boolean(Bool), label(String), none

        init(_ quantity: IndicatorValue.Quantity?) {
            switch quantity {
            case let .number(number)?: self = .number(number)
            case let .boolean(flag)?: self = .boolean(flag)
            case let .label(label)?: self = .label(label)
            case nil: self = .none
            }
        }

        func encode(to encoder: Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case let .number(number): try container.encode(number)
            case let .boolean(flag): try container.encode(flag)
            case let .label(label): try container.encode(label)
            case .none: try container.encodeNil()
            }
        }
    }

    struct ValueEntry: Encodable {
        let indicator: String
        let country: String
        let old: Quantity
        let new: Quantity
        let delta: Nullable<Double>
        let reading: String
    }

    /// The texts of the document in one language, marked where a text has none (only a draft, or an
    /// edition published in fewer languages, has such a text: the checker asks for what is published).
    struct Texts {
        let library: Library
        let wording: Wording

        var language: String { wording.language }

        func text(_ text: LocalizedText) -> String {
            Markup.plain(wording.text(text, else: LocalizedText.defaultLanguage))
        }

        func headline(_ changes: EditionChanges) -> String {
            ChangesHeadline(changes, library: library, wording: wording, text: text).line
        }

        /// A partial edition's note in the language; nil for a complete edition.
        func partialNote(of year: Int) -> String? {
            library.edition(year).flatMap { wording.partialNote(of: $0.meeting, else: LocalizedText.defaultLanguage) }
                .map(Markup.plain)
        }
    }

    /// The whole document at once, as `JSONEncoder` writes it: what the streamed rendering must equal
    /// byte for byte (the tests compare them).
    static func render(_ changes: EditionChanges, of library: Library, wording: Wording) -> String {
        let texts = Texts(library: library, wording: wording)
        let document = Document(
            audience: changes.audience.rawValue, language: texts.language, from: from(changes, texts),
            to: to(changes, texts), headline: texts.headline(changes), countries: countries(changes),
            findings: changes.findings.map { findingEntry($0, texts) },
            recommendations: changes.recommendations.map { recommendationEntry($0, texts) },
            ratifications: changes.ratifications.map(ratificationEntry), values: changes.values.map(valueEntry),
            groupsAppeared: changes.groupsAppeared.map(groupEntry), changed: !changes.isEmpty)
        guard let data = try? encoder.encode(document) else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// The same document written entry by entry as it is made: a comparison of a million findings is
    /// never held whole, neither as entries nor as text. The layout is `JSONEncoder`'s (keys sorted,
    /// two spaces per level), so the bytes are those of `render(_:of:)`.
    static func render<Out: TextOutputStream>(_ changes: EditionChanges, of library: Library, wording: Wording,
                                              into out: inout Out, batchSize: Int = batchSize) {
        let texts = Texts(library: library, wording: wording)
        let encoder = Self.encoder
        func value(_ value: some Encodable, indent: String) -> String {
            guard let data = try? encoder.encode(value) else { return "null" }
            return nested(data, indent: indent, firstLine: false)
        }
        func key(_ name: String, _ text: String, last: Bool = false) {
            out.write("  \"\(name)\" : ")
            out.write(text)
            out.write(last ? "\n" : ",\n")
        }
        // Encoded a batch at a time, as an array whose brackets are dropped: one encoder call per
        // entry cost more than the entries' own encoding.
        func list<Change, Entry: Encodable>(_ name: String, _ changes: [Change], _ entry: (Change) -> Entry) {
            out.write("  \"\(name)\" : [\n")
            if changes.isEmpty { out.write("\n") }
            var start = 0
            while start < changes.count {
                let end = min(start + batchSize, changes.count)
                guard let data = try? encoder.encode(changes[start..<end].map(entry)), data.count >= 4 else { break }
                // "[\n" + the entries, one level in already + "\n]": one more level.
                out.write(nested(data.dropFirst(2).dropLast(2), indent: "  ", firstLine: true))
                out.write(end == changes.count ? "\n" : ",\n")
                start = end
            }
            out.write("  ],\n")
        }
        out.write("{\n")
        key("audience", value(changes.audience.rawValue, indent: "  "))
        key("changed", value(!changes.isEmpty, indent: "  "))
        key("countries", value(countries(changes), indent: "  "))
        list("findings", changes.findings) { findingEntry($0, texts) }
        key("from", value(from(changes, texts), indent: "  "))
        key("groups_appeared", value(changes.groupsAppeared.map(groupEntry), indent: "  "))
        key("headline", value(texts.headline(changes), indent: "  "))
        key("language", value(texts.language, indent: "  "))
        list("ratifications", changes.ratifications, ratificationEntry)
        list("recommendations", changes.recommendations) { recommendationEntry($0, texts) }
        key("schema", value(Document.schemaName, indent: "  "))
        key("to", value(to(changes, texts), indent: "  "))
        list("values", changes.values, valueEntry)
        key("version", value(version, indent: "  "), last: true)
        out.write("}\n")
    }

    /// Entries encoded per call of the encoder (the tests use fewer, to cross batches).
    static let batchSize = 512

    /// `data` nested deeper by `indent`: every line (the first too, with `firstLine`) but the empty
    /// line of an empty list, which `JSONEncoder` writes without spaces.
    private static func nested(_ data: Data, indent: String, firstLine: Bool) -> String {
        let prefix = Array(indent.utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(data.count + data.count / 8)
        var atLineStart = firstLine
        for byte in data {
            if atLineStart, byte != UInt8(ascii: "\n") { bytes.append(contentsOf: prefix) }
            bytes.append(byte)
            atLineStart = byte == UInt8(ascii: "\n")
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.nonConformingFloatEncodingStrategy = .convertToString(
            positiveInfinity: "Infinity", negativeInfinity: "-Infinity", nan: "NaN")
        return encoder
    }

    private static func from(_ changes: EditionChanges, _ texts: Texts) -> EditionInfo {
        let note = texts.partialNote(of: changes.from)
        return EditionInfo(year: changes.from, partial: note != nil, partialNote: Nullable(note))
    }

    private static func to(_ changes: EditionChanges, _ texts: Texts) -> EditionInfo {
        let note = texts.partialNote(of: changes.to)
        return EditionInfo(year: changes.to, partial: note != nil, partialNote: Nullable(note))
    }

    private static func countries(_ changes: EditionChanges) -> Countries {
        Countries(entered: changes.countriesEntered, left: changes.countriesLeft)
    }

    private static func findingEntry(_ change: FindingChange, _ texts: Texts) -> FindingEntry {
        FindingEntry(id: change.id, country: Nullable(change.country), change: change.kind.rawValue,
                     before: Nullable(change.before.map { state($0, texts) }),
                     after: Nullable(change.after.map { state($0, texts) }),
                     fields: change.fields(text: texts.text).map(field))
    }

    private static func recommendationEntry(_ change: RecommendationChange, _ texts: Texts) -> RecommendationEntry {
        RecommendationEntry(
            id: change.id, country: change.country, change: change.kind.rawValue, timesMade: change.timesMade,
            recordedStatus: Nullable(change.recordedStatus?.rawValue),
            textBefore: Nullable(change.before.map { texts.text($0.text.value) }),
            textAfter: Nullable(change.after.map { texts.text($0.text.value) }),
            textDiff: Nullable(change.revisedText(text: texts.text).flatMap { words($0.words) }),
            numberBefore: Nullable(change.numbers.from), numberAfter: Nullable(change.numbers.to))
    }

    private static func groupEntry(_ appearance: GroupAppearance) -> GroupEntry {
        GroupEntry(country: Nullable(appearance.country), group: appearance.group, findings: appearance.findings)
    }

    private static func ratificationEntry(_ change: RatificationChange) -> RatificationEntry {
        RatificationEntry(country: change.country, instrument: change.instrument, change: change.kind.rawValue,
                          before: change.before.rawValue, after: change.after.rawValue, source: Nullable(change.source),
                          date: Nullable(change.date?.description))
    }

    private static func valueEntry(_ change: ValueChange) -> ValueEntry {
        ValueEntry(indicator: change.indicator, country: change.country, old: Quantity(change.old),
                   new: Quantity(change.new), delta: Nullable(change.delta), reading: change.reading.rawValue)
    }

    private static func state(_ finding: Finding, _ texts: Texts) -> FindingState {
        FindingState(kind: finding.kind.value.rawValue, status: finding.status.value.rawValue,
                     indicators: finding.indicators.map(\.value), summary: texts.text(finding.summary.value))
    }

    private static func field(_ change: FieldChange) -> Field {
        Field(field: change.field, old: change.old, new: change.new, words: Nullable(words(change.words)))
    }

    private static func words(_ pieces: [WordDiff.Piece]?) -> [Word]? {
        pieces?.map { piece in
            switch piece {
            case let .same(text): return Word(op: "same", text: text)
            case let .removed(text): return Word(op: "removed", text: text)
            case let .added(text): return Word(op: "added", text: text)
            }
        }
    }
}
