import ArgumentParser
import IndicatorWorkbook
import Pipeline

struct WorkbookCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "workbook",
        abstract: "Generate an edition's indicator workbook (XLSX) from the library.",
        discussion: """
            Writes Reports/YEAR/indicators-YEAR.xlsx with the sheets Summary, Ratifications, Findings, \
            Recommendations and Indicators. Checks the library and the edition's readiness first: with any \
            error, or an edition not ready, nothing is written. Confidential findings and people are left out \
            unless --internal, which marks every sheet and printed page "INTERNAL — NOT FOR PUBLICATION" and \
            writes into the internal/ folder. Text longer than an Excel cell holds is cut with a visible marker \
            and a warning. An edition published in several languages gets a workbook per language: \
            indicators-YEAR.xlsx in the first, indicators-YEAR.ru.xlsx in Russian; --language ru writes one.
            """
    )

    @Argument(help: "The edition: the year of the meeting, as its folder in the library is named.")
    var year: Int

    @Option(name: .long, help: ArgumentHelp(
        "The editions the Indicators sheet follows (default: every edition up to YEAR).", valueName: "from...to"))
    var years: YearRange?

    @OptionGroup var country: CountryOption

    @OptionGroup var library: LibraryOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var draft: DraftOption
    @OptionGroup var language: LanguageOption

    func run() throws {
        try Publish.run(Publication(year: year, dataFolder: library.data, outputFolder: output.out,
                                    audience: output.audience, draft: draft.draft, languages: language.languages,
                                    country: country.country, products: [.workbook(WorkbookOptions(years: years?.range))]))
    }
}

extension YearRange: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(parsing: argument)
    }
}
