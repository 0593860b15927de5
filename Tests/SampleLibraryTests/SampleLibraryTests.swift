import Foundation
import IndicatorLibrary
import SampleLibrary
import Testing

/// `labour-monitor sample`: a synthetic library of the size asked, valid, of the format's full shape,
/// and the same bytes for the same seed.
@Suite struct SampleLibraryTests {
    static func written(_ size: SampleSize) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sample-\(UUID().uuidString)")
        _ = try SampleJob(size: size, outputFolder: folder.path).run()
        return folder
    }

    static func texts(_ size: SampleSize) -> [String: String] {
        var files: [String: String] = [:]
        SampleLibrary.generate(size) { file in files[file.path] = file.text }
        return files
    }

    @Test(arguments: [UInt64(1), 7, 2026])
    func aSampleLibraryPassesCheckWithoutAWarning(seed: UInt64) throws {
        let size = SampleSize(countries: 5, years: 3, findings: 20, seed: seed)
        let folder = try Self.written(size)
        defer { try? FileManager.default.removeItem(at: folder) }
        let check = LibraryCheck.run(at: folder.path)
        #expect(check.diagnostics.map(\.description) == [])
        let library = try #require(check.library)
        #expect(library.editions.map(\.year) == [2023, 2024, 2025])
        #expect(library.editions.allSatisfy { $0.findings.count == 5 * 20 && $0.countries.count == 5 })
    }

    @Test func itHasTheFormatsFullShape() throws {
        let folder = try Self.written(SampleSize(countries: 6, years: 2, findings: 40, seed: 3))
        defer { try? FileManager.default.removeItem(at: folder) }
        let library = try #require(LibraryCheck.run(at: folder.path).library)
        let findings = library.editions.flatMap(\.findings)
        #expect(findings.contains { $0.confidential.value })
        #expect(findings.contains { $0.people.contains { $0.confidential.value } })
        #expect(findings.contains { $0.people.contains { !$0.confidential.value } })
        #expect(findings.allSatisfy { !$0.sources.isEmpty })
        #expect(Set(findings.map(\.kind.value)) == Set(Finding.Kind.allCases))
        #expect(findings.contains { $0.summary.value.text().unicodeScalars.contains { (0x400...0x4FF).contains($0.value) } })
        #expect(library.ratifications.facts.count > 0)
        // Yearly series apart from the editions: a rating on its scale, and a count from before the editions.
        #expect(library.series.contains { $0.indicator.value == "civic-space.rights-rating" })
        #expect(library.years.first == library.editions[0].year - 3, "\(library.years)")
        #expect(library.series.allSatisfy { $0.year.value <= 2025 })
        let latest = try #require(library.editions.last)
        #expect(latest.countries.allSatisfy { !$0.recommendations.isEmpty && $0.values.count == 5 })
        let changes = library.changes(from: library.editions[0], to: latest)
        #expect(changes.findings.contains { $0.kind == .new })
        #expect(changes.findings.contains { $0.kind == .continuing || $0.kind == .changed })
        #expect(changes.findings.contains { $0.kind == .resolved || $0.kind == .noLongerReported })
    }

    @Test func theSameSeedGivesTheSameBytesAndAnotherSeedAnotherLibrary() {
        let size = SampleSize(countries: 3, years: 2, findings: 10, seed: 42)
        #expect(Self.texts(size) == Self.texts(size))
        let other = Self.texts(SampleSize(countries: 3, years: 2, findings: 10, seed: 43))
        #expect(Self.texts(size)["2025/AA.yaml"] != other["2025/AA.yaml"])
        #expect(Self.texts(size).keys.sorted() == other.keys.sorted())
    }

    @Test func findingsRunToTheLengthsMonitorsWrite() {
        let text = Self.texts(SampleSize(countries: 1, years: 1, findings: 200, seed: 5))["2025/AA.yaml"] ?? ""
        let bytesPerFinding = text.utf8.count / 200
        #expect((250...700).contains(bytesPerFinding), "\(bytesPerFinding) bytes per finding")
    }

    @Test func itNeverWritesIntoAnExistingFolder() throws {
        let folder = try Self.written(SampleSize(countries: 1, years: 1, findings: 1))
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(throws: SampleJob.Failure.self) {
            try SampleJob(size: SampleSize(countries: 2, years: 1, findings: 1), outputFolder: folder.path).run()
        }
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.deletingLastPathComponent().path)
        #expect(!left.contains { $0.hasPrefix(".\(folder.lastPathComponent).tmp-") }, "a staging folder was left")
    }

    @Test(arguments: [(0, 1, 1), (677, 1, 1), (1, 0, 1), (1, 101, 1), (1, 1, -1)])
    func sizesOutOfRangeAreRefused(countries: Int, years: Int, findings: Int) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sample-\(UUID().uuidString)")
        #expect(throws: SampleJob.Failure.self) {
            try SampleJob(size: SampleSize(countries: countries, years: years, findings: findings),
                          outputFolder: folder.path).run()
        }
        #expect(!FileManager.default.fileExists(atPath: folder.path))
    }
}
