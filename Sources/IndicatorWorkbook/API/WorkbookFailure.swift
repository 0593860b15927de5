import IndicatorLibrary
import OutputFiles
import XLSXWriter

/// Why `workbook` wrote nothing, with what the user has to fix.
public enum WorkbookFailure: Error, CustomStringConvertible, Sendable {
    /// More columns than a sheet holds (a matrix with more instruments than Excel has columns).
    case tooWide(sheet: String, columns: Int)
    /// `rowsPerSheet` leaves no room for a table below its title and header.
    case tooFewRowsPerSheet(Int, needed: Int)
    case xlsx(XLSXError)
    case output(OutputError)
    /// The tool has no words for the language asked for (no Templates/strings/LANG.yaml built in).
    case noWords(String)

    public var description: String {
        switch self {
        case let .tooWide(sheet, columns):
            return "error: the \(sheet) sheet would need \(columns) columns, more than an Excel sheet holds "
                + "(\(ExcelLimits.maxColumns)); nothing was written"
        case let .tooFewRowsPerSheet(rows, needed):
            return "error: \(rows) rows per sheet leave no room for data below the title and header; "
                + "at least \(needed) are needed"
        case let .xlsx(error):
            return "error: \(error.description); nothing was written"
        case let .output(error):
            return error.description
        case let .noWords(language):
            return "error: the tool has no words for language '\(language)' (Templates/strings/\(language).yaml); "
                + "nothing was written"
        }
    }
}

extension WorkbookFailure {
    /// libxlsxwriter's failures are failures to write the file: the sheets were checked before.
    public var isOutputFailure: Bool {
        switch self {
        case .output, .xlsx: return true
        default: return false
        }
    }
}
