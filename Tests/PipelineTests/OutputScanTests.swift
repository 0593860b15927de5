import ChangesReport
import Foundation
import IndicatorLibrary
import LibraryFixtures
@testable import Pipeline
import OutputFiles
import Testing
import WorkbookReading

/// The safety net under the rules: every public output is searched before it is placed. Each test
/// switches the library's confidentiality rules off (a fault injected through the pipeline's seam),
/// so that the scan alone stands between the leak and the disk, and shows it stops the run.
@Suite struct OutputScanTests {
    /// Kazakhstan with Erzhan Elshimbayev in a confidential finding, and `leak` put where a field prints.
    static func kazakhstan(recommendation: String = "Re-register the union.", valueSource: String = "Union records")
        -> String {
        """
        country: KZ
        situation: In **Kazakhstan**, activists remain under pressure.
        findings:
          - id: kz-union-deregistered
            kind: violation
            indicators: [foa.registration]
            summary: The authorities de-registered the union.
            status: ongoing
            sources: [{title: Final Document 2021}]
          - id: kz-activist-prosecuted
            kind: violation
            indicators: [foa.registration]
            summary: A worker activist was arrested and prosecuted for his public activities.
            status: ongoing
            sources: [{title: Monitor's interview}]
            people:
              - name: Erzhan Elshimbayev
                confidential: true
            confidential: true
        recommendations:
          - id: kz-reregister-union
            text: "\(recommendation)"
            findings: [kz-union-deregistered]
        values:
          foa.conflicts: {value: 55, source: "\(valueSource)"}
        """
    }

    struct Run {
        let failure: PipelineFailure?
        let folder: URL
        var reports: URL { folder.appendingPathComponent("Reports") }
    }

    static func publish(_ files: [String: String?], products: [Publication.Product] = Publication.everything,
                        audience: Audience = .public, weakened: Bool = true) -> Run {
        let folder = Fixture.write(Fixture.ready(files))
        var publication = Publication(year: 2021, dataFolder: folder.path,
                                      templatesFolder: Fixture.packageRoot.appendingPathComponent("Templates").path,
                                      outputFolder: folder.appendingPathComponent("Reports").path,
                                      audience: audience, products: products)
        publication.withoutConfidentialityRules = weakened
        do {
            _ = try publication.run()
            return Run(failure: nil, folder: folder)
        } catch {
            return Run(failure: error, folder: folder)
        }
    }

    static func leaks(_ run: Run) -> [OutputLeak] {
        if case let .leak(leaks) = run.failure { return leaks }
        return []
    }

    @Test func theRuleStopsTheLeakFirst() {
        let run = Self.publish(["2021/KZ.yaml": Self.kazakhstan(recommendation: "Release Erzhan Elshimbayev.")],
                               weakened: false)
        defer { try? FileManager.default.removeItem(at: run.folder) }
        guard case .library = run.failure else {
            Issue.record("check should refuse the library: \(String(describing: run.failure))")
            return
        }
    }

