import ArgumentParser
import IndicatorWorkbook
import Pipeline

struct WorkbookCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "workbook",
        abstract: "Generate an edition's indicator workbook (XLSX) from the library.",
        discussion: """
            Writes Reports/YEAR/indicators-YEAR.xlsx with the sheets Summary, Ratifications, Findings, \
            Recommendations and Indicators. Checks the library first: with any error nothing is written. \
            Confidential findings and people are left out unless --internal, which marks every sheet and \
            printed page "INTERNAL — NOT FOR PUBLICATION". Text longer than an Excel cell holds is cut with a \
            visible marker and a warning.
            """
    )

    @Argument(help: "The edition: the year of the meeting, as its folder in the library is named.")
    var year: Int

    @Option(name: .long, help: ArgumentHelp(
        "The editions the Indicators sheet follows (default: every edition up to YEAR).", valueName: "from...to"))
    var years: YearRange?

    @Option(name: .long, help: ArgumentHelp("The library folder.", valueName: "dir"))
    var data = "Indicators"

    @Option(name: .long, help: ArgumentHelp("Where to write (default: Reports/YEAR).", valueName: "dir"))
    var out: String?

    @Flag(name: .long, help: "Include confidential findings and people; every sheet is marked internal.")
    var `internal` = false

    func run() throws {
        let job = Publication(year: year, dataFolder: data, outputFolder: out,
                              audience: `internal` ? .internal : .public,
                              products: [.workbook(WorkbookOptions(years: years?.range))])
        do {
            let outcome = try job.run()
            for warning in outcome.warnings { printToStandardError(warning.description) }
            for file in outcome.written { print("wrote \(file)") }
        } catch {
            throw ExitStatus.failing(error)
        }
    }
}

extension YearRange: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(parsing: argument)
    }
}
