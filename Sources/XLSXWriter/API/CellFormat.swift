internal import CXlsxWriter

/// A style as one of a workbook's own formats, looked up once.
///
/// Finding a style's format hashes every field of the style; on a sheet of a hundred thousand rows
/// that lookup, once per cell, cost as much as libxlsxwriter's writing of the cell. A writer of many
/// cells takes the format of each column once (`Workbook.format(_:)`) and hands it to every cell.
/// A format belongs to the workbook that made it: a worksheet of another workbook refuses it.
public struct CellFormat {
    let pointer: UnsafeMutablePointer<lxw_format>?
    let workbook: ObjectIdentifier

    init(pointer: UnsafeMutablePointer<lxw_format>?, workbook: ObjectIdentifier) {
        self.pointer = pointer
        self.workbook = workbook
    }
}
