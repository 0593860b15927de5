/// Swift strings handed to C: a NUL inside the text would silently end the C string (and XML cannot
/// hold it), so it becomes U+FFFD, visible in the cell.
enum CString {
    static func safe(_ text: String) -> String {
        // Scanning the bytes: Foundation's `contains` of a String searches with locale-aware folding,
        // which cost more than the C library's whole write of the cell.
        guard text.utf8.contains(0) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.map { $0 == "\0" ? "\u{FFFD}" : $0 }))
    }

    static func with<Result>(_ text: String, _ body: (UnsafePointer<CChar>) throws -> Result) rethrows -> Result {
        try safe(text).withCString(body)
    }
}
