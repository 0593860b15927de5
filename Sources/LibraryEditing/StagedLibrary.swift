import Foundation
import IndicatorLibrary
import OutputFiles

/// The library with files added or replaced, checked in a copy before anything is placed, and then
/// placed: the way merge and import write into the library, all or nothing.
enum StagedLibrary {
    struct File {
        /// Under the library folder: `2021/KZ.yaml`.
        let path: String
        let text: String
        /// For each line written from another document (1-based), that document's line and column.
        var origins: [Int: (line: Int, column: Int)] = [:]

        init(path: String, text: String, origins: [Int: (line: Int, column: Int)] = [:]) {
            self.path = path
            self.text = text
            self.origins = origins
        }

        /// A file written by ExchangeYAML, every line with the place it comes from.
        init(path: String, _ yaml: ExchangeYAML) {
            self.init(path: path, lines: yaml.lines)
        }

        init(path: String, lines: [ExchangeYAML.Line]) {
            var origins: [Int: (line: Int, column: Int)] = [:]
            for (index, line) in lines.enumerated() { if let origin = line.origin { origins[index + 1] = origin } }
            self.init(path: path, text: lines.map(\.text).joined(separator: "\n") + "\n", origins: origins)
        }
    }

    /// How the loader names a file of the library folder.
    static func display(_ relative: String, in dataFolder: String) -> String {
        LibraryPaths.shown(relative, under: LibraryPaths.root(dataFolder))
    }

    /// A diagnostic at a line written from `source`, moved to the place in `source` it comes from,
    /// with a note of where the written file would have had it: the user has the source, not the
    /// file that was never placed.
    static func traced(_ diagnostic: Diagnostic, among files: [File], from source: String, in dataFolder: String) -> Diagnostic {
        for file in files where display(file.path, in: dataFolder) == diagnostic.location.file {
            guard let origin = file.origins[diagnostic.location.line] else { continue }
            return Diagnostic(diagnostic.severity, diagnostic.message,
                              at: SourceLocation(file: source, line: origin.line, column: origin.column),
                              notes: [.init("in what would be written", at: diagnostic.location)] + diagnostic.notes)
        }
        return diagnostic
    }

    /// The check of the library as it would be with `files` in: run on a copy beside it, whose
    /// diagnostics print the library's own paths.
    static func check(_ files: [File], in dataFolder: String) throws(OutputError) -> LibraryCheck {
        let root = URL(fileURLWithPath: dataFolder)
        let copy = URL(fileURLWithPath: AtomicFiles.temporaryPath(beside: root))
        defer { try? FileManager.default.removeItem(at: copy) }
        do {
            try FileManager.default.copyItem(at: root, to: copy)
            for file in files {
                let url = copy.appendingPathComponent(file.path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(file.text.utf8).write(to: url)
            }
        } catch {
            throw OutputError(path: copy.path, reason: "cannot stage the library with the new files (\(error))")
        }
        return LibraryCheck.run(at: copy.path, shownAs: dataFolder)
    }

    /// A new edition's folder, written whole under a temporary name and renamed into place; never
    /// over a folder that exists, even one made meanwhile.
    static func placeEdition(_ files: [File], year: Int, in dataFolder: String) throws(OutputError) {
        let root = URL(fileURLWithPath: dataFolder)
        Leftovers.removeAbandoned(in: root.path)
        let target = root.appendingPathComponent(String(year))
        let staging = URL(fileURLWithPath: AtomicFiles.temporaryPath(beside: target))
        do {
            try AtomicFiles.write(files.map { file in
                AtomicFiles.Output(url: staging.appendingPathComponent(String(file.path.drop { $0 != "/" }.dropFirst())),
                                   contents: Data(file.text.utf8))
            })
        } catch {
            try? FileManager.default.removeItem(at: staging)
            throw error
        }
        guard AtomicFiles.placeFolder(staging, at: target) else {
            throw OutputError(path: "\(dataFolder)/\(year)", reason: "the edition appeared meanwhile; nothing was placed")
        }
    }

    /// Files of the library replaced, each whole, once every one of them is written.
    static func replace(_ files: [File], in dataFolder: String) throws(OutputError) {
        let root = URL(fileURLWithPath: dataFolder)
        Leftovers.removeAbandoned(in: root.path)
        try AtomicFiles.write(files.map { AtomicFiles.Output(url: root.appendingPathComponent($0.path), contents: Data($0.text.utf8)) })
    }
}
