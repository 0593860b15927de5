import Foundation
import IndicatorLibrary
import IndicatorWorkbook
import LibraryFixtures
import WorkbookReading

/// Writes the workbook of a library to a temporary file and opens it again, as a user's Excel would.
struct WrittenWorkbook: Sendable {
    let reader: WorkbookReader
    let warnings: [Diagnostic]
    let bytes: Data

    /// The fixture library with `replacing` applied.
    static func fixture(_ replacing: [String: String?] = [:], year: Int = 2021, audience: Audience = .public,
                        options: WorkbookOptions = WorkbookOptions()) throws -> WrittenWorkbook {
        let folder = Fixture.write(replacing)
        defer { try? FileManager.default.removeItem(at: folder) }
        return try library(folder.path, shownAs: "Indicators", year: year, audience: audience, options: options)
    }

    static func library(_ folder: String, shownAs: String? = nil, year: Int = 2021, audience: Audience = .public,
                        options: WorkbookOptions = WorkbookOptions(), language: String? = nil) throws -> WrittenWorkbook {
        let check = LibraryCheck.run(at: folder, shownAs: shownAs)
        guard let library = check.library, check.passes() else { throw LibraryFailure(check: check) }
        let edition = try RedactedLibrary.redact(library, for: audience).edition(year, in: folder)
        let output = FileManager.default.temporaryDirectory
            .appendingPathComponent("labour-monitor-workbook-\(UUID().uuidString).xlsx").path
        defer { try? FileManager.default.removeItem(atPath: output) }
        let warnings = try IndicatorWorkbook.write(edition, options: options, language: language, to: output)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: output))
        return WrittenWorkbook(reader: try WorkbookReader(path: output), warnings: warnings, bytes: bytes)
    }

    /// What the cell of `sheet` in the row of `rowLabel` (column A) and the column of `header` shows.
    func value(sheet name: String, row rowLabel: String, column header: String) throws -> String? {
        try reference(sheet: name, row: rowLabel, column: header).flatMap { try reader.cells(sheet: sheet(name))[$0] }
    }

    func reference(sheet name: String, row rowLabel: String, column header: String) throws -> String? {
        let number = try sheet(name)
        guard let headerCell = try reader.find(header, sheet: number),
              let rowCell = try reader.find(rowLabel, sheet: number) else { return nil }
        return WorkbookReader.cell(row: rowCell, column: headerCell)
    }

    func sheet(_ name: String) throws -> Int {
        try reader.sheet(named: name)
    }

    /// The values of one row of a sheet, by column letter order.
    func row(_ number: Int, sheet name: String) throws -> [String] {
        try reader.cells(sheet: sheet(name))
            .filter { WorkbookReader.order($0.key).0 == number }
            .sorted { WorkbookReader.order($0.key).1 < WorkbookReader.order($1.key).1 }
            .map(\.value)
    }

    func sheetXML(_ name: String) throws -> String {
        String(decoding: reader.parts["xl/worksheets/sheet\(try sheet(name)).xml"] ?? Data(), as: UTF8.self)
    }
}

/// A fixture that does not pass `check`.
struct LibraryFailure: Error, CustomStringConvertible {
    let check: LibraryCheck
    var description: String { check.failureReport("nothing was written") }
}
