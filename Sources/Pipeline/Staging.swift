import FinalDocument
import Foundation
import IndicatorLibrary
import IndicatorWorkbook
import OutputFiles
import PDFEngine

/// The outputs of one run between rendering and placing: documents in memory, files written in full
/// into the hidden folder of a new `OutputSet`. Nothing reaches the output folder until `place()`,
/// which replaces the whole set at once; whatever fails before it, `discard()` removes the hidden
/// folder and any folder made for it.
struct Staging {
    let set: OutputSet
    /// The folder as the user named it, for messages.
    let shownAs: String
    /// How the output scan reads an output: its bytes, its parts (a ZIP package), or its text (a PDF).
    enum Reading {
        case bytes, parts, pdfText
    }

    private var documents: [(name: String, data: Data, reading: Reading)] = []
    private var staged: [(name: String, file: AtomicFiles.Staged, reading: Reading)] = []
    /// Set when a test's injected fault stopped the run as a kill would: nothing may be cleaned up.
    private var interrupted = false
    /// Set once the set is in place: there is nothing left to discard.
    private var placed = false

    init(folder: URL, shownAs: String) throws(PipelineFailure) {
        do {
            set = try OutputSet(replacing: folder, shownAs: shownAs)
        } catch {
            throw .output(error)
        }
        self.shownAs = shownAs
    }

    mutating func add(_ rendered: [RenderedDocument]) {
        for document in rendered { add(document.fileName, document.data, reading: document.format.isPackage ? .parts : .bytes) }
    }

    mutating func add(_ name: String, _ data: Data, reading: Reading = .bytes) {
        documents.append((name, data, reading))
    }

    /// The PDF of each Word document, made by the PDF engine in a folder of its own outside the
    /// output folder, and held with the other documents until they are placed.
    /// `date` (`YYYYMMDD`) is the PDFs' creation date.
    mutating func addPDFs(of words: [RenderedDocument], date: String) throws(PipelineFailure) {
        guard !words.isEmpty else { return }
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("labour-monitor-pdf-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: work) }
        do throws(PDFEngineError) {
            let engine = try PDFEngine.locate()
            let sources = work.appendingPathComponent("docx")
            let made = work.appendingPathComponent("pdf")
            var inputs: [URL] = []
            do {
                try FileManager.default.createDirectory(at: sources, withIntermediateDirectories: true)
                try FileManager.default.createDirectory(at: made, withIntermediateDirectories: true)
                for word in words {
                    let input = sources.appendingPathComponent(word.fileName)
                    try word.data.write(to: input)
                    inputs.append(input)
                }
            } catch {
                throw PDFEngineError("cannot prepare the PDF engine's folder \(work.path) (\(error))")
            }
            for pdf in try engine.convert(inputs, into: made, work: work.appendingPathComponent("engine"), date: date) {
                guard let data = FileManager.default.contents(atPath: pdf.path) else {
                    throw PDFEngineError("cannot read back \(pdf.path)")
                }
                add(pdf.lastPathComponent, data, reading: .pdfText)
            }
        } catch {
            throw .pdf(error)
        }
    }

    /// Writes a file under a temporary name through `write`, which returns it staged.
    mutating func stage(_ name: String, reading: Reading = .bytes,
                        _ write: (URL) throws(OutputError) -> AtomicFiles.Staged) throws(PipelineFailure) {
        do {
            staged.append((name, try write(set.staging.appendingPathComponent(name)), reading))
        } catch {
            throw .output(error)
        }
    }

    /// The workbook, written under a temporary name; its warnings.
    /// The workbook in `language`: `indicators-2021.xlsx` in the edition's first, `indicators-2021.ru.xlsx`
    /// in another.
    mutating func stageWorkbook(_ edition: RedactedEdition, options: WorkbookOptions, changes: RedactedChanges?,
                                language: String, isFirst: Bool) throws(PipelineFailure) -> [Diagnostic] {
        let name = IndicatorWorkbook.fileName(for: edition.year, language: isFirst ? nil : language,
                                              country: edition.extractOf)
        let target = set.staging.appendingPathComponent(name)
        let temporary = AtomicFiles.temporaryPath(beside: target)
        do {
            let warnings = try IndicatorWorkbook.write(edition, options: options, changes: changes, language: language,
                                                       to: temporary)
            staged.append((name, AtomicFiles.Staged(url: target, temporaryPath: temporary), .parts))
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
            leaks += try scan.leaks(in: document.data, name: "\(shownAs)/\(document.name)", reading: document.reading)
        }
        for file in staged {
            leaks += try scan.leaks(inFileAt: file.file.temporaryPath, name: "\(shownAs)/\(file.name)",
                                    reading: file.reading)
        }
        guard leaks.isEmpty else { throw .leak(leaks) }
    }

    /// Replaces the output folder's set with this one; the names written, as the user names them.
    mutating func place(faults: FaultInjection) throws(PipelineFailure) -> [String] {
        let outputs = documents.map {
            AtomicFiles.Output(url: set.staging.appendingPathComponent($0.name), contents: $0.data)
        }
        let names = documents.map(\.name) + staged.map(\.name)
        do {
            try set.place(outputs, staged: staged.map(\.file), made: Set(names), faults: faults)
        } catch {
            interrupted = error.wasInterrupted
            throw .notPlaced(error, folder: shownAs)
        }
        placed = true
        staged = []
        documents = []
        return names.filter { !$0.hasPrefix(".") }.map { "\(shownAs)/\($0)" }
    }

    /// Removes what was staged and not placed.
    mutating func discard() {
        guard !interrupted, !placed else { return }
        set.discard()
        staged = []
    }
}
