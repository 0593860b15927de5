import Foundation
import IndicatorLibrary

/// The comparison for other tools, in the schema documented in `docs/changes-json.md`. The layout is
/// stable: keys sorted, `version` raised on any change that could break a reader.
enum JSONChanges {
    static let version = 1

    struct Document: Encodable {
        let schema = "labour-monitor/changes"
        let version = JSONChanges.version
        let from: EditionInfo
        let to: EditionInfo
        let countries: Countries
        let findings: [FindingEntry]
        let recommendations: [RecommendationEntry]
        let ratifications: [RatificationEntry]
        let values: [ValueEntry]
        let changed: Bool
    }

    struct EditionInfo: Encodable {
        let year: Int
        let partial: Bool
        let partialNote: String?

        enum CodingKeys: String, CodingKey {
            case year, partial, partialNote = "partial_note"
        }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(year, forKey: .year)
            try container.encode(partial, forKey: .partial)
            try container.encode(partialNote, forKey: .partialNote)
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
        let words: [Word]?

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(field, forKey: .field)
            try container.encode(old, forKey: .old)
            try container.encode(new, forKey: .new)
            try container.encode(words, forKey: .words)
        }

        enum CodingKeys: String, CodingKey { case field, old, new, words }
    }

    struct FindingEntry: Encodable {
        let id: String
        let country: String?
        let change: String
        let before: FindingState?
        let after: FindingState?
        let fields: [Field]

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(country, forKey: .country)
            try container.encode(change, forKey: .change)
            try container.encode(before, forKey: .before)
            try container.encode(after, forKey: .after)
            try container.encode(fields, forKey: .fields)
        }

        enum CodingKeys: String, CodingKey { case id, country, change, before, after, fields }
    }

    struct RecommendationEntry: Encodable {
        let id: String
        let country: String
        let change: String
        let timesMade: Int
        let recordedStatus: String?
        let textBefore: String?
        let textAfter: String?
        let text: Field?

        enum CodingKeys: String, CodingKey {
            case id, country, change, timesMade = "times_made", recordedStatus = "recorded_status",
                 textBefore = "text_before", textAfter = "text_after", text = "text_diff"
        }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(country, forKey: .country)
            try container.encode(change, forKey: .change)
            try container.encode(timesMade, forKey: .timesMade)
            try container.encode(recordedStatus, forKey: .recordedStatus)
            try container.encode(textBefore, forKey: .textBefore)
            try container.encode(textAfter, forKey: .textAfter)
            try container.encode(text?.words, forKey: .text)
        }
    }

    struct RatificationEntry: Encodable {
        let country: String
        let instrument: String
        let change: String
        let before: String
        let after: String
        let source: String?
        let date: String?

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(date, forKey: .date)
            try container.encode(country, forKey: .country)
            try container.encode(instrument, forKey: .instrument)
            try container.encode(change, forKey: .change)
            try container.encode(before, forKey: .before)
            try container.encode(after, forKey: .after)
            try container.encode(source, forKey: .source)
        }

        enum CodingKeys: String, CodingKey { case country, instrument, change, before, after, source, date }
    }

    /// A number, a boolean, or null (not recorded).
    enum Quantity: Encodable {
        case number(Double), boolean(Bool), none

        init(_ quantity: IndicatorValue.Quantity?) {
            switch quantity {
            case let .number(number)?: self = .number(number)
            case let .boolean(flag)?: self = .boolean(flag)
            case nil: self = .none
            }
        }

        func encode(to encoder: Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case let .number(number): try container.encode(number)
            case let .boolean(flag): try container.encode(flag)
            case .none: try container.encodeNil()
            }
        }
    }

    struct ValueEntry: Encodable {
        let indicator: String
        let country: String
        let old: Quantity
        let new: Quantity
        let delta: Double?
        let reading: String

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(indicator, forKey: .indicator)
            try container.encode(country, forKey: .country)
            try container.encode(old, forKey: .old)
            try container.encode(new, forKey: .new)
            try container.encode(delta, forKey: .delta)
            try container.encode(reading, forKey: .reading)
        }

        enum CodingKeys: String, CodingKey { case indicator, country, old, new, delta, reading }
    }

    static func render(_ changes: EditionChanges, of library: Library) -> String {
        let document = Document(
            from: EditionInfo(year: changes.from, partial: changes.fromPartial != nil, partialNote: changes.fromPartial),
            to: EditionInfo(year: changes.to, partial: changes.toPartial != nil, partialNote: changes.toPartial),
            countries: Countries(entered: changes.countriesEntered, left: changes.countriesLeft),
            findings: changes.findings.map { change in
                FindingEntry(id: change.id, country: change.country, change: change.kind.rawValue,
                             before: change.before.map(state), after: change.after.map(state),
                             fields: change.fields.map(field))
            },
            recommendations: changes.recommendations.map { change in
                RecommendationEntry(
                    id: change.id, country: change.country, change: change.kind.rawValue, timesMade: change.timesMade,
                    recordedStatus: change.recordedStatus?.rawValue,
                    textBefore: change.before.map { Markup.plain($0.text.value.text) },
                    textAfter: change.after.map { Markup.plain($0.text.value.text) }, text: change.text.map(field))
            },
            ratifications: changes.ratifications.map { change in
                RatificationEntry(country: change.country, instrument: change.instrument, change: change.kind.rawValue,
                                  before: change.before.rawValue, after: change.after.rawValue, source: change.source,
                                  date: change.date?.description)
            },
            values: changes.values.map { change in
                ValueEntry(indicator: change.indicator, country: change.country, old: Quantity(change.old),
                           new: Quantity(change.new), delta: change.delta, reading: change.reading.rawValue)
            },
            changed: !changes.isEmpty)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.nonConformingFloatEncodingStrategy = .convertToString(
            positiveInfinity: "Infinity", negativeInfinity: "-Infinity", nan: "NaN")
        guard let data = try? encoder.encode(document) else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    private static func state(_ finding: Finding) -> FindingState {
        FindingState(kind: finding.kind.value.rawValue, status: finding.status.value.rawValue,
                     indicators: finding.indicators.map(\.value), summary: Markup.plain(finding.summary.value.text))
    }

    private static func field(_ change: FieldChange) -> Field {
        Field(field: change.field, old: change.old, new: change.new, words: change.words?.map { piece in
            switch piece {
            case let .same(text): return Word(op: "same", text: text)
            case let .removed(text): return Word(op: "removed", text: text)
            case let .added(text): return Word(op: "added", text: text)
            }
        })
    }
}
