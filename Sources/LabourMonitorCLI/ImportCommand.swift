import ArgumentParser
import LibraryEditing

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Make a draft edition from a past Final Document (plain text, Markdown or Word).",
        discussion: """
            Reads the document in the layout of the 2021 Final Document (and of the documents this tool \
            writes): the heading, the place and date, the opening, the situation paragraphs (a paragraph \
            naming a catalog country in bold is that country's), the appeals' lead-in, each appeal by its \
            addressee, its recommendations, the intentions and the calls. Writes Indicators/YEAR/ (the meeting \
            and a file per country) whole, never over an existing edition, and only if the library passes \
            check with it. Proposes no finding: the readiness to-do (check --todo YEAR) lists what the editors \
            write next. What it cannot place is kept as a regional paragraph, with a warning at its line; a \
            recommendation whose text resembles an earlier edition's keeps that one's id, listed to confirm.
            """
    )

    @Argument(help: "The document: .txt, .md or .docx.")
    var file: String

    @Option(name: .long, help: "The edition's year: the folder it is written into.")
    var year: Int

    @OptionGroup var library: LibraryOptions

    func validate() throws {
        guard (1900...2100).contains(year) else { throw ValidationError("--year must be between 1900 and 2100, found \(year)") }
    }

    func run() throws {
        let console = Console()
        let outcome: ImportJob.Outcome
        do {
            outcome = try ImportJob(file: file, year: year, dataFolder: library.data).run()
        } catch {
            throw ExitStatus.failing(error)
        }
        for warning in outcome.warnings { printToStandardError(warning.description) }
        for match in outcome.matches { printToStandardError(match.description) }
        for created in outcome.created { console.line("created \(created)") }
        console.line("imported \(outcome.recommendations) recommendation(s) of \(year), no finding: write them from the "
                     + "situation paragraphs")
        if let readiness = outcome.readiness {
            for item in readiness.items { printToStandardError(item.description) }
            printToStandardError(readiness.summary)
        }
        try console.finish()
    }
}
