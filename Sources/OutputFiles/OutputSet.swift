import Foundation
internal import CSystemCalls
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A folder of outputs replaced as one: at every instant, a kill included, a reader of the folder
/// sees the complete old set or the complete new one, never some of each.
///
/// Renaming files one by one over their targets left a mixed set when a run was killed between two
/// renames, or when the fourth target could not be replaced after three had been. Instead, the new
/// set is written in full into a hidden sibling folder (`.NAME.tmp-PID-N`), every file the tool does
/// not make is linked into it from the old folder (kept, never copied over, so nothing of the
/// user's is lost), and the two folders are exchanged in one atomic step (`renameat2` with
/// `RENAME_EXCHANGE`); the old set, now under the hidden name, is then removed. A run killed before
/// the exchange leaves the old folder untouched; after it, the new one complete. Either way what is
/// left under the hidden name is removed by the next run, and `check` reports it until then.
public struct OutputSet: Sendable {
    /// The folder the set replaces.
    public let folder: URL
    /// Where the new set is written before it is placed.
    public let staging: URL
    /// Folders above `folder` this set created: removed again when nothing is placed.
    private let createdParents: [URL]
    /// The folder as the user named it, for messages.
    private let shownAs: String

    /// Prepares the staging folder beside `folder`, creating the folders above it as needed, and
    /// removes what killed runs left there. Throws when `folder` exists and is not a folder.
    public init(replacing folder: URL, shownAs: String? = nil) throws(OutputError) {
        self.folder = folder.standardizedFileURL
        self.shownAs = shownAs ?? folder.path
        let shown = self.shownAs
        let parent = self.folder.deletingLastPathComponent()
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: self.folder.path, isDirectory: &isFolder), !isFolder.boolValue {
            throw OutputError(path: shown, reason: "a file stands where the output folder goes; move it away")
        }
        try Self.requireOwnFolder(self.folder, shownAs: shown)
        var missing: [URL] = []
        var above = parent
        while !FileManager.default.fileExists(atPath: above.path), above.path != "/" {
            missing.append(above)
            above = above.deletingLastPathComponent()
        }
        do {
            try AtomicFiles.createFolder(parent)
        } catch {
            throw OutputError(path: shown, reason: "cannot create the folders above it: \(error.reason)")
        }
        createdParents = missing
        // Only this folder's: the parent may be anyone's (`--out /tmp/x`).
        Leftovers.removeAbandoned(in: parent.path, for: self.folder.lastPathComponent)
        // Temporaries an earlier version of the tool left beside its outputs, inside the folder.
        Leftovers.removeAbandoned(in: self.folder.path)
        staging = URL(fileURLWithPath: AtomicFiles.temporaryPath(beside: self.folder))
        guard mkdir(staging.path, 0o755) == 0 else {
            let reason = String(cString: strerror(errno))
            for created in createdParents { rmdir(created.path) }
            throw OutputError(path: shown, reason: "cannot create a folder beside it (\(reason))")
        }
    }

    /// Writes `outputs` and renames `staged` files (both addressed inside `staging`) into the staging
    /// folder, links in what the old folder holds besides the outputs named `made`, and exchanges the
    /// two folders. On failure before the exchange the old folder is untouched and the staging folder
    /// removed; the error says so.
    public func place(_ outputs: [AtomicFiles.Output], staged: [AtomicFiles.Staged], made: Set<String>,
                      faults: FaultInjection = .none) throws(OutputError) {
        let steps = StepCounter(faults)
        do throws(OutputError) {
            try AtomicFiles.write(outputs, staged: staged, counting: steps)
            let exists = FileManager.default.fileExists(atPath: folder.path)
            if exists { try keepOthers(made: made, steps: steps) }
            try syncFolder(staging.path)
            if exists {
                try steps.next("exchanging \(folder.path) with the new set")
                guard lm_exchange_paths(staging.path, folder.path) == 0 else {
                    throw OutputError(path: shownAs, reason: "cannot replace the folder (\(String(cString: strerror(errno))))")
                }
            } else {
                try steps.next("renaming the new set to \(folder.path)")
                guard lm_rename_no_replace(staging.path, folder.path) == 0 else {
                    throw OutputError(path: shownAs, reason: "cannot create the folder (\(String(cString: strerror(errno))))")
                }
            }
        } catch {
            if !error.wasInterrupted { discard() }
            throw error
        }
        // The exchange is done and cannot be undone: a failure to flush it now changes nothing the
        // run could report, as for the renames of `AtomicFiles`.
        _ = AtomicFiles.sync(folder.deletingLastPathComponent().path, isFolder: true)
        // The old set, under the hidden name now; if this fails, the next run removes it.
        if FileManager.default.fileExists(atPath: staging.path) {
            try steps.next("removing the old set")
            try? FileManager.default.removeItem(at: staging)
        }
    }

    /// The folder is replaced as a whole, so it must be the outputs' own: not the folder the user
    /// works in or one above it (the shell would be left in the old, removed one), not a repository.
    private static func requireOwnFolder(_ folder: URL, shownAs shown: String) throws(OutputError) {
        let resolved = folder.resolvingSymlinksInPath().path
        let current = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).resolvingSymlinksInPath().path
        let holds = current == resolved || current.hasPrefix(resolved == "/" ? "/" : resolved + "/")
            ? "the current folder"
            : FileManager.default.fileExists(atPath: folder.appendingPathComponent(".git").path) ? "a git repository"
            : nil
        guard let holds else { return }
        throw OutputError(path: shown, reason: "the output folder is replaced as a whole, and this one holds \(holds); "
                          + "give the outputs a folder of their own, such as Reports/2021")
    }

    /// Removes the staging folder and the folders created for it: nothing was placed.
    public func discard() {
        try? FileManager.default.removeItem(at: staging)
        for created in createdParents { rmdir(created.path) }
    }

    /// Links into the staging folder every entry of the old folder that is not an output of this
    /// run, and refuses a folder standing where an output goes (it would be lost).
    /// The files of the old set's folder `relative` ("" for the set itself, `countries/` below it)
    /// that the new set does not make, kept beside it; a folder the new set also makes (the site's
    /// `countries/`) is gone through the same way.
    private func keepOthers(in relative: String = "", made: Set<String>, steps: StepCounter) throws(OutputError) {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder.path + (relative.isEmpty ? "" : "/\(relative)"))
        } catch {
            throw OutputError(path: shownAs, reason: "cannot read the folder (\(error.localizedDescription))")
        }
        for name in names.sorted() {
            let relativeName = relative.isEmpty ? name : "\(relative)/\(name)"
            let path = "\(folder.path)/\(relativeName)"
            if made.contains(relativeName) {
                var status = stat()
                if lstat(path, &status) == 0, (status.st_mode & S_IFMT) != S_IFREG {
                    throw OutputError(path: "\(shownAs)/\(relativeName)", reason: "something that is not a file (a folder?) stands where this "
                                      + "output goes; move it away, then run again")
                }
                continue
            }
            // A temporary of a run still writing is its business, not part of the set.
            if Leftovers.isTemporary(name) { continue }
            if made.contains(where: { $0.hasPrefix(relativeName + "/") }) {
                try keepOthers(in: relativeName, made: made, steps: steps)
                continue
            }
            try keep(path, at: "\(staging.path)/\(relativeName)", steps: steps)
        }
    }

    /// Mirrors `path` at `copy`: a file as a second link to the same data, a folder as a folder of
    /// links, a symbolic link as the same link.
    private func keep(_ path: String, at copy: String, steps: StepCounter) throws(OutputError) {
        var status = stat()
        guard lstat(path, &status) == 0 else { return }
        try steps.next("keeping \(path)")
        switch status.st_mode & S_IFMT {
        case S_IFDIR:
            guard mkdir(copy, status.st_mode & 0o7777) == 0 else { throw systemError(path) }
            let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
            for name in names.sorted() { try keep("\(path)/\(name)", at: "\(copy)/\(name)", steps: steps) }
        case S_IFLNK:
            guard let destination = try? FileManager.default.destinationOfSymbolicLink(atPath: path),
                  symlink(destination, copy) == 0 else { throw systemError(path) }
        default:
            if link(path, copy) != 0 {
                // A file system without hard links: a copy keeps the file all the same.
                do {
                    try FileManager.default.copyItem(atPath: path, toPath: copy)
                } catch {
                    throw systemError(path)
                }
            }
        }
    }

    private func syncFolder(_ path: String) throws(OutputError) {
        if let failure = AtomicFiles.sync(path, isFolder: true) {
            throw OutputError(path: shownAs, reason: "cannot flush the new set to disk (\(failure))")
        }
    }

    private func systemError(_ path: String) -> OutputError {
        OutputError(path: path, reason: "cannot keep it in the new set (\(String(cString: strerror(errno))))")
    }
}
