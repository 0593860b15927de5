import ArgumentParser
import SampleLibrary

struct SampleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sample",
        abstract: "Write a synthetic library of a given size, to try the tool on (and to benchmark it).",
        discussion: """
            The folder becomes a library like Indicators/, ready for `check --data DIR`: a catalog, \
            ratification facts, yearly series (a rating and a count, from three years before the first edition), \
            and YEARS editions (ending in 2025) of COUNTRIES invented countries with \
            FINDINGS findings each, in English with Russian passages, with recommendations, values, people and \
            confidential findings. The same options and seed always give the same bytes.
            """
    )

    @Option(name: .long, help: "How many countries (1 to 676).")
    var countries: Int

    @Option(name: .long, help: "How many editions, one per year (1 to 100).")
    var years: Int

    @Option(name: .long, help: "Findings per country and edition (0 or more).")
    var findings: Int

    @Option(name: .long, help: ArgumentHelp("The new library's folder (must not exist).", valueName: "dir"))
    var out: String

    @Option(name: .long, help: "The seed: another seed, another library of the same size.")
    var seed: UInt64 = 1

    func validate() throws {
        guard (1...SampleSize.maximumCountries).contains(countries) else {
            throw ValidationError("--countries must be from 1 to \(SampleSize.maximumCountries) (two-letter codes), not \(countries)")
        }
        guard (1...100).contains(years) else { throw ValidationError("--years must be from 1 to 100, not \(years)") }
        guard findings >= 0 else { throw ValidationError("--findings cannot be negative (\(findings))") }
    }

    func run() throws {
        let size = SampleSize(countries: countries, years: years, findings: findings, seed: seed)
        let console = Console()
        do {
            let outcome = try SampleJob(size: size, outputFolder: out).run()
            console.line("wrote \(out): \(outcome.files) files, \(outcome.bytes / 1024) KiB, \(size.totalFindings) findings")
        } catch {
            throw ExitStatus.failing(error)
        }
        try console.finish()
    }
}
