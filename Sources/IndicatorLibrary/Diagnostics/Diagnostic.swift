/// A problem found in the library, pointing at the place to fix.
///
/// Printed in the compiler convention (`path:line:col: error: message`) that editors and CI
/// annotate, followed by `note:` lines for related places (the first definition of a duplicate).
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable, Comparable {
        /// `note` stands alone for what `check` lists without faulting it (an acknowledgement).
        case error, warning, note

        private var rank: Int {
            switch self {
            case .error: 0
            case .warning: 1
            case .note: 2
            }
        }

        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            lhs.rank < rhs.rank
        }
    }

    /// Another place that explains the diagnostic.
    public struct Note: Sendable, Hashable {
        public let location: SourceLocation
        public let message: String

        package init(_ message: String, at location: SourceLocation) {
            self.location = location
            self.message = message
        }
    }

    public let severity: Severity
    public let location: SourceLocation
    public let message: String
    public let notes: [Note]
    /// A printed text without its translation into one of the edition's languages: an error that
    /// keeps the edition from being published, but not from a draft, which prints the text in the first
    /// language, marked as not translated, for the translators to work from.
    package let isTranslationGap: Bool

    package init(_ severity: Severity, _ message: String, at location: SourceLocation, notes: [Note] = [],
                 isTranslationGap: Bool = false) {
        self.severity = severity
        self.location = location
        self.message = message
        self.notes = notes
        self.isTranslationGap = isTranslationGap
    }

    package static func error(_ message: String, at location: SourceLocation, notes: [Note] = []) -> Diagnostic {
        Diagnostic(.error, message, at: location, notes: notes)
    }

    package static func warning(_ message: String, at location: SourceLocation, notes: [Note] = []) -> Diagnostic {
        Diagnostic(.warning, message, at: location, notes: notes)
    }

    public var description: String {
        var lines = ["\(location): \(severity.rawValue): \(message)"]
        lines += notes.map { "\($0.location): note: \($0.message)" }
        return lines.joined(separator: "\n")
    }

    /// File, then line and column; at the same place errors before warnings.
    public static func sorted(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.enumerated().sorted { lhs, rhs in
            let (left, right) = (lhs.element, rhs.element)
            if left.location != right.location { return left.location < right.location }
            if left.severity != right.severity { return left.severity < right.severity }
            return lhs.offset < rhs.offset
        }.map(\.element)
    }
}
