import ArgumentParser
import LibraryEditing

struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Read a partner's exchange file (from `export YEAR --format json`) into the library.",
        discussion: """
            Adds the file's new findings and recommendations to its edition's files, each under a comment \
            naming the organisation and the file; an edition the library lacks is written whole. An id the \
            library holds with other content is a conflict, reported at both places. The file's catalog \
            entries and ratification facts are compared with the library's and any difference reported, never \
            taken. Nothing is written on any error, nor unless the merged library passes check; the errors of \
            what the merge would write point at the exchange file. An internal file is refused unless \
            --internal. See docs/exchange.md.
            """
    )

    @Argument(help: "The exchange file (JSON).")
    var file: String

    @Flag(name: .long, help: "Accept an internal exchange file (with confidential findings): only into a library kept internal.")
    var `internal` = false

    @OptionGroup var library: LibraryOptions

    func run() throws {
        let console = Console()
        let outcome: MergeJob.Outcome
        do {
            outcome = try MergeJob(file: file, dataFolder: library.data, acceptsInternal: `internal`).run()
        } catch {
            throw ExitStatus.failing(error)
        }
        for warning in outcome.warnings { printToStandardError(warning.description) }
        for written in outcome.written { console.line("wrote \(written)") }
        let sender = outcome.organisation.map { " from \($0)" } ?? ""
        console.line("merged \(outcome.findingsAdded) finding(s) and \(outcome.recommendationsAdded) recommendation(s) "
                     + "of \(outcome.year)\(sender); \(outcome.alreadyHeld) item(s) the library held already")
        try console.finish()
    }
}
