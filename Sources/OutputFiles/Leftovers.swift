import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What a killed run leaves behind: every temporary file or folder is named `.NAME.tmp-PID-N`, for
/// the target it stands for and the process that made it, so that a later run can tell an abandoned
/// one (its process is gone) from one still being written.
public enum Leftovers {
    /// The abandoned temporaries directly in `folder`, as paths under it; none when it cannot be read.
    public static func find(in folder: String) -> [String] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return [] }
        return names.filter(isAbandoned).sorted().map { "\(folder)/\($0)" }
    }

    /// The abandoned temporaries in `folder` and in the folders under it, to `depth` levels.
    public static func find(under folder: String, depth: Int) -> [String] {
        var found = find(in: folder)
        guard depth > 0, let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return found }
        for name in names.sorted() where !isTemporary(name) {
            var isFolder: ObjCBool = false
            let path = "\(folder)/\(name)"
            if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
                found += find(under: path, depth: depth - 1)
            }
        }
        return found
    }

    /// Removes the abandoned temporaries directly in `folder`, every one or only those standing for
    /// `target` (in a folder that is not the tool's alone, such as the system's temporary folder); a
    /// run still writing is left alone.
    public static func removeAbandoned(in folder: String, for target: String? = nil) {
        for path in find(in: folder) {
            if let target, !(path as NSString).lastPathComponent.hasPrefix(".\(target).tmp-") { continue }
            try? FileManager.default.removeItem(atPath: path)
        }
    }

    /// Every temporary directly in `folder`, abandoned or not: what an interrupted run of this very
    /// process left (the tests' injected faults), which `find(in:)` leaves out as still running.
    package static func temporaries(in folder: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter(isTemporary).sorted()
    }

    /// Whether `name` is a temporary of this tool's naming, abandoned or not.
    static func isTemporary(_ name: String) -> Bool {
        process(of: name) != nil
    }

    /// Whether `name` is a temporary whose process no longer runs.
    static func isAbandoned(_ name: String) -> Bool {
        guard let pid = process(of: name), pid != getpid() else { return false }
        return kill(pid, 0) != 0 && errno == ESRCH
    }

    /// The process that made the temporary `name`, or nil when it is not one.
    private static func process(of name: String) -> pid_t? {
        guard name.hasPrefix("."), let marker = name.range(of: ".tmp-", options: .backwards) else { return nil }
        let parts = name[marker.upperBound...].split(separator: "-")
        guard parts.count == 2, parts[1].allSatisfy(\.isNumber), let pid = pid_t(parts[0]), pid > 0 else { return nil }
        return pid
    }
}
