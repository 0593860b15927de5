import Foundation
import OutputFiles

/// `labour-monitor sample`: writes a synthetic library into a new folder. The files are written into
/// a hidden folder beside it, which is renamed into place only when complete: an interrupted run
/// leaves no half library that `check` would read.
public struct SampleJob: Sendable {
    public let size: SampleSize
    public let outputFolder: String

    public init(size: SampleSize, outputFolder: String) {
        self.size = size
        self.outputFolder = outputFolder
    }

    public struct Outcome: Sendable {
        public let files: Int
        public let bytes: Int
    }

    public enum Failure: Error, CustomStringConvertible, Sendable {
        case invalidSize(String)
        case exists(String)
        case output(OutputError)

        public var description: String {
            switch self {
            case let .invalidSize(message): return "error: \(message)"
            case let .exists(folder):
                return "\(folder): error: the folder already exists; sample writes a new library, give a new folder"
            case let .output(error): return error.description + "\nnothing was written"
            }
        }

        /// The size and the folder were fine, the files could not be written.
        public var isOutputFailure: Bool {
            if case .output = self { return true }
            return false
        }
    }

    public func run() throws(Failure) -> Outcome {
        guard (1...SampleSize.maximumCountries).contains(size.countries) else {
            throw .invalidSize("--countries must be between 1 and \(SampleSize.maximumCountries) (two-letter codes)")
        }
        guard (1...100).contains(size.years) else { throw .invalidSize("--years must be between 1 and 100") }
        guard size.findings >= 0 else { throw .invalidSize("--findings must be 0 or more") }
        let target = URL(fileURLWithPath: outputFolder)
        guard !FileManager.default.fileExists(atPath: target.path) else { throw .exists(outputFolder) }
        let staging = URL(fileURLWithPath: AtomicFiles.temporaryPath(beside: target))
        var files = 0
        var bytes = 0
        do {
            try SampleLibrary.generate(size) { (file) throws(OutputError) in
                let data = Data(file.text.utf8)
                let url = staging.appendingPathComponent(file.path)
                try AtomicFiles.createFolder(url.deletingLastPathComponent())
                guard FileManager.default.createFile(atPath: url.path, contents: data) else {
                    throw OutputError(path: url.path, reason: "cannot write the file")
                }
                files += 1
                bytes += data.count
            }
        } catch {
            try? FileManager.default.removeItem(at: staging)
            throw .output(error)
        }
        guard AtomicFiles.placeFolder(staging, at: target) else { throw .exists(outputFolder) }
        return Outcome(files: files, bytes: bytes)
    }
}
