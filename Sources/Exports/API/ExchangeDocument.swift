import Foundation
import IndicatorLibrary

/// The exchange file (`labour-monitor export YEAR --format json`): one edition, as redacted for its
/// audience, with the catalog entries and ratification facts it uses, so that a partner's tool can
/// check it against its own catalog. Its shape is docs/exchange.schema.json.
public enum ExchangeDocument {
    package static let format = "labour-monitor-exchange"
    package static let version = 1

    public static func fileName(for year: Int) -> String { "exchange-\(year).json" }

    /// The whole document: the same edition gives the same bytes.
    public static func render(_ edition: RedactedEdition, organisation: String?) -> Data {
        Data(value(edition, organisation: organisation).renderedBytes())
    }

    package static func value(_ published: RedactedEdition, organisation: String?) -> JSONValue {
        let edition = published.edition
        let library = published.library
        let catalog = library.catalog
        let meeting = edition.meeting
        var countryCodes = edition.countries.map(\.country.value) + meeting.participants.map(\.value)
            + meeting.appeals.map(\.value)
        for block in meeting.narrative { if case let .country(code) = block { countryCodes.append(code.value) } }
        let monitored = Set(edition.countries.map(\.country.value))
        let facts = library.ratifications.facts.filter { monitored.contains($0.country.value) }
        countryCodes += facts.map(\.country.value)
        let findings = edition.findings
        let indicatorIDs = Set(findings.flatMap { $0.indicators.map(\.value) }
            + edition.countries.flatMap { $0.values.map(\.indicator.value) })
        let groups = Set(findings.flatMap { $0.groups.map(\.value) })
        let instrumentCodes = Set(facts.map(\.instrument.value))
        let countries = Self.unique(countryCodes).compactMap { catalog.country($0) }.sorted { $0.code.value < $1.code.value }
        return .object([
            ("format", .string(format)),
            ("version", .number(version)),
            ("audience", .string(published.audience.rawValue)),
            ("organisation", organisation.map(JSONValue.string) ?? .null),
            ("year", .number(edition.year)),
            ("meeting", ExchangeValues.meeting(meeting)),
            ("countries", .array(edition.countries.map(ExchangeValues.country))),
            ("catalog", .object([
                ("countries", .array(countries.map(ExchangeValues.country))),
                ("indicators", .array(catalog.indicators.filter { indicatorIDs.contains($0.id.value) }
                    .map(ExchangeValues.indicator))),
                ("instruments", .array(catalog.instruments.filter { instrumentCodes.contains($0.code.value) }
                    .map(ExchangeValues.instrument))),
                ("groups", .array(catalog.groups.map(\.value).filter(groups.contains).map(JSONValue.string))),
            ])),
            ("ratifications", .array(facts.map(ExchangeValues.ratification))),
        ])
    }

    private static func unique(_ codes: [String]) -> [String] {
        var seen: Set<String> = []
        return codes.filter { seen.insert($0).inserted }
    }
}
