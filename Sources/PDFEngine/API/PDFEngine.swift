import Foundation

/// Makes PDFs from Word documents and workbooks with LibreOffice (`soffice --headless --convert-to
/// pdf`), the engine that lays out a .docx as Word does (its styles, numbering, header, footer and page
/// fields) and prints an .xlsx as its page setup says. Knows nothing of what the documents say.
///
/// Each run has a LibreOffice profile of its own, so that runs side by side (the tests, two builds)
/// never meet in one profile, and the user's own LibreOffice is neither used nor changed.
public struct PDFEngine: Sendable {
    /// The `soffice` program.
    public let program: URL

    /// The Debian package that has the engine, for messages.
    public static let package = "libreoffice-writer-nogui"

    /// `LABOUR_MONITOR_SOFFICE` when set (tests point it at a program that is not there), else `soffice`
    /// on the PATH.
    public static func locate(environment: [String: String] = ProcessInfo.processInfo.environment)
        throws(PDFEngineError) -> PDFEngine {
        if let named = environment["LABOUR_MONITOR_SOFFICE"] {
            guard FileManager.default.isExecutableFile(atPath: named) else {
                throw PDFEngineError("the PDF needs LibreOffice, and LABOUR_MONITOR_SOFFICE names \(named), which is not "
                                     + "a program; install \(package) (make deps) or unset it")
            }
            return PDFEngine(program: URL(fileURLWithPath: named))
        }
        guard let found = ProgramSearch.find("soffice", path: environment["PATH"]) else {
            throw PDFEngineError("the PDF needs LibreOffice, which is not installed: install \(package) "
                                 + "(`make deps`, or `sudo apt-get install \(package)`); nothing was written")
        }
        return PDFEngine(program: found)
    }

    /// The engine's surroundings, the same on every machine: its own home, universal time (it writes the
    /// offset of the local time zone into the PDF), and one locale (the user's could change its layout).
    static func environment(home: URL) -> [String: String] {
        ["HOME": home.path, "TZ": "UTC", "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8", "LANGUAGE": ""]
    }

    /// Converts each .docx (or each .xlsx: one call converts one kind) in `documents` to a PDF of the same name in `folder`; `work` is a folder of
    /// its own the engine may fill (its profile), removed after. `date` (`YYYYMMDD`) is written as the
    /// PDFs' creation date in place of the time of the run, so that the same document is the same file.
    public func convert(_ documents: [URL], into folder: URL, work: URL, date: String) throws(PDFEngineError) -> [URL] {
        guard !documents.isEmpty else { return [] }
        defer { try? FileManager.default.removeItem(at: work) }
        let profile = work.appendingPathComponent("profile")
        // Writer's export for documents, Calc's for workbooks (Debian: libreoffice-calc-nogui).
        let filter = documents[0].pathExtension.lowercased() == "xlsx" ? "calc_pdf_Export" : "writer_pdf_Export"
        let run = Subprocess(program: program, arguments: [
            "-env:UserInstallation=\(profile.absoluteURL.absoluteString)", "--headless", "--norestore", "--nologo",
            "--convert-to", "pdf:\(filter)", "--outdir", folder.path,
        ] + documents.map(\.path), environment: Self.environment(home: work))
        let outcome = try run.wait(timeout: 300)
        var made: [URL] = []
        for document in documents {
            let pdf = folder.appendingPathComponent(document.deletingPathExtension().lastPathComponent + ".pdf")
            guard let data = FileManager.default.contents(atPath: pdf.path), data.starts(with: Data("%PDF-".utf8)) else {
                throw PDFEngineError("LibreOffice did not make \(pdf.lastPathComponent) (exit \(outcome.status)): "
                                     + outcome.errors.suffix(400))
            }
            do {
                try PDFFixedDates.fixed(data, date: date).write(to: pdf)
            } catch {
                throw PDFEngineError("cannot write \(pdf.path) (\(error))")
            }
            made.append(pdf)
        }
        return made
    }
}
