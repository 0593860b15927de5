import ChangesReport
import FinalDocument
import Foundation
import IndicatorLibrary
import IndicatorWorkbook

/// What every command makes from a library that passed `check`: a library the checker accepts must
/// never crash a renderer. Each input that passes is rendered in full, for both audiences.
enum FuzzOutputs {
    static let templates: TemplateSet = {
        let folder = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Templates").path
        do {
            return try TemplateSet.load(from: folder, shownAs: "Templates")
        } catch {
            preconditionFailure("the bundled templates do not load: \(error)")
        }
    }()

    static let workbook = FileManager.default.temporaryDirectory
        .appendingPathComponent("labour-monitor-fuzz-\(getpid()).xlsx").path

    static func renderAll(_ library: Library) {
        for audience in [Audience.public, .internal] {
            let redacted = RedactedLibrary.redact(library, for: audience)
            let scanner = LeakScanner(library: library)
            for edition in library.editions {
                guard let published = try? redacted.edition(edition.year, in: "fuzz") else { continue }
                for earlier in library.editions where earlier.year <= edition.year {
                    guard let old = try? redacted.edition(earlier.year, in: "fuzz") else { continue }
                    let changes = redacted.changes(from: old, to: published)
                    for format in ChangesFormat.allCases {
                        _ = scanner.scan(ChangesRenderer.render(changes, as: format))
                    }
                }
                // An edition not ready to publish is rendered as `--draft` renders it.
                let rendered = EditionReadiness(edition).isReady ? published : published.markedAsDraft()
                if let documents = try? FinalDocumentRenderer.render(rendered, with: templates,
                                                                     formats: DocumentFormat.allCases) {
                    for document in documents { _ = scanner.scan(document.text) }
                }
                _ = try? IndicatorWorkbook.write(rendered, to: workbook)
            }
        }
    }
}
