import ArgumentParser
import Pipeline

struct SiteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "site",
        abstract: "Write the static site of the library across its editions into Reports/site/.",
        discussion: """
            An index of the countries of the latest edition (their counts, instruments ratified, ratings, the \
            open violations across the editions), a page per country (its findings, recommendations and \
            ratifications followed across the editions, its figures by year as charts with their tables, its \
            findings by group and theme) and a page per edition (the year's story, links to its documents \
            built beside the site), in every language of the latest edition. Each page is one HTML file with \
            nothing from the network and no script. Public unless --internal (then into internal/); every \
            page passes the output scan, and the whole set is replaced in one step.
            """
    )

    @OptionGroup var library: LibraryOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        try Publish.run(Publication(year: nil, dataFolder: library.data, outputFolder: output.out ?? "Reports/site",
                                    audience: output.audience, products: [.site]))
    }
}
