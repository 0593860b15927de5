import ArgumentParser
import Pipeline

struct CarryForwardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "carry-forward",
        abstract: "Open the next edition with every unresolved finding and every recommendation still made.",
        discussion: """
            Creates Indicators/TO/ from FROM: a meeting skeleton (the next edition number; place, date and \
            opening left empty for the secretariat) and a country file for each country with something still \
            open, each carried item keeping its id with 'status: carried'. Resolved findings and implemented or \
            withdrawn recommendations stay behind. Never overwrites an existing edition. Prints the check of \
            the new edition: every warning is something to review or fill in.
            """
    )

    @Argument(help: "The edition to carry from.")
    var from: Int

    @Argument(help: "The new edition's year.")
    var to: Int

    @Option(name: .long, help: ArgumentHelp("The library folder.", valueName: "dir"))
    var data = "Indicators"

    func run() throws {
        let outcome: CarryForwardJob.Outcome
        do {
            outcome = try CarryForwardJob(from: from, to: to, dataFolder: data).run()
        } catch {
            throw ExitStatus.failing(error)
        }
        for file in outcome.created { print("created \(file)") }
        print("carried \(outcome.findingsCarried) finding(s) and \(outcome.recommendationsCarried) recommendation(s) "
              + "from \(from) to \(to), each with 'status: carried' to review")
        for warning in outcome.check.warnings { printToStandardError(warning.description) }
        printToStandardError("check: \(outcome.check.tally)")
    }
}
