import ArgumentParser
import Pipeline

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Check the library, then write everything an edition publishes into Reports/YEAR/.",
        discussion: """
            The Final Document (final-document.md, final-document.html), the indicator workbook \
            (indicators-YEAR.xlsx) and, when the library holds an earlier edition, the changes since it \
            (changes-FROM-YEAR.md). All are made before any is written and then replaced together: with any \
            error nothing is written. Public unless --internal.
            """
    )

    @Argument(help: "The edition: the year of the meeting, as its folder in the library is named.")
    var year: Int

    @Option(name: .long, help: ArgumentHelp("The library folder.", valueName: "dir"))
    var data = "Indicators"

    @Option(name: .long, help: ArgumentHelp("The templates folder.", valueName: "dir"))
    var templates = "Templates"

    @Option(name: .long, help: ArgumentHelp("Where to write (default: Reports/YEAR).", valueName: "dir"))
    var out: String?

    @Flag(name: .long, help: "Include confidential findings and people; every page and sheet is marked internal.")
    var `internal` = false

    func run() throws {
        let job = Publication(year: year, dataFolder: data, templatesFolder: templates, outputFolder: out,
                              audience: `internal` ? .internal : .public, products: Publication.everything)
        do {
            let outcome = try job.run()
            for warning in outcome.warnings { printToStandardError(warning.description) }
            for file in outcome.written { print("wrote \(file)") }
        } catch {
            throw ExitStatus.failing(error)
        }
    }
}
