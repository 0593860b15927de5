/// Collects the diagnostics of one run, so that every mistake is reported, not just the first.
final class DiagnosticBag {
    private(set) var diagnostics: [Diagnostic] = []

    func error(_ message: String, at location: SourceLocation, notes: [Diagnostic.Note] = []) {
        diagnostics.append(.error(message, at: location, notes: notes))
    }

    func warning(_ message: String, at location: SourceLocation, notes: [Diagnostic.Note] = []) {
        diagnostics.append(.warning(message, at: location, notes: notes))
    }

    /// A printed text with no translation into a language of its edition (`Diagnostic.isTranslationGap`).
    func untranslated(_ message: String, at location: SourceLocation) {
        diagnostics.append(Diagnostic(.error, message, at: location, isTranslationGap: true))
    }

    func note(_ message: String, at location: SourceLocation) {
        diagnostics.append(Diagnostic(.note, message, at: location))
    }

    /// What was written but could not be read (already reported): references into it are not
    /// reported again as dangling, so that one mistake gives one error.
    enum Namespace: Hashable {
        case country, instrument, theme, indicator, group
        case finding(year: Int)
        case countryFile(year: Int)
    }

    private var unreadableIDs: Set<Unreadable> = []
    private var unreadableNamespaces: Set<Namespace> = []

    private struct Unreadable: Hashable {
        let namespace: Namespace
        let id: String
    }

    /// An entry whose id could be read but not the rest.
    func noteUnreadable(_ id: String, in namespace: Namespace) {
        unreadableIDs.insert(Unreadable(namespace: namespace, id: id))
    }

    /// A whole file that could not be read: nothing in it is known.
    func noteUnreadable(_ namespace: Namespace) {
        unreadableNamespaces.insert(namespace)
    }

    /// Takes over what another bag collected (one file read on another thread).
    func absorb(_ other: DiagnosticBag) {
        diagnostics += other.diagnostics
        unreadableIDs.formUnion(other.unreadableIDs)
        unreadableNamespaces.formUnion(other.unreadableNamespaces)
    }

    /// A new bag that knows what this one knows could not be read, and holds no diagnostics: for
    /// rules run on another thread, absorbed back afterwards.
    func withUnreadable() -> DiagnosticBag {
        let bag = DiagnosticBag()
        bag.unreadableIDs = unreadableIDs
        bag.unreadableNamespaces = unreadableNamespaces
        return bag
    }

    func isUnreadable(_ id: String, in namespace: Namespace) -> Bool {
        unreadableNamespaces.contains(namespace) || unreadableIDs.contains(Unreadable(namespace: namespace, id: id))
    }
}
