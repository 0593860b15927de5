import FinalDocument
import IndicatorLibrary
import IndicatorWorkbook
import OutputFiles
import PDFEngine

/// Why a command produced nothing, with what the user has to fix: the one failure of every step of
/// the pipeline (load, check, redact, render, scan, place).
public enum PipelineFailure: Error, CustomStringConvertible, Sendable {
    /// The library has errors: every one of them is in the check.
    case library(LibraryCheck)
    case noEdition(MissingEdition)
    /// The edition is not ready to publish (and `--draft` was not given).
    case notReady(EditionReadiness)
    /// `--years` names no edition the library holds.
    case noEditionsInYears(ClosedRange<Int>, available: [Int], data: String)
    /// `--country` names a country the catalog does not hold.
    case unknownCountry(String, data: String, suggestion: String?)
    /// `--country` names a catalog country the edition has no file for.
    case countryNotInEdition(String, year: Int, data: String)
    /// `--language` names a language the edition is not published in.
    case noSuchLanguage(String, file: String, declared: [String])
    case templates(TemplateErrors)
    /// The workbook could not be laid out or written.
    case workbook(WorkbookFailure)
    /// The scan found in a finished public output what only an internal one may hold.
    case leak([OutputLeak])
    case output(OutputError)
    /// The PDF engine is missing or failed.
    case pdf(PDFEngineError)
    /// The new set could not be put in place of the old one, which is as it was.
    case notPlaced(OutputError, folder: String)

    public var description: String {
        switch self {
        case let .library(check):
            return check.failureReport("nothing was written")
        case let .noEdition(missing):
            return missing.description
        case let .notReady(readiness):
            // The first items, and how to see them all.
            let shown = 10
            var lines = readiness.items.prefix(shown).map(\.description)
            if readiness.items.count > shown { lines.append("… and \(readiness.items.count - shown) more") }
            lines.append("error: the \(readiness.year) edition is not ready to publish: "
                         + readiness.missing.joined(separator: ", ") + "; `labour-monitor check --todo \(readiness.year)` "
                         + "lists every item, or build with --draft for a copy marked as a draft")
            return (lines + ["nothing was written"]).joined(separator: "\n")
        case let .noEditionsInYears(years, available, data):
            let held = available.isEmpty ? "none" : available.map(String.init).joined(separator: ", ")
            return "\(data): error: the library has no edition in \(years.lowerBound)...\(years.upperBound); "
                + "editions held: \(held)"
        case let .unknownCountry(code, data, suggestion):
            return "\(data)/catalog/countries.yaml: error: --country \(code) is not a country of the catalog"
                + (suggestion.map { " (did you mean '\($0)'?)" } ?? "")
        case let .countryNotInEdition(code, year, data):
            return "\(data)/\(year): error: --country \(code): the \(year) edition has no \(code).yaml, so there is "
                + "nothing to extract for it; nothing was written"
        case let .noSuchLanguage(language, file, declared):
            return "\(file): error: --language \(language): the edition is published in "
                + declared.joined(separator: ", ") + " (its 'languages'); nothing was written"
        case let .templates(errors):
            return errors.description + "\nnothing was written"
        case let .workbook(failure):
            return failure.description
        case let .leak(leaks):
            return (leaks.map(\.description)
                + ["error: a public output holds confidential text that the library's rules did not catch; "
                   + "nothing was written. Please report it: the rule that should have stopped it at `check` "
                   + "missed a case"]).joined(separator: "\n")
        case let .output(error):
            return error.description + "\nnothing was written"
        case let .pdf(error):
            return error.description + (error.message.hasSuffix("nothing was written") ? "" : "\nnothing was written")
        case let .notPlaced(error, folder):
            return error.description + "\nnothing was written: \(folder) holds its old files, as they were"
        }
    }
}

extension PipelineFailure {
    /// True when the input was fine but an output could not be written or placed.
    public var isOutputFailure: Bool {
        switch self {
        case .output, .notPlaced, .pdf: return true
        case let .workbook(failure): return failure.isOutputFailure
        default: return false
        }
    }
}

/// One confidential text found in one output, with the library texts it was printed from.
public struct OutputLeak: Sendable, CustomStringConvertible {
    /// The output's path as the user names it.
    public let output: String
    /// The part of a packaged output (`xl/worksheets/sheet3.xml`), or nil for a plain file.
    public let part: String?
    public let leak: LeakScanner.Leak
    /// The library texts that hold it, as far as they can be found.
    public let origins: [SourceLocation]

    public var description: String {
        let place = part.map { " (part \($0))" } ?? ""
        var lines = ["\(output): error: the output\(place) holds \(leak); it was not placed"]
        lines += origins.map { "\($0): note: printed from this text" }
        return lines.joined(separator: "\n")
    }
}
