import Benchmark
import ChangesReport
import FinalDocument
import Foundation
import IndicatorLibrary
import IndicatorWorkbook
import LibraryEditing
import OutputFiles
import Pipeline
import SampleLibrary
import Site

/// Every stage of the tool at three sizes of library:
/// - load + check, beside a bare C program running libyaml's event parser over the same files;
/// - the Final Document, in Markdown and HTML, and with the Word document beside them (timed back to
///   back too), and the Word documents of the bundled 2021 edition;
/// - the workbook, beside two bare C programs: one making every libxlsxwriter call the tool made (so
///   writing the same workbook byte for byte), one writing its cells alone;
/// - the site, rendered in memory beside the report (timed back to back), and the `site` command;
/// - the changes between the last two editions, written as `diff` writes them;
/// - the import of the 2021 Final Document into an empty library;
/// - the exports (the last edition's exchange file, the data package of every edition) and the merge of
///   that exchange file into the library without its edition, each as its command runs it, back to back
///   with `check` of the same library (for the merge: of the merged library).
/// Load + check and the workbook are also timed back to back with their floors (the workbook with
/// both), the ratio taken run by run. The sizes to run come from `LM_BENCH_SIZES` (default `1k,100k`; add `1m`).
let benchmarks: @Sendable () -> Void = {
    let metrics: [BenchmarkMetric] = [.wallClock, .peakMemoryResident, .mallocCountTotal]
    // The Word documents `build 2021` writes (English and Russian) from the bundled library, laid out
    // and packaged in memory as the build does before placing them (the target: under 50 ms).
    Benchmark("docx bundled 2021", configuration: Benchmark.Configuration(
        metrics: metrics, timeUnits: .milliseconds, warmupIterations: 1, maxDuration: .seconds(10), maxIterations: 50)) {
        benchmark in
        let check = LibraryCheck.run(at: BenchmarkSize.repository + "/Indicators")
        guard check.passes(), let library = check.library else {
            throw BenchmarkFailure(message: "the bundled library does not pass check")
        }
        let edition = try RedactedLibrary.redact(library, for: .public).edition(2021, in: "Indicators")
        let templates = try TemplateSet.builtIn()
        benchmark.startMeasurement()
        blackHole(try FinalDocumentRenderer.render(edition, with: templates, formats: [.docx]))
    }
    // The 2021 Final Document (reference 003) imported into a library holding only the bundled
    // catalog, as `import` runs it: read, placed, checked in a copy, written (the target: well under a second).
    Benchmark("import bundled 2021", configuration: Benchmark.Configuration(
        metrics: metrics, timeUnits: .milliseconds, warmupIterations: 1, maxDuration: .seconds(10), maxIterations: 20)) {
        benchmark in
        let folder = BenchmarkSize.scratch + "/import-library"
        let manager = FileManager.default
        try? manager.removeItem(atPath: folder)
        try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for part in ["catalog", "ratifications.yaml"] {
            try manager.copyItem(atPath: BenchmarkSize.repository + "/Indicators/" + part, toPath: folder + "/" + part)
        }
        let document = BenchmarkSize.repository + "/Tests/FinalDocumentTests/Reference/final-document-2021.txt"
        benchmark.startMeasurement()
        blackHole(try ImportJob(file: document, year: 2021, dataFolder: folder).run())
    }
    for size in BenchmarkSize.selected {
        // In whole seconds a 1M stage could be off by a tenth, as much as the linearity target allows.
        let timeUnits: BenchmarkTimeUnits = size.name == "1k" ? .automatic : .milliseconds
        let configuration = Benchmark.Configuration(metrics: metrics, timeUnits: timeUnits, warmupIterations: 0,
                                                    maxDuration: .seconds(size.maxSeconds),
                                                    maxIterations: size.iterations)
        let custom = { (metric: String, iterations: Int, seconds: Int) in
            Benchmark.Configuration(metrics: [.custom(metric)], units: [.custom(metric): .count], warmupIterations: 0,
                                    maxDuration: .seconds(seconds), maxIterations: iterations)
        }
        let bare = { (metric: String) in custom(metric, size.iterations, size.maxSeconds) }
        // The machine's speed changes from minute to minute by more than the targets' ratios leave
        // room for: a stage and its floor are also timed back to back, the ratio taken pair by pair.
        let paired = { (metric: String) in custom(metric, size.pairs, size.maxSeconds * 3) }

        Benchmark("load+check \(size.name)", configuration: configuration) { benchmark in
            let folder = try size.library()
            benchmark.startMeasurement()
            blackHole(LibraryCheck.run(at: folder))
        }

        Benchmark("load+check bare libyaml \(size.name)", configuration: bare("C parse time (ms)")) { benchmark in
            let folder = try size.library()
            benchmark.measurement(.custom("C parse time (ms)"), try BareProgram.parse.run([folder]))
        }

        Benchmark("load+check ÷ bare libyaml, paired \(size.name)",
                  configuration: paired("load+check ÷ bare parse (%)")) { benchmark in
            let folder = try size.library()
            let start = ContinuousClock.now
            blackHole(LibraryCheck.run(at: folder))
            let tool = ContinuousClock.now - start
            let floor = try BareProgram.parse.run([folder])
            benchmark.measurement(.custom("load+check ÷ bare parse (%)"), percent(tool, of: floor))
        }

        Benchmark("report \(size.name)", configuration: configuration) { benchmark in
            let (_, edition) = try size.loaded()
            let templates = try TemplateSet.load(from: BenchmarkSize.repository + "/Templates", shownAs: "Templates")
            benchmark.startMeasurement()
            blackHole(try FinalDocumentRenderer.render(edition, with: templates, formats: [.markdown, .html]))
        }

        Benchmark("report with docx \(size.name)", configuration: configuration) { benchmark in
            let (_, edition) = try size.loaded()
            let templates = try TemplateSet.load(from: BenchmarkSize.repository + "/Templates", shownAs: "Templates")
            benchmark.startMeasurement()
            blackHole(try FinalDocumentRenderer.render(edition, with: templates, formats: [.markdown, .html, .docx]))
        }

        // The same two back to back, the ratio taken pair by pair (the target: under 200 %).
        Benchmark("report with docx ÷ without, paired \(size.name)",
                  configuration: paired("report with docx ÷ without (%)")) { benchmark in
            let (_, edition) = try size.loaded()
            let templates = try TemplateSet.load(from: BenchmarkSize.repository + "/Templates", shownAs: "Templates")
            let start = ContinuousClock.now
            blackHole(try FinalDocumentRenderer.render(edition, with: templates, formats: [.markdown, .html, .docx]))
            let middle = ContinuousClock.now
            blackHole(try FinalDocumentRenderer.render(edition, with: templates, formats: [.markdown, .html]))
            let end = ContinuousClock.now
            benchmark.measurement(.custom("report with docx ÷ without (%)"),
                                  Int((100 * ((middle - start) / (end - middle))).rounded()))
        }

        Benchmark("site \(size.name)", configuration: configuration) { benchmark in
            let (redacted, _) = try size.loaded()
            benchmark.startMeasurement()
            for page in SiteRenderer.pages(redacted, documents: nil) { blackHole(page.text) }
        }

        // The site as users run it (check, redaction, pages, output scan, placing): the release command
        // in a process of its own, with the system's allocator (the harness's, which counts the mallocs,
        // scales otherwise at 1M). Its time, and its peak as the system measured it: the linearity and
        // memory targets at 1M.
        let siteTime = "site command (ms)", sitePeak = "site command peak (MB)"
        Benchmark("site command \(size.name)", configuration: Benchmark.Configuration(
            metrics: [.custom(siteTime), .custom(sitePeak)], units: [.custom(siteTime): .count, .custom(sitePeak): .count],
            warmupIterations: 0, maxDuration: .seconds(size.maxSeconds), maxIterations: size.iterations)) { benchmark in
            let folder = try size.library()
            let start = ContinuousClock.now
            try BareProgram.run(BenchmarkSize.command, ["site", "--data", folder, "--out", size.sitePath], environment: [:])
            benchmark.measurement(.custom(siteTime), Int(((ContinuousClock.now - start) / .milliseconds(1)).rounded()))
            var usage = rusage()
            getrusage(RUSAGE_CHILDREN.rawValue, &usage)
            benchmark.measurement(.custom(sitePeak), usage.ru_maxrss / 1024)
        }

        // The site beside the report (md and html), back to back: the target is under 300 %.
        Benchmark("site ÷ report, paired \(size.name)", configuration: paired("site ÷ report (%)")) { benchmark in
            let (redacted, edition) = try size.loaded()
            let templates = try TemplateSet.load(from: BenchmarkSize.repository + "/Templates", shownAs: "Templates")
            let start = ContinuousClock.now
            for page in SiteRenderer.pages(redacted, documents: nil) { blackHole(page.text) }
            let middle = ContinuousClock.now
            blackHole(try FinalDocumentRenderer.render(edition, with: templates, formats: [.markdown, .html]))
            let end = ContinuousClock.now
            benchmark.measurement(.custom("site ÷ report (%)"), Int((100 * ((middle - start) / (end - middle))).rounded()))
        }

        Benchmark("workbook \(size.name)", configuration: configuration) { benchmark in
            let (_, edition) = try size.loaded()
            let path = size.workbookPath
            benchmark.startMeasurement()
            blackHole(try IndicatorWorkbook.write(edition, to: path))
        }

        Benchmark("workbook bare C calls \(size.name)", configuration: bare("C write time (ms)")) { benchmark in
            let calls = try size.workbookCalls()
            let replayed = BenchmarkSize.scratch + "/bare-calls.xlsx"
            let milliseconds = try BareProgram.workbookCalls.run([calls, replayed])
            guard FileManager.default.contentsEqual(atPath: replayed, andPath: try size.writtenWorkbook()) else {
                throw BenchmarkFailure(message: "bare-workbook-calls wrote another workbook than the tool's")
            }
            benchmark.measurement(.custom("C write time (ms)"), milliseconds)
        }

        Benchmark("workbook ÷ bare C calls, paired \(size.name)",
                  configuration: paired("workbook ÷ same calls (%)")) { benchmark in
            let (_, edition) = try size.loaded()
            let calls = try size.workbookCalls()
            let start = ContinuousClock.now
            blackHole(try IndicatorWorkbook.write(edition, to: size.workbookPath))
            let tool = ContinuousClock.now - start
            let floor = try BareProgram.workbookCalls.run([calls, BenchmarkSize.scratch + "/bare-calls.xlsx"])
            benchmark.measurement(.custom("workbook ÷ same calls (%)"), percent(tool, of: floor))
        }

        Benchmark("workbook bare C cells \(size.name)", configuration: bare("C write time (ms)")) { benchmark in
            let cells = try size.workbookCells()
            let milliseconds = try BareProgram.workbookCells.run([cells, BenchmarkSize.scratch + "/bare.xlsx"])
            benchmark.measurement(.custom("C write time (ms)"), milliseconds)
        }

        Benchmark("workbook ÷ bare C cells, paired \(size.name)",
                  configuration: paired("workbook ÷ cells alone (%)")) { benchmark in
            let (_, edition) = try size.loaded()
            let cells = try size.workbookCells()
            let start = ContinuousClock.now
            blackHole(try IndicatorWorkbook.write(edition, to: size.workbookPath))
            let tool = ContinuousClock.now - start
            let floor = try BareProgram.workbookCells.run([cells, BenchmarkSize.scratch + "/bare.xlsx"])
            benchmark.measurement(.custom("workbook ÷ cells alone (%)"), percent(tool, of: floor))
        }

        // The exports as the command runs them (check, redact, render, scan, place), then check alone:
        // the target is under 200 %.
        for (format, product) in [("json", Publication.Product.exchange(organisation: nil)), ("csv", .dataPackage)] {
            let metric = "export \(format) ÷ check (%)"
            Benchmark("export \(format) ÷ check, paired \(size.name)", configuration: paired(metric)) { benchmark in
                let folder = try size.library()
                let start = ContinuousClock.now
                _ = try Publication(year: nil, dataFolder: folder, outputFolder: size.exportPath(format),
                                    products: [product]).run()
                let middle = ContinuousClock.now
                blackHole(LibraryCheck.run(at: folder))
                let end = ContinuousClock.now
                benchmark.measurement(.custom(metric), Int((100 * ((middle - start) / (end - middle))).rounded()))
            }
        }

        // The last edition's exchange file merged into the library without that edition, as `merge` runs
        // it, then check of the merged library: the target is under 200 %.
        Benchmark("merge ÷ check, paired \(size.name)", configuration: paired("merge ÷ check (%)")) { benchmark in
            let (file, folder) = try size.mergeInput()
            let start = ContinuousClock.now
            _ = try MergeJob(file: file, dataFolder: folder).run()
            let middle = ContinuousClock.now
            blackHole(LibraryCheck.run(at: folder))
            let end = ContinuousClock.now
            benchmark.measurement(.custom("merge ÷ check (%)"), Int((100 * ((middle - start) / (end - middle))).rounded()))
        }

        Benchmark("diff \(size.name)", configuration: configuration) { benchmark in
            let (redacted, edition) = try size.loaded()
            let earlier = try redacted.edition(redacted.library.editions[redacted.library.editions.count - 2].year,
                                               in: size.name)
            benchmark.startMeasurement()
            let changes = redacted.changes(from: earlier, to: edition)
            let document = try ChangesRenderer.stage(changes, as: .markdown, at: URL(fileURLWithPath: size.changesPath))
            try AtomicFiles.write([], staged: [document])
        }
    }
}

/// `tool` as a percentage of `floor` milliseconds.
func percent(_ tool: Duration, of floor: Int) -> Int {
    Int((100 * (tool / .milliseconds(1)) / Double(max(floor, 1))).rounded())
}
