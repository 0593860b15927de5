import Foundation
import IndicatorLibrary

/// The tidy tables for analysts (`labour-monitor export --format csv`): a Frictionless Data Package of
/// every edition, one fact per row, the texts in each language the editions are published in. It
/// loads in pandas, R or Excel as it is; `frictionless validate datapackage.json` checks it.
///
/// The library is redacted before it comes here: a public package has no confidential finding, and
/// its recommendations do not name one.
public enum DataPackage {
    public struct File: Sendable {
        public let name: String
        public let data: Data
    }

    public static let descriptorName = "datapackage.json"

    /// The descriptor and the CSV files; the same library gives the same bytes.
    public static func render(_ redacted: RedactedLibrary) -> [File] {
        let tables = Tables(redacted)
        let descriptor = JSONValue.object([
            ("profile", .string("tabular-data-package")),
            ("name", .string("labour-monitor-indicators")),
            ("title", .string("Labour rights monitoring: findings, recommendations, ratifications and figures by edition")),
            ("description", .string(
                "Every edition of the indicator library, exported by labour-monitor as tidy tables: one row per "
                + "fact. Audience: \(redacted.audience.rawValue). Texts in \(tables.languages.joined(separator: ", ")); "
                + "a translation the edition marks as unofficial is the project's own.")),
            ("resources", .array(tables.all.map(\.resource))),
        ])
        return [File(name: descriptorName, data: Data(descriptor.renderedBytes()))]
            + tables.all.map { File(name: "\($0.name).csv", data: $0.csv) }
    }
}

extension DataPackage {
    /// The tables, filled edition by edition.
    struct Tables {
        let languages: [String]
        var findings: CSVTable
        var findingIndicators = CSVTable(
            "finding-indicators", "The indicators each finding is coded against.",
            columns: [.init(name: "year", type: .integer, description: "The edition."),
                      .init(name: "finding", type: .string, description: "The finding's id."),
                      .init(name: "indicator", type: .string, description: "The indicator's id in the catalog.")],
            primaryKey: ["year", "finding", "indicator"])
        var findingGroups = CSVTable(
            "finding-groups", "The groups each finding names as affected.",
            columns: [.init(name: "year", type: .integer, description: "The edition."),
                      .init(name: "finding", type: .string, description: "The finding's id."),
                      .init(name: "group", type: .string, description: "The group's id in the catalog.")],
            primaryKey: ["year", "finding", "group"])
        var recommendations: CSVTable
        var recommendationFindings = CSVTable(
            "recommendation-findings", "The findings each recommendation answers.",
            columns: [.init(name: "year", type: .integer, description: "The edition."),
                      .init(name: "recommendation", type: .string, description: "The recommendation's id."),
                      .init(name: "finding", type: .string, description: "The finding's id.")],
            primaryKey: ["year", "recommendation", "finding"])
        var ratifications = CSVTable(
            "ratifications", "Each monitored country and instrument in each edition's year, with the status the "
                + "library derives from its dated facts (unknown when no fact covers the year).",
            columns: [.init(name: "country", type: .string, description: "ISO 3166 code."),
                      .init(name: "instrument", type: .string, description: "The instrument's code (C087, ICRMW)."),
                      .init(name: "year", type: .integer, description: "The edition's year."),
                      .init(name: "status", type: .string,
                            description: "ratified, not-ratified, denounced or unknown, as of the year."),
                      .init(name: "source", type: .string, description: "The source of the fact the status rests on.")],
            primaryKey: ["country", "instrument", "year"])
        var values = CSVTable(
            "values", "The figures: the editions' indicator values and the series (a yearly index, a union's count).",
            columns: [.init(name: "country", type: .string, description: "ISO 3166 code."),
                      .init(name: "indicator", type: .string, description: "The indicator's id in the catalog."),
                      .init(name: "year", type: .integer, description: "The year the figure is for."),
                      .init(name: "value", type: .string,
                            description: "The figure as the library writes it: a number, true or false, or a rating's label."),
                      .init(name: "number", type: .number, description: "The figure when it is a number; empty otherwise."),
                      .init(name: "unit", type: .string, description: "The indicator's unit, when it has one."),
                      .init(name: "origin", type: .string, description: "edition (a country file's values) or series."),
                      .init(name: "source", type: .string, description: "Where the figure comes from.")],
            primaryKey: ["country", "indicator", "year", "origin"])

        var all: [CSVTable] {
            [findings, findingIndicators, findingGroups, recommendations, recommendationFindings, ratifications, values]
        }

