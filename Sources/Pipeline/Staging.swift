import FinalDocument
import Foundation
import IndicatorLibrary
import IndicatorWorkbook
import OutputFiles

/// The outputs of one run between rendering and placing: documents in memory, files written in full
/// under hidden temporary names beside their targets. Nothing reaches a target until `place()`;
/// whatever fails before it, `discard()` removes every temporary file.
struct Staging {
    let folder: URL
    /// The folder as the user named it, for messages.
    let shownAs: String
    private var documents: [(name: String, data: Data)] = []
    private var staged: [(name: String, file: AtomicFiles.Staged, isPackage: Bool)] = []
    /// The folders this run created for its temporary files, deepest first: removed again when the
    /// run places nothing, so that a failed run leaves no trace.
    private var createdFolders: [URL] = []

    init(folder: URL, shownAs: String) {
        self.folder = folder
        self.shownAs = shownAs
    }

    mutating func add(_ rendered: [RenderedDocument]) {
        for document in rendered { documents.append((document.fileName, Data(document.text.utf8))) }
    }

    /// Creates the output folder, remembering which folders did not exist.
    private mutating func createFolder() throws(PipelineFailure) {
        var missing: [URL] = []
        var folder = self.folder.standardizedFileURL
        while !FileManager.default.fileExists(atPath: folder.path), folder.path != "/" {
            missing.append(folder)
            folder = folder.deletingLastPathComponent()
        }
        do {
            try AtomicFiles.createFolder(self.folder)
        } catch {
            throw .output(error)
        }
        createdFolders += missing
    }

    /// Writes a file under a temporary name through `write`, which returns it staged.
    mutating func stage(_ name: String, isPackage: Bool = false,
                        _ write: (URL) throws(OutputError) -> AtomicFiles.Staged) throws(PipelineFailure) {
        try createFolder()
        do {
            staged.append((name, try write(folder.appendingPathComponent(name)), isPackage))
        } catch {
            throw .output(error)
        }
    }

    /// The workbook, written under a temporary name; its warnings.
    mutating func stageWorkbook(_ edition: RedactedEdition, options: WorkbookOptions, changes: RedactedChanges?)
        throws(PipelineFailure) -> [Diagnostic] {
        let name = IndicatorWorkbook.fileName(for: edition.year)
        let target = folder.appendingPathComponent(name)
        try createFolder()
        let temporary = AtomicFiles.temporaryPath(beside: target)
        do {
            let warnings = try IndicatorWorkbook.write(edition, options: options, changes: changes, to: temporary)
            staged.append((name, AtomicFiles.Staged(url: target, temporaryPath: temporary), true))
            return warnings
        } catch {
            unlink(temporary)
            throw .workbook(error)
        }
    }

    /// Every output searched before any is placed; the first leaks stop the run.
    func scan(_ scan: OutputScan) throws(PipelineFailure) {
        var leaks: [OutputLeak] = []
        for document in documents {
            leaks += try scan.leaks(in: document.data, name: "\(shownAs)/\(document.name)", isPackage: false)
        }
        for file in staged {
            leaks += try scan.leaks(inFileAt: file.file.temporaryPath, name: "\(shownAs)/\(file.name)",
                                    isPackage: file.isPackage)
        }
        guard leaks.isEmpty else { throw .leak(leaks) }
    }

    /// Places every output; the names written, as the user names them.
    mutating func place() throws(PipelineFailure) -> [String] {
        let outputs = documents.map { AtomicFiles.Output(url: folder.appendingPathComponent($0.name), contents: $0.data) }
        let names = documents.map(\.name) + staged.map(\.name)
        let files = staged.map(\.file)
        staged = []
        documents = []
        createdFolders = []
        do {
            try AtomicFiles.write(outputs, staged: files)
        } catch {
            throw .output(error)
        }
        return names.map { "\(shownAs)/\($0)" }
    }

    /// Removes what was staged and not placed.
    mutating func discard() {
        for file in staged { unlink(file.file.temporaryPath) }
        staged = []
        for folder in createdFolders { rmdir(folder.path) }
        createdFolders = []
    }
}