    @Test func aLeakTheWeakenedRuleLetsThroughIsStoppedAndNothingIsWritten() throws {
        let run = Self.publish(["2021/KZ.yaml": Self.kazakhstan(recommendation: "Release **Erzhan Elshimbayev**.")])
        defer { try? FileManager.default.removeItem(at: run.folder) }
        let leaks = Self.leaks(run)
        let outputs = Set(leaks.map { ($0.output as NSString).lastPathComponent })
        #expect(outputs == ["final-document.md", "final-document.html", "final-document.docx", "final-document.pdf",
                            "indicators-2021.xlsx"], "\(leaks)")
        // The Word document is read part by part, the PDF as the text a reader copies from it.
        #expect(leaks.first { $0.output.hasSuffix(".docx") }?.part == "word/document.xml")
        #expect(leaks.contains { $0.output.hasSuffix(".pdf") && $0.part == nil })
        let workbook = try #require(leaks.first { $0.output.hasSuffix(".xlsx") })
        #expect(workbook.part?.hasPrefix("xl/worksheets/") == true)
        #expect(workbook.leak.kind == .name && workbook.leak.text == "Erzhan Elshimbayev")
        #expect(workbook.origins.map(\.description).contains { $0.hasSuffix("2021/KZ.yaml:22:11") },
                "the recommendation's text is named as the origin: \(workbook.origins)")
        #expect(workbook.description.contains("error: the output (part xl/worksheets/"))
        #expect(!FileManager.default.fileExists(atPath: run.reports.path), "nothing may be placed")
    }

    /// The exchange file and the data package go through the same scan: both print the recommendation.
    @Test func aLeakIntoTheExportsIsStoppedToo() throws {
        let run = Self.publish(["2021/KZ.yaml": Self.kazakhstan(recommendation: "Release **Erzhan Elshimbayev**.")],
                               products: [.exchange(organisation: nil), .dataPackage])
        defer { try? FileManager.default.removeItem(at: run.folder) }
        let outputs = Set(Self.leaks(run).map { ($0.output as NSString).lastPathComponent })
        #expect(outputs == ["exchange-2021.json", "recommendations.csv"], "\(outputs)")
        #expect(!FileManager.default.fileExists(atPath: run.reports.path), "nothing may be placed")
    }

    /// The site goes through the same scan: its country page prints the recommendation.
    @Test func aLeakIntoTheSiteIsStoppedToo() throws {
        let run = Self.publish(["2021/KZ.yaml": Self.kazakhstan(recommendation: "Release **Erzhan Elshimbayev**.")],
                               products: [.site])
        defer { try? FileManager.default.removeItem(at: run.folder) }
        let outputs = Set(Self.leaks(run).map { ($0.output as NSString).lastPathComponent })
        #expect(outputs == ["KZ.html"], "\(outputs)")
        #expect(!FileManager.default.fileExists(atPath: run.reports.path), "nothing may be placed")
    }

    /// A value's source is printed only as a comment of the workbook's Indicators sheet.
    @Test func aLeakInAWorkbookCommentIsFound() throws {
        let run = Self.publish(["2021/KZ.yaml": Self.kazakhstan(valueSource: "Interview with Elshimbayev, Erzhan")],
                               products: [.workbook(.init())])
        defer { try? FileManager.default.removeItem(at: run.folder) }
        let leaks = Self.leaks(run)
        #expect(!leaks.isEmpty, "\(String(describing: run.failure))")
        #expect(leaks.allSatisfy { $0.output.hasSuffix("indicators-2021.xlsx") })
        #expect(!FileManager.default.fileExists(atPath: run.reports.path))
    }

    /// Entities and tags in the bytes do not hide a name from the scan.
    @Test(arguments: [
        "<p>Release <strong>Erzhan</strong> Elshimbayev</p>",
        "Release Erz&#104;an Elshimbayev",
        "Release Erz<!-- -->han Elshimbayev",
        #"{"text": "Release Erzhan\nElshimbayev"}"#,
        #"{"text": "Release Erzh\u0061n Elshimbayev"}"#,
    ])
    func theScanReadsMarkupAsAReaderWould(bytes: String) throws {
        let library = try #require(Fixture.check(["2021/KZ.yaml": Self.kazakhstan()]).library)
        let scan = OutputScan(scanner: LeakScanner(library: library), library: library)
        let leaks = try scan.leaks(in: Data(bytes.utf8), name: "out", reading: .bytes)
        #expect(leaks.map(\.leak.text) == ["Erzhan Elshimbayev"], "\(bytes)")
    }

    /// The scan folds words as the rules do: a lone sign (`Ь`, which looks like a b) before each word
    /// of the name does not change the words after it.
    @Test func aLoneSignBeforeTheNameDoesNotHideIt() throws {
        let library = try #require(Fixture.check(["2021/KZ.yaml": Self.kazakhstan()]).library)
        let scan = OutputScan(scanner: LeakScanner(library: library), library: library)
        let leaks = try scan.leaks(in: Data("<p>Release \u{042C} Erzhan \u{042C} Elshimbayev</p>".utf8), name: "out",
                                   reading: .bytes)
        #expect(leaks.map(\.leak.text) == ["Erzhan Elshimbayev"])
    }

    @Test func aConfidentialSummaryInAnOutputIsFound() throws {
        let library = try #require(Fixture.check(["2021/KZ.yaml": Self.kazakhstan()]).library)
        let scan = OutputScan(scanner: LeakScanner(library: library), library: library)
        let leaks = try scan.leaks(in: Data("<td>A worker activist was <b>arrested</b> and prosecuted for his public activities.</td>".utf8), name: "out",
                                   reading: .bytes)
        #expect(leaks.map(\.leak.kind) == [.summary])
    }

    /// A large output (a site's country page) is read a chunk at a time, each chunk ending at a tag or
    /// a line: a name past the first chunks, or where a chunk would end, is found all the same.
    @Test(arguments: [1, OutputScan.ChunkedReader.chunk - 12, 3 * OutputScan.ChunkedReader.chunk])
    func aNameDeepInALargeOutputIsFound(at offset: Int) throws {
        let library = try #require(Fixture.check(["2021/KZ.yaml": Self.kazakhstan()]).library)
        let scan = OutputScan(scanner: LeakScanner(library: library), library: library)
        var bytes = Data(repeating: UInt8(ascii: "x"), count: offset)
        bytes.append(Data(" Erzhan Elshimbayev<br>".utf8))
        bytes.append(Data(repeating: UInt8(ascii: "y"), count: OutputScan.ChunkedReader.chunk))
        let leaks = try scan.leaks(in: bytes, name: "out", reading: .bytes)
        #expect(leaks.map(\.leak.text) == ["Erzhan Elshimbayev"])
    }

    @Test func anInternalOutputIsNotScannedAndGoesToItsFolder() {
        let run = Self.publish(["2021/KZ.yaml": Self.kazakhstan(recommendation: "Release Erzhan Elshimbayev.")],
                               audience: .internal)
        defer { try? FileManager.default.removeItem(at: run.folder) }
        #expect(run.failure == nil, "\(String(describing: run.failure))")
    }

    @Test func theDiffForStandardOutputIsScanned() {
        let folder = Fixture.write(["2021/KZ.yaml": Self.kazakhstan(),
                                    "2022/meeting.yaml": Fixture.meeting2022,
                                    "2022/KZ.yaml": Self.kazakhstan(recommendation: "Release Erzhan Elshimbayev.")])
        defer { try? FileManager.default.removeItem(at: folder) }
        let printed = folder.appendingPathComponent("printed")
        #expect(FileManager.default.createFile(atPath: printed.path, contents: nil))
        let descriptor = open(printed.path, O_WRONLY)
        defer { close(descriptor) }
        let output = StandardOutput(descriptor: descriptor)
        for format in [ChangesFormat.text, .json] {
            do {
                _ = try Comparison(from: 2021, to: 2022, dataFolder: folder.path, format: format).run(printingTo: output)
                Issue.record("the check should have refused the library")
            } catch {
                guard case PipelineFailure.library = error else { Issue.record("\(error)"); continue }
            }
            var comparison = Comparison(from: 2021, to: 2022, dataFolder: folder.path, format: format)
            comparison.withoutConfidentialityRules = true
            do {
                _ = try comparison.run(printingTo: output)
                Issue.record("\(format): the scan should have stopped the comparison")
            } catch {
                guard case let PipelineFailure.leak(leaks) = error else { Issue.record("\(error)"); continue }
                #expect(leaks.first?.output == "standard output")
            }
        }
        try? output.finish()
        #expect((try? Data(contentsOf: printed))?.isEmpty == true, "a comparison stopped by the scan printed nothing")
    }
}

extension PipelineFailure: Equatable {
    public static func == (lhs: PipelineFailure, rhs: PipelineFailure) -> Bool { lhs.description == rhs.description }
}
