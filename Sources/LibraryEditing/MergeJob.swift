import Exports
import Foundation
import IndicatorLibrary
import OutputFiles
import Parallelism

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
        // Loaded, not checked: the check of the merged library below covers the library's own files too.
        // Loaded while the exchange file is read.
        let folder = dataFolder
        let loading = Background { LibraryCheck.loaded(at: folder) }
        let exchange = try ExchangeFile.read(file, acceptsInternal: acceptsInternal)
        let loaded = loading.value
        guard loaded.passes(), let library = loaded.library else { throw .library(loaded) }
        var plan = MergePlan(exchange: exchange, library: library, dataFolder: dataFolder)
        try plan.make()
        let merged = try stagedCheck(plan)
        let written = try place(plan)
        return Outcome(written: written, year: exchange.year, organisation: exchange.organisation,
                       findingsAdded: plan.findingsAdded, recommendationsAdded: plan.recommendationsAdded,
                       alreadyHeld: plan.alreadyHeld, warnings: plan.warnings + merged.warnings)
    }

    /// The library copied with the merged files in, and checked there: its diagnostics print the
    /// library's paths, and those at a line the merge wrote print the exchange file's place instead.
    private func stagedCheck(_ plan: MergePlan) throws(MergeFailure) -> LibraryCheck {
        let root = URL(fileURLWithPath: dataFolder)
        let copy = URL(fileURLWithPath: AtomicFiles.temporaryPath(beside: root))
        defer { try? FileManager.default.removeItem(at: copy) }
        do {
            try FileManager.default.copyItem(at: root, to: copy)
            for edit in plan.edits {
                let url = copy.appendingPathComponent(edit.path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(edit.text.utf8).write(to: url)
            }
        } catch {
            throw .output(OutputError(path: copy.path, reason: "cannot stage the merged library (\(error))"))
        }
        let check = LibraryCheck.run(at: copy.path, shownAs: dataFolder)
        guard check.passes() else {
            throw .merged(check.errors.map { plan.tracedToExchange($0) })
        }
        return check
    }

    /// A new edition's folder appears whole; the changed files of an existing edition are each
    /// replaced whole, once every one of them is written.
    private func place(_ plan: MergePlan) throws(MergeFailure) -> [String] {
        let root = URL(fileURLWithPath: dataFolder)
        Leftovers.removeAbandoned(in: root.path)
        let shown = plan.edits.map { "\(dataFolder)/\($0.path)" }
        if plan.createsEdition {
            let target = root.appendingPathComponent(String(plan.exchange.year))
            let staging = URL(fileURLWithPath: AtomicFiles.temporaryPath(beside: target))
            do {
                try AtomicFiles.write(plan.edits.map { edit in
                    AtomicFiles.Output(url: staging.appendingPathComponent(String(edit.path.drop { $0 != "/" }.dropFirst())),
                                       contents: Data(edit.text.utf8))
                })
            } catch {
                try? FileManager.default.removeItem(at: staging)
                throw .output(error)
            }
            guard AtomicFiles.placeFolder(staging, at: target) else {
                throw .output(OutputError(path: "\(dataFolder)/\(plan.exchange.year)",
                                          reason: "the edition appeared while merging; nothing was placed"))
            }
            return shown
        }
        do {
            try AtomicFiles.write(plan.edits.map { edit in
                AtomicFiles.Output(url: root.appendingPathComponent(edit.path), contents: Data(edit.text.utf8))
            })
        } catch {
            throw .output(error)
        }
        return shown
    }
}
