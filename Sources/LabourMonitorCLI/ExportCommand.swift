import ArgumentParser
import Pipeline

struct ExportCommand: ParsableCommand {
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json, csv
    }

    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export an edition for a partner organisation (json), or every edition as tidy tables (csv).",
        discussion: """
            --format json writes Reports/YEAR/exchange-YEAR.json: the edition, with the catalog entries and \
            ratification facts it uses, as one JSON document (docs/exchange.md, docs/exchange.schema.json) that \
            a partner reads in with `labour-monitor merge`. --format csv writes Reports/data/: a Frictionless \
            Data Package (datapackage.json and a CSV file per table: findings, their indicators and groups, \
            recommendations, ratifications by year, figures) covering every edition, for pandas, R or Excel \
            (docs/data-package.md). Both are public unless --internal (then into internal/, and the exchange \
            file says so), pass the output scan, and are written whole or not at all.
            """
    )

    @Argument(help: "The edition to exchange (json only): the year of the meeting.")
    var year: Int?

    @Option(name: .long, help: "json: one edition for a partner; csv: every edition as a data package.")
    var format: Format

    @Option(name: .long, help: ArgumentHelp(
        "json: the organisation sending the file, recorded as the provenance of what a partner merges.",
        valueName: "name"))
    var organisation: String?

    @OptionGroup var library: LibraryOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var draft: DraftOption

    func validate() throws {
        switch format {
        case .json:
            guard year != nil else { throw ValidationError("--format json exports one edition: give its year, as in 'export 2021 --format json'") }
            if let organisation, organisation.allSatisfy(\.isWhitespace) {
                throw ValidationError("--organisation is blank; name the organisation sending the file")
            }
        case .csv:
            if let year {
                throw ValidationError("--format csv exports every edition; leave out the year (\(year)), or use --format json for one")
            }
            if organisation != nil { throw ValidationError("--organisation is for --format json, the exchange file") }
        }
    }

    func run() throws {
        switch format {
        case .json:
            try Publish.run(Publication(year: year, dataFolder: library.data, outputFolder: output.out,
                                        audience: output.audience, draft: draft.draft,
                                        products: [.exchange(organisation: organisation)]))
        case .csv:
            try Publish.run(Publication(year: nil, dataFolder: library.data, outputFolder: output.out ?? "Reports/data",
                                        audience: output.audience, draft: draft.draft, products: [.dataPackage]))
        }
    }
}
