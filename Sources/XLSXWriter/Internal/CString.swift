#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// Swift strings handed to C: a NUL inside the text would silently end the C string (and XML cannot
/// hold it), so it becomes U+FFFD, visible in the cell. The one place that rule is written.
enum CString {
    static func safe(_ text: String) -> String {
        guard text.utf8.contains(0) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.map { $0 == "\0" ? "\u{FFFD}" : $0 }))
    }

    /// Whether `utf8` holds no NUL: C's `memchr` finds one faster than a Swift scan of the bytes.
    static func hasNoNUL(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let start = utf8.baseAddress else { return true }
        return memchr(start, 0, utf8.count) == nil
    }

    /// The C string of `text`, a NUL inside replaced. C's `strlen` finds an inner NUL faster than a
    /// Swift scan of the bytes: only when it stops short is the text rebuilt.
    static func with<Result>(_ text: String, _ body: (UnsafePointer<CChar>) throws -> Result) rethrows -> Result {
        try text.withCString { pointer in
            strlen(pointer) == text.utf8.count ? try body(pointer) : try safe(text).withCString(body)
        }
    }
}
