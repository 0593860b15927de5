/// Collects the diagnostics of one run, so that every mistake is reported, not just the first.
final class DiagnosticBag {
    private(set) var diagnostics: [Diagnostic] = []

    func error(_ message: String, at location: SourceLocation, notes: [Diagnostic.Note] = []) {
        diagnostics.append(.error(message, at: location, notes: notes))
    }

    func warning(_ message: String, at location: SourceLocation, notes: [Diagnostic.Note] = []) {
        diagnostics.append(.warning(message, at: location, notes: notes))
    }

    var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}
