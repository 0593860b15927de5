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
        for edition in library.editions {
            for earlier in library.editions where earlier.year <= edition.year {
                let changes = library.changes(from: earlier, to: edition)
                for audience in [Audience.public, .internal] {
                    for format in ChangesFormat.allCases {
                        _ = ChangesRenderer.render(changes.visible(to: audience), of: library, as: format)
                    }
                }
            }
            guard (try? edition.requireFinished()) != nil else { continue }
            for audience in [Audience.public, .internal] {
                _ = try? FinalDocumentRenderer.render(edition, of: library, with: templates,
                                                      formats: DocumentFormat.allCases, audience: audience)
                _ = try? IndicatorWorkbook.write(edition, of: library, options: WorkbookOptions(audience: audience),
                                                 to: workbook)
            }
        }
    }
}
