import ArgumentParser
import Pipeline

/// The end every writing command shares: run the publication, print its warnings and the files it
/// wrote, and exit with the status that says what to fix.
enum Publish {
    static func run(_ publication: Publication) throws {
        let console = Console()
        do {
            let outcome = try publication.run()
            for warning in outcome.warnings { printToStandardError(warning.description) }
            if publication.draft { printToStandardError("note: a draft, marked as such on every page and sheet") }
            for file in outcome.written { console.line("wrote \(file)") }
        } catch {
            throw ExitStatus.failing(error)
        }
        try console.finish()
    }
}