        init(_ redacted: RedactedLibrary) {
            let library = redacted.library
            var languages = [LocalizedText.defaultLanguage]
            for edition in library.editions {
                for language in edition.meeting.languages.map(\.value) where !languages.contains(language) {
                    languages.append(language)
                }
            }
            self.languages = languages
            let texts = languages.map { language in
                CSVTable.Column(name: "summary_\(language)", type: .string,
                                description: "The finding's summary in \(language) (empty when not written in it).")
            }
            var findingColumns: [CSVTable.Column] = [
                .init(name: "year", type: .integer, description: "The edition."),
                .init(name: "id", type: .string, description: "The finding's id, the same in every edition."),
                .init(name: "country", type: .string, description: "ISO 3166 code; empty for a regional finding."),
                .init(name: "kind", type: .string, description: "violation, progress or concern."),
                .init(name: "status", type: .string, description: "ongoing, resolved or carried (not yet reviewed)."),
                .init(name: "first_edition", type: .integer,
                      description: "The year the matter was first reported: its 'since', else the first edition holding the id."),
            ]
            findingColumns += texts
            if redacted.audience == .internal {
                findingColumns.append(.init(name: "confidential", type: .boolean, description: "Marked confidential."))
            }
            findings = CSVTable("findings", "One row per finding per edition.", columns: findingColumns,
                                primaryKey: ["year", "id"])
            recommendations = CSVTable(
                "recommendations", "One row per recommendation per edition, as its appeal prints it.",
                columns: [
                    .init(name: "year", type: .integer, description: "The edition."),
                    .init(name: "id", type: .string, description: "The recommendation's id, the same in every edition."),
                    .init(name: "country", type: .string, description: "The government it is addressed to (ISO 3166)."),
                    .init(name: "status", type: .string,
                          description: "new or repeated (derived from the earlier editions), or as recorded: "
                              + "partially-implemented, implemented, withdrawn, carried."),
                    .init(name: "number", type: .integer,
                          description: "The number the Final Document prints it with; empty when unnumbered or not printed."),
                ] + languages.map { language in
                    .init(name: "text_\(language)", type: .string, description: "The text in \(language).")
                },
                primaryKey: ["year", "id"])
            fill(library, audience: redacted.audience)
        }

        private mutating func fill(_ library: Library, audience: Audience) {
            let first = FirstAppearance(library: library)
            for edition in library.editions {
                let year = String(edition.year)
                for finding in edition.findings {
                    var row: [String?] = [year, finding.id.value, finding.country, finding.kind.value.rawValue,
                                          finding.status.value.rawValue, first.firstReported(finding).map(String.init)]
                    row += languages.map { finding.summary.value.has($0) ? finding.summary.value.text(in: $0) : nil }
                    if audience == .internal { row.append(finding.confidential.value ? "true" : "false") }
                    findings.add(row)
                    for indicator in finding.indicators { findingIndicators.add([year, finding.id.value, indicator.value]) }
                    for group in finding.groups { findingGroups.add([year, finding.id.value, group.value]) }
                }
                let numbers = library.printedNumbers(in: edition)
                for recommendation in edition.recommendations {
                    let id = recommendation.id.value
                    recommendations.add([year, id, recommendation.country,
                                         library.standing(of: recommendation, in: edition.year).description,
                                         numbers[id].map(String.init)]
                                        + languages.map { recommendation.text.value.has($0) ? recommendation.text.value.text(in: $0) : nil })
                    for finding in recommendation.findings { recommendationFindings.add([year, id, finding.value]) }
                }
                let monitored = Set(edition.countries.map(\.country.value))
                for country in library.catalog.countries.map(\.code.value) where monitored.contains(country) {
                    for instrument in library.catalog.instruments.map(\.code.value) {
                        let status = library.ratifications.status(country: country, instrument: instrument, year: edition.year)
                        let basis = library.ratifications.basis(country: country, instrument: instrument, year: edition.year)
                        ratifications.add([country, instrument, year, status.rawValue, basis?.source.value])
                    }
                }
            }
            var figures: [(country: String, indicator: String, year: Int, value: IndicatorValue.Quantity,
                           origin: String, source: String?)] = []
            for edition in library.editions {
                for report in edition.countries {
                    for value in report.values {
                        figures.append((report.country.value, value.indicator.value, edition.year, value.value.value,
                                        "edition", value.source?.value))
                    }
                }
            }
            for figure in library.series {
                figures.append((figure.country.value, figure.indicator.value, figure.year.value, figure.value.value,
                                "series", figure.sourceText))
            }
            figures.sort { ($0.country, $0.indicator, $0.year) < ($1.country, $1.indicator, $1.year) }
            for figure in figures {
                let written: String
                var number: String?
                switch figure.value {
                case let .number(value):
                    written = IndicatorValue.written(value)
                    number = written
                case let .boolean(value): written = value ? "true" : "false"
                case let .label(label): written = label
                }
                values.add([figure.country, figure.indicator, String(figure.year), written, number,
                            library.catalog.indicator(figure.indicator)?.unit?.value, figure.origin, figure.source])
            }
        }
    }
}
