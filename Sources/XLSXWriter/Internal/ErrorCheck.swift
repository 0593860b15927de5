internal import CXlsxWriter

/// Turns an `lxw_error` into a thrown `XLSXError` carrying `lxw_strerror`'s text.
enum ErrorCheck {
    static func check(_ result: lxw_error, _ operation: @autoclosure () -> String) throws(XLSXError) {
        guard result != LXW_NO_ERROR else { return }
        throw XLSXError(operation: operation(), message: String(cString: lxw_strerror(result)))
    }

    /// A cell outside the sheet: checked before the C call, where a negative Swift Int would not fit
    /// libxlsxwriter's unsigned row and column types.
    static func cell(row: Int, column: Int, _ operation: @autoclosure () -> String) throws(XLSXError) {
        guard (0..<ExcelLimits.maxRows).contains(row), (0..<ExcelLimits.maxColumns).contains(column) else {
            throw XLSXError(operation: operation(),
                            message: String(cString: lxw_strerror(LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE)))
        }
    }
}
