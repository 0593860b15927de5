internal import CXlsxWriter

/// Facts about the libxlsxwriter the program is linked with.
public enum XLSXLibrary {
    /// libxlsxwriter's own version string ("1.1.4"), read from the linked library: proves that the
    /// system library is found and linked before any workbook is written.
    public static var version: String {
        String(cString: lxw_version())
    }
}
