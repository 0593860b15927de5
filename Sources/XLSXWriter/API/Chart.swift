internal import CXlsxWriter

/// A chart of a workbook, drawn from cell ranges; valid inside `Workbook.write(to:...)` only.
public final class Chart {
    public enum Kind: Sendable {
        case column, line
        /// Points joined by straight lines over a numeric horizontal axis: years spaced as years, a
        /// single point drawn, an empty cell a gap.
        case scatterWithLines

        var code: UInt8 {
            switch self {
            case .column: return UInt8(LXW_CHART_COLUMN.rawValue)
            case .line: return UInt8(LXW_CHART_LINE.rawValue)
            case .scatterWithLines: return UInt8(LXW_CHART_SCATTER_STRAIGHT_WITH_MARKERS.rawValue)
            }
        }
    }

    let pointer: UnsafeMutablePointer<lxw_chart>

    init(pointer: UnsafeMutablePointer<lxw_chart>) {
        self.pointer = pointer
    }

    public func setTitle(_ title: String) {
        CString.with(title) { chart_title_set_name(pointer, $0) }
    }

    public func setAxisNames(x: String?, y: String?) {
        if let x { CString.with(x) { chart_axis_set_name(pointer.pointee.x_axis, $0) } }
        if let y { CString.with(y) { chart_axis_set_name(pointer.pointee.y_axis, $0) } }
    }

    /// A series: its values, labelled by the categories (both on a sheet of this workbook).
    public func addSeries(name: String, categories: CellRange, values: CellRange) throws(XLSXError) {
        guard let series = chart_add_series(pointer, nil, nil) else {
            throw XLSXError(operation: "adding the series '\(name)'", message: "libxlsxwriter could not add it")
        }
        CString.with(name) { chart_series_set_name(series, $0) }
        CString.with(categories.sheet) {
            chart_series_set_categories(series, $0, lxw_row_t(categories.firstRow), lxw_col_t(categories.firstColumn),
                                        lxw_row_t(categories.lastRow), lxw_col_t(categories.lastColumn))
        }
        CString.with(values.sheet) {
            chart_series_set_values(series, $0, lxw_row_t(values.firstRow), lxw_col_t(values.firstColumn),
                                    lxw_row_t(values.lastRow), lxw_col_t(values.lastColumn))
        }
    }
}
