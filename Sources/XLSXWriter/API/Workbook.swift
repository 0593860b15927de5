import Foundation
import OutputFiles
internal import CXlsxWriter

/// An XLSX file being written through libxlsxwriter.
///
/// A workbook exists only inside `Workbook.write(to:...)`: the closure adds sheets and cells, and the
/// workbook is always finished, whatever happens. When every step succeeded the file is written to a
/// temporary name beside the target and renamed over it; when a step throws, libxlsxwriter's memory
/// is freed, nothing is written and the target is untouched. Worksheets and charts are valid only
/// inside the closure.
public final class Workbook {
    let pointer: UnsafeMutablePointer<lxw_workbook>
    private var formats: [CellStyle: UnsafeMutablePointer<lxw_format>] = [:]
    private(set) var sheetNames: [String] = []

    private init(pointer: UnsafeMutablePointer<lxw_workbook>) {
        self.pointer = pointer
    }

    /// Why a workbook was not written: libxlsxwriter's failure, or the one `build` threw.
    public enum Failure<BuildFailure: Error>: Error {
        case xlsx(XLSXError)
        case build(BuildFailure)
    }

    /// Writes the workbook that `build` describes to `path`. `constantMemory` streams each row to
    /// disk as it is written (for very large sheets): rows must then be written in order, top to bottom.
    public static func write<BuildFailure: Error>(
        to path: String, properties: DocumentProperties, constantMemory: Bool = false,
        _ build: (Workbook) throws(BuildFailure) -> Void
    ) throws(Failure<BuildFailure>) {
        let temporary = AtomicFiles.temporaryPath(beside: URL(fileURLWithPath: path))
        var options = lxw_workbook_options(constant_memory: constantMemory ? 1 : 0, tmpdir: nil, use_zip64: 0)
        guard let pointer = workbook_new_opt(temporary, &options) else {
            throw .xlsx(XLSXError(operation: "creating \(path)", message: "libxlsxwriter could not create the workbook"))
        }
        let workbook = Workbook(pointer: pointer)
        do throws(Failure<BuildFailure>) {
            do {
                try workbook.setProperties(properties)
            } catch {
                throw .xlsx(error)
            }
            do {
                try build(workbook)
            } catch {
                throw .build(error)
            }
        } catch {
            lxw_workbook_free(pointer)
            unlink(temporary)
            throw error
        }
        do {
            try ErrorCheck.check(workbook_close(pointer), "writing \(path)")
        } catch {
            unlink(temporary)
            throw .xlsx(error)
        }
        // libxlsxwriter closes the file without syncing it: AtomicFiles flushes it before the rename,
        // so a crash cannot leave an empty file under the real name.
        do {
            try AtomicFiles.write([], staged: [.init(url: URL(fileURLWithPath: path), temporaryPath: temporary)])
        } catch {
            throw .xlsx(XLSXError(operation: "writing \(path)", message: error.reason))
        }
    }

    /// A new sheet. The name must already be valid (see `ExcelLimits.sheetName`) and not used.
    public func addWorksheet(named name: String) throws(XLSXError) -> Worksheet {
        let operation = "adding the sheet '\(name)'"
        let validation = CString.with(name) { workbook_validate_sheet_name(pointer, $0) }
        try ErrorCheck.check(validation, operation)
        guard let sheet = CString.with(name, { workbook_add_worksheet(pointer, $0) }) else {
            throw XLSXError(operation: operation, message: "libxlsxwriter could not add the sheet")
        }
        sheetNames.append(name)
        return Worksheet(pointer: sheet, name: name, workbook: self)
    }

    public func addChart(_ kind: Chart.Kind) throws(XLSXError) -> Chart {
        guard let chart = workbook_add_chart(pointer, kind.code) else {
            throw XLSXError(operation: "adding a \(kind) chart", message: "libxlsxwriter could not add the chart")
        }
        return Chart(pointer: chart)
    }

    /// The libxlsxwriter format for `style`, made once per distinct style.
    func format(for style: CellStyle?) -> UnsafeMutablePointer<lxw_format>? {
        guard let style else { return nil }
        if let existing = formats[style] { return existing }
        guard let format = workbook_add_format(pointer) else { return nil }
        if style.bold { format_set_bold(format) }
        if style.italic { format_set_italic(format) }
        if style.underline { format_set_underline(format, UInt8(LXW_UNDERLINE_SINGLE.rawValue)) }
        if style.wrap { format_set_text_wrap(format) }
        if style.alignTop { format_set_align(format, UInt8(LXW_ALIGN_VERTICAL_TOP.rawValue)) }
        if let color = style.fontColor { format_set_font_color(format, color) }
        if let color = style.background {
            format_set_pattern(format, UInt8(LXW_PATTERN_SOLID.rawValue))
            format_set_bg_color(format, color)
        }
        if let code = style.numberFormat { CString.with(code) { format_set_num_format(format, $0) } }
        if style.border { format_set_border(format, UInt8(LXW_BORDER_THIN.rawValue)) }
        if let size = style.fontSize { format_set_font_size(format, size) }
        formats[style] = format
        return format
    }

    private func setProperties(_ properties: DocumentProperties) throws(XLSXError) {
        let strings = [properties.title, properties.subject, properties.author, properties.keywords ?? "",
                       properties.comments ?? ""].map { strdup(CString.safe($0)) }
        defer { strings.forEach { free($0) } }
        var cProperties = lxw_doc_properties()
        cProperties.title = strings[0]
        cProperties.subject = strings[1]
        cProperties.author = strings[2]
        cProperties.keywords = properties.keywords == nil ? nil : strings[3]
        cProperties.comments = properties.comments == nil ? nil : strings[4]
        cProperties.created = time_t(properties.created.timeIntervalSince1970)
        try ErrorCheck.check(workbook_set_properties(pointer, &cProperties), "setting the document properties")
    }
}
