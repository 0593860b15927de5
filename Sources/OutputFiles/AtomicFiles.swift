import Foundation
internal import CSystemCalls
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a set of outputs so that a reader never sees a half-written file.
///
/// Every file is first written in full to a hidden temporary file in its own folder (same file
/// system, so the rename is atomic) and flushed to disk; only when all of them are written are they
/// renamed over their targets. A run interrupted before that leaves the old outputs untouched, and at
/// most a `.NAME.tmp-PID-*` file behind, never a truncated document; the next run writing NAME removes
/// those whose process is gone.
public enum AtomicFiles {
    /// One output: where it goes and its bytes.
    public struct Output: Sendable {
        public let url: URL
        public let contents: Data

        public init(url: URL, contents: Data) {
            self.url = url
            self.contents = contents
        }
    }

    /// An output another writer (libxlsxwriter) has already written in full to a temporary path from
    /// `temporaryPath(beside:)`: flushed and renamed with the others.
    public struct Staged: Sendable {
        public let url: URL
        public let temporaryPath: String

        public init(url: URL, temporaryPath: String) {
            self.url = url
            self.temporaryPath = temporaryPath
        }
    }

    /// Writes `outputs`, creating their folders as needed, then renames them and the `staged` files
    /// over their targets. Throws before any target is replaced when a temporary file cannot be
    /// written (full disk, no permission); the staged files are removed then too.
    public static func write(_ outputs: [Output], staged: [Staged] = []) throws(OutputError) {
        try write(outputs, staged: staged, counting: nil)
    }

    /// The same, each rename counted as a step of a set being placed.
    static func write(_ outputs: [Output], staged: [Staged], counting steps: StepCounter?) throws(OutputError) {
        removeAbandonedTemporaries(for: outputs.map(\.url) + staged.map(\.url))
        var written: [(temporary: String, target: String)] = []
        do {
            for output in outputs {
                let temporary = try writeTemporary(output)
                written.append((temporary, output.url.path))
            }
            for file in staged {
                try flush(file.temporaryPath, for: file.url.path)
                written.append((file.temporaryPath, file.url.path))
            }
        } catch {
            for file in written { unlink(file.temporary) }
            for file in staged { unlink(file.temporaryPath) }
            throw error
        }
        for (index, file) in written.enumerated() {
            try steps?.next("renaming \(file.target)")
            guard rename(file.temporary, file.target) != 0 else { continue }
            let reason = String(cString: strerror(errno))
            for remaining in written[index...] { unlink(remaining.temporary) }
            throw OutputError(path: file.target, reason: reason)
        }
        // The renames themselves reach the disk with their folders.
        for folder in Set(written.map { ParentFolder.of($0.target) }) {
            _ = sync(folder, isFolder: true)
        }
    }

    /// Removes the temporary files a killed run left beside `targets`, named for one of them, whose
    /// process no longer runs. A run still writing is left alone.
    static func removeAbandonedTemporaries(for targets: [URL]) {
        for target in targets {
            Leftovers.removeAbandoned(in: target.deletingLastPathComponent().path, for: target.lastPathComponent)
        }
    }

    /// Renames a folder written in full under a temporary name into place. Never replaces: when
    /// `target` exists, even made meanwhile (the rename refuses in the same step), the staged folder
    /// is removed and false is returned.
    public static func placeFolder(_ staged: URL, at target: URL) -> Bool {
        guard lm_rename_no_replace(staged.path, target.path) == 0 else {
            try? FileManager.default.removeItem(at: staged)
            return false
        }
        return true
    }

    /// Creates `folder` and the folders above it as needed.
    public static func createFolder(_ folder: URL) throws(OutputError) {
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw OutputError(path: folder.path, reason: "cannot create the folder (\(error.localizedDescription))")
        }
    }

    private static func flush(_ path: String, for target: String) throws(OutputError) {
        if let failure = sync(path) { throw OutputError(path: target, reason: failure) }
    }

    /// Flushes a file, or a folder's entries, to disk: nil, or the system's reason.
    static func sync(_ path: String, isFolder: Bool = false) -> String? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | (isFolder ? O_DIRECTORY : 0))
        guard descriptor >= 0 else { return String(cString: strerror(errno)) }
        defer { close(descriptor) }
        return fsync(descriptor) == 0 ? nil : String(cString: strerror(errno))
    }

    /// Writes one file atomically.
    public static func write(_ contents: Data, to url: URL) throws(OutputError) {
        try write([Output(url: url, contents: contents)])
    }

    /// A fresh, hidden temporary name beside `target`: the rename stays on one file system. A
    /// temporary of one of this process's temporaries (a writer staging a file that another stages in
    /// turn) is named for the real target, so that a later run recognises it as abandoned.
    public static func temporaryPath(beside target: URL) -> String {
        let folder = target.deletingLastPathComponent().path
        var name = target.lastPathComponent
        if name.hasPrefix("."), let ours = name.range(of: ".tmp-\(getpid())-") {
            name = String(name[name.index(after: name.startIndex)..<ours.lowerBound])
        }
        return "\(folder)/.\(name).tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    }

    private static func writeTemporary(_ output: Output) throws(OutputError) -> String {
        try createFolder(output.url.deletingLastPathComponent())
        let path = temporaryPath(beside: output.url)
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw OutputError(path: output.url.path, reason: String(cString: strerror(errno)))
        }
        var failure = output.contents.withUnsafeBytes { writeAll($0, to: descriptor) }
        if failure == nil, fsync(descriptor) != 0 { failure = String(cString: strerror(errno)) }
        if close(descriptor) != 0, failure == nil { failure = String(cString: strerror(errno)) }
        if let failure {
            unlink(path)
            throw OutputError(path: output.url.path, reason: failure)
        }
        return path
    }
}

/// Writes every byte, again after an interruption or a short write; the system's reason on failure.
func writeAll(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32) -> String? {
    guard let base = bytes.baseAddress else { return nil }
    var offset = 0
    while offset < bytes.count {
        let count = systemWrite(descriptor, base + offset, bytes.count - offset)
        if count < 0 {
            if errno == EINTR { continue }
            return String(cString: strerror(errno))
        }
        offset += count
    }
    return nil
}

func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
    Glibc.write(descriptor, bytes, count)
    #else
    Darwin.write(descriptor, bytes, count)
    #endif
}
