import Foundation

/// The text of a PDF as a reader copies it, through poppler's `pdftotext`: what the output scan reads,
/// and what the tests compare.
public enum PDFText {
    public static let package = "poppler-utils"

    /// The text of the PDF at `path`, pages separated by form feeds, in the order it was laid out
    /// (`-raw`): unlike pdftotext's default, which joins a word broken after its hyphen at the end of
    /// a line ("Ak-" / "Zhol" read "AkZhol"), so that a hyphenated name reads as written.
    public static func text(ofFileAt path: String,
                            environment: [String: String] = ProcessInfo.processInfo.environment) throws(PDFEngineError) -> String {
        guard let program = ProgramSearch.find("pdftotext", path: environment["PATH"]) else {
            throw PDFEngineError("reading a PDF back needs pdftotext, which is not installed: install \(package) "
                                 + "(`make deps`, or `sudo apt-get install \(package)`)")
        }
        let outcome = try Subprocess(program: program, arguments: ["-raw", "-enc", "UTF-8", path, "-"], environment: [:])
            .wait(timeout: 120)
        guard outcome.status == 0 else {
            throw PDFEngineError("pdftotext cannot read \(path) (exit \(outcome.status)): \(outcome.errors.suffix(400))")
        }
        return outcome.output
    }
}
