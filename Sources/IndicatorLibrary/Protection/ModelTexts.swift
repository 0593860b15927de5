/// Every text the model holds, found by reflection rather than by a list: for finding which library
/// text an output's leak came from, and for the test that `PublicTexts` misses no field. Slow (a
/// `Mirror` per value), so never on the way of a run that succeeds.
package enum ModelTexts {
    /// Each located text of `library`, with the names of the properties that lead to it
    /// (`editions.countries.recommendations.text`), one translation at a time.
    package static func forEach(in library: Library, _ visit: (_ path: [String], _ location: SourceLocation,
                                                            _ text: String) -> Void) {
        walk(library, path: [], visit)
    }

    private static func walk(_ value: Any, path: [String], _ visit: ([String], SourceLocation, String) -> Void) {
        if let text = value as? Located<String> {
            visit(path, text.location, text.value)
            return
        }
        if let text = value as? Located<LocalizedText> {
            for (_, translation) in text.value.translations { visit(path, text.location, translation) }
            return
        }
        if value is String || value is SourceLocation || value is Int || value is Bool || value is Double { return }
        let mirror = Mirror(reflecting: value)
        for child in mirror.children {
            // Collections' children have no labels: they keep their parent's path.
            let next = child.label.map { path + [$0] } ?? path
            walk(child.value, path: next, visit)
        }
    }
}
