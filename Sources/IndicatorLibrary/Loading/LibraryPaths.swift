/// How diagnostics name a library's files: under the folder as the user wrote it, without a trailing
/// slash or a leading `./`. Shared with the editing commands, which move a diagnostic of a file they
/// would write to the document it comes from and must recognise the file by that name.
package enum LibraryPaths {
    package static func root(_ folder: String) -> String {
        var root = folder
        while root.count > 1 && root.hasSuffix("/") { root.removeLast() }
        if root.hasPrefix("./") && root.count > 2 { root.removeFirst(2) }
        return root
    }

    package static func shown(_ relative: String, under root: String) -> String {
        root == "." ? relative : "\(root)/\(relative)"
    }
}
