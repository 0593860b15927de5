import ArgumentParser
import IndicatorLibrary

/// Where a command writes and for whom: the options every writing command shares.
struct OutputOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "Where to write (default: Reports/YEAR). Internal outputs go to its internal/ folder, drafts to a draft/ folder.",
        valueName: "dir"))
    var out: String?

    @Flag(name: .long, help: ArgumentHelp(
        "Include confidential findings and people; every page and sheet is marked internal, and the files go to the "
            + "internal/ folder, which git ignores."))
    var `internal` = false

    var audience: Audience { `internal` ? .internal : .public }
}
