internal import Parallelism

/// Loads a library folder and checks it: the one entry point every command goes through before it
/// writes anything, so that no output is ever generated from a library with errors.
public struct LibraryCheck: Sendable {
    /// As much of the library as could be read; nil only when nothing could (no such folder).
    public let library: Library?
    /// Sorted by file, line and column.
    public let diagnostics: [Diagnostic]

    /// Reads and checks the library in `folder`. Diagnostics print paths under `shownAs` (by default
    /// the folder as written here), so that a copy in a temporary folder reports like the original.
    /// The work runs on a thread of its own (`DedicatedThread`), which keeps the caller's heap for what
    /// comes after.
    public static func run(at folder: String, shownAs: String? = nil) -> LibraryCheck {
        run(at: folder, shownAs: shownAs, withoutConfidentialityRules: false)
    }

    /// The check with the confidentiality rules left out: a fault injected by tests, to show that the
    /// output scan stops what a weakened rule lets through. Never used by a command.
    package static func run(at folder: String, shownAs: String? = nil, withoutConfidentialityRules: Bool)
        -> LibraryCheck {
        DedicatedThread.run {
            let bag = DiagnosticBag()
            let library = LibraryLoader(root: folder, displayRoot: shownAs, bag: bag).load()
            // Before the checks as after them: the files were read on every core, and the checks
            // would take fresh memory beside what the reading freed.
            FreedMemory.release()
            if let library {
                LibraryChecker(library: library, bag: bag, confidentialityRules: !withoutConfidentialityRules).run()
            }
            FreedMemory.release()
            return LibraryCheck(library: library, diagnostics: Diagnostic.sorted(bag.diagnostics))
        }
    }

    /// The library as loaded, with the loading's diagnostics alone (a file that cannot be read, a
    /// wrong key or type) and none of the rules across files, and only the editions of `years` (every
    /// one when nil): for `merge` and `import`, which check the library whole once the new files are
    /// in, and need only the catalog and the edition they write into before.
    package static func loaded(at folder: String, shownAs: String? = nil, editions years: Set<Int>? = nil) -> LibraryCheck {
        DedicatedThread.run {
            let bag = DiagnosticBag()
            var loader = LibraryLoader(root: folder, displayRoot: shownAs, bag: bag)
            loader.editionsRead = years
            let library = loader.load()
            return LibraryCheck(library: library, diagnostics: Diagnostic.sorted(bag.diagnostics))
        }
    }

    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
    public var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }

    /// "2 error(s), 1 warning(s)": the last line every command prints after the diagnostics.
    package var tally: String { "\(errors.count) error(s), \(warnings.count) warning(s)" }

    /// What a command that stopped on the library prints: every diagnostic, then the tally and what it
    /// did not do ("nothing was written").
    package func failureReport(_ consequence: String) -> String {
        (diagnostics.map(\.description) + ["\(tally); \(consequence)"]).joined(separator: "\n")
    }

    /// Whether outputs may be generated: no errors, and with `strict` no warnings either.
    public func passes(strict: Bool = false) -> Bool {
        errors.isEmpty && (!strict || warnings.isEmpty)
    }

    /// Whether a draft may be made: no errors but texts still to translate (which a draft prints
    /// marked as not translated).
    package var passesForDraft: Bool {
        errors.allSatisfy(\.isTranslationGap)
    }
}
