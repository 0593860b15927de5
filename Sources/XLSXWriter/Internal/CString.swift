/// Swift strings handed to C: a NUL inside the text would silently end the C string (and XML cannot
/// hold it), so it becomes U+FFFD, visible in the cell.
enum CString {
    static func safe(_ text: String) -> String {
        text.contains("\0") ? text.replacingOccurrences(of: "\0", with: "\u{FFFD}") : text
    }

    static func with<Result>(_ text: String, _ body: (UnsafePointer<CChar>) throws -> Result) rethrows -> Result {
        try safe(text).withCString(body)
    }
}
