/// The folder a path names its file in, as text: `Indicators` for `Indicators/2021`, empty for a
/// single name. Foundation's `NSString.deletingLastPathComponent` stops the process on a one-letter
/// relative path (`m`, `m/`) on Linux, a path a user may well give with `--data` or `--out`.
package enum ParentFolder {
    package static func of(_ path: String) -> String {
        var path = Substring(path)
        while path.count > 1, path.hasSuffix("/") { path = path.dropLast() }
        guard let slash = path.lastIndex(of: "/") else { return "" }
        var parent = path[..<slash]
        while parent.count > 1, parent.hasSuffix("/") { parent = parent.dropLast() }
        return parent.isEmpty ? "/" : String(parent)
    }
}
