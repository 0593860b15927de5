import ArgumentParser
import LibraryEditing

struct CarryForwardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "carry-forward",
        abstract: "Open the next edition with every unresolved finding and every recommendation still made.",
        discussion: """
            Creates Indicators/TO/ from FROM: a meeting skeleton (the next edition number; place, date and \
            opening left empty for the secretariat) and a country file for each country with something still \
            open, each carried item keeping its id with 'status: carried'. Resolved findings and implemented or \
            withdrawn recommendations stay behind. Never overwrites an existing edition; the folder appears \
            whole or not at all. Prints what is left to do before the edition can be published (the list of \
            `check --todo TO`).
            """
    )

    @Argument(help: "The edition to carry from.")
    var from: Int

    @Argument(help: "The new edition's year.")
    var to: Int

    @OptionGroup var library: LibraryOptions

    func validate() throws {
        guard to > from else {
            throw ValidationError("carry-forward goes to a later edition: \(to) is not after \(from)")
        }
    }

    func run() throws {
        let console = Console()
        let outcome: CarryForwardJob.Outcome
        do {
            outcome = try CarryForwardJob(from: from, to: to, dataFolder: library.data).run()
        } catch {
            throw ExitStatus.failing(error)
        }
        for file in outcome.created { console.line("created \(file)") }
        console.line("carried \(outcome.findingsCarried) finding(s) and \(outcome.recommendationsCarried) "
                     + "recommendation(s) from \(from) to \(to), each with 'status: carried' to review")
        for warning in outcome.check.warnings { printToStandardError(warning.description) }
        for item in outcome.readiness.items { printToStandardError(item.description) }
        printToStandardError(outcome.readiness.summary)
        try console.finish()
    }
}
