import Foundation
import IndicatorLibrary
import OutputFiles

/// `labour-monitor carry-forward FROM TO`: opens the next edition with everything still open.
///
/// Refuses a library with errors, a FROM it does not hold, a TO that is not later, and a TO that
/// exists already (nothing is ever overwritten). The folder is written in full under a hidden name
/// and renamed into place, so the library never holds half an edition; the new library is then
/// checked, and its readiness (every item to review, every field to fill in) is the secretariat's list.
public struct CarryForwardJob: Sendable {
    public let from: Int
    public let to: Int
    public let dataFolder: String

    public init(from: Int, to: Int, dataFolder: String = "Indicators") {
        self.from = from
        self.to = to
        self.dataFolder = dataFolder
    }

    public struct Outcome: Sendable {
        /// The files created, as the user names them.
        public let created: [String]
        public let findingsCarried: Int
        public let recommendationsCarried: Int
        /// The check of the library with the new edition.
        public let check: LibraryCheck
        /// What to review and fill in before the new edition can be published.
        public let readiness: EditionReadiness
    }

    public func run() throws(CarryForwardFailure) -> Outcome {
        let check = LibraryCheck.run(at: dataFolder)
        guard check.passes(), let library = check.library else { throw .library(check) }
        let edition: Edition
        do {
            edition = try library.edition(from, in: dataFolder)
        } catch {
            throw .noEdition(error)
        }
        guard to > from else { throw .notLater(from: from, to: to) }
        let root = URL(fileURLWithPath: dataFolder)
        Leftovers.removeAbandoned(in: root.path)
        let target = root.appendingPathComponent(String(to))
        guard !FileManager.default.fileExists(atPath: target.path) else { throw .exists("\(dataFolder)/\(to)") }

        var texts: [String: String] = [:]
        for file in ["meeting"] + edition.countries.map(\.country.value) {
            let path = "\(from)/\(file).yaml"
            guard let data = FileManager.default.contents(atPath: root.appendingPathComponent(path).path) else {
                throw .unreadable(CarryForward.MissingText(path: "\(dataFolder)/\(path)"))
            }
            texts[path] = String(decoding: data, as: UTF8.self)
        }
        let carried: CarryForward
        do {
            carried = try CarryForward(from: edition, to: to, in: library, texts: texts)
        } catch {
            throw .unreadable(CarryForward.MissingText(path: "\(dataFolder)/\(error.path)"))
        }
        let staging = URL(fileURLWithPath: AtomicFiles.temporaryPath(beside: target))
        do {
            try AtomicFiles.write(carried.files.map { file in
                AtomicFiles.Output(url: staging.appendingPathComponent(String(file.path.drop { $0 != "/" }.dropFirst())),
                                   contents: Data(file.text.utf8))
            })
        } catch {
            try? FileManager.default.removeItem(at: staging)
            throw .output(error)
        }
        guard AtomicFiles.placeFolder(staging, at: target) else { throw .exists("\(dataFolder)/\(to)") }
        let after = LibraryCheck.run(at: dataFolder)
        guard after.passes(), let created = after.library?.edition(to) else {
            try? FileManager.default.removeItem(at: target)
            throw .invalidSkeleton(after)
        }
        return Outcome(created: carried.files.map { "\(dataFolder)/\($0.path)" },
                       findingsCarried: carried.findingsCarried, recommendationsCarried: carried.recommendationsCarried,
                       check: after, readiness: EditionReadiness(created))
    }
}
