import Exports
import Foundation
import IndicatorLibrary
import OutputFiles

/// `labour-monitor merge FILE`: a partner's exchange file read into the library. New findings and
/// recommendations are added to the edition's files (a comment above each names the organisation and
/// the file); an id the library holds with other content is a conflict; the catalog and ratification
/// facts are compared and reported, never taken. Nothing is written unless the merged library passes
/// check, and then every file at once.
public struct MergeJob: Sendable {
    public let file: String
    public let dataFolder: String
    /// Whether an internal exchange file may be merged: only into a library kept internal.
    public let acceptsInternal: Bool

    public init(file: String, dataFolder: String = "Indicators", acceptsInternal: Bool = false) {
        self.file = file
        self.dataFolder = dataFolder
        self.acceptsInternal = acceptsInternal
    }

    public struct Outcome: Sendable {
        public let written: [String]
        public let year: Int
        public let organisation: String?
        public let findingsAdded: Int
        public let recommendationsAdded: Int
        /// Items the library holds already, with the same content.
        public let alreadyHeld: Int
        /// What was compared and not taken (a catalog entry, a ratification fact, a meeting that differ),
        /// and the merged library's own warnings.
        public let warnings: [Diagnostic]
    }

    public func run() throws(MergeFailure) -> Outcome {
        let exchange = try ExchangeFile.read(file, acceptsInternal: acceptsInternal)
        // The catalog and the edition merged into, loaded, not checked: the check of the merged library
        // below covers every file of the library.
        let loaded = LibraryCheck.loaded(at: dataFolder, editions: [exchange.year])
        guard loaded.passes(), let library = loaded.library else { throw .library(loaded) }
        var plan = MergePlan(exchange: exchange, library: library, dataFolder: dataFolder)
        try plan.make()
        let merged = try stagedCheck(plan)
        let written = try place(plan)
        return Outcome(written: written, year: exchange.year, organisation: exchange.organisation,
                       findingsAdded: plan.findingsAdded, recommendationsAdded: plan.recommendationsAdded,
                       alreadyHeld: plan.alreadyHeld, warnings: plan.warnings + merged.warnings)
    }

    /// The library checked with the merged files in: its diagnostics print the library's paths, and
    /// those at a line the merge wrote print the exchange file's place instead.
    private func stagedCheck(_ plan: MergePlan) throws(MergeFailure) -> LibraryCheck {
        let check: LibraryCheck
        do {
            check = try StagedLibrary.check(plan.edits, in: dataFolder)
        } catch {
            throw .output(error)
        }
        guard check.passes() else { throw .merged(check.errors.map { plan.tracedToExchange($0) }) }
        return check
    }

    /// A new edition's folder appears whole; the changed files of an existing edition are each
    /// replaced whole, once every one of them is written.
    private func place(_ plan: MergePlan) throws(MergeFailure) -> [String] {
        let files = plan.edits
        do {
            if plan.createsEdition {
                try StagedLibrary.placeEdition(files, year: plan.exchange.year, in: dataFolder)
            } else {
                try StagedLibrary.replace(files, in: dataFolder)
            }
        } catch {
            throw .output(error)
        }
        return plan.edits.map { "\(dataFolder)/\($0.path)" }
    }
}
