/// The catalog's indicator and group ids, for the files of the editions to share rather than copy.
///
/// Every finding names one or two indicators and some groups, always among the few the catalog
/// lists. An id longer than fifteen bytes is a string of its own in memory for every mention
/// (shorter ones are kept inline): at a million findings that was a million copies of the same
/// few dozen ids. A loaded id that the catalog lists takes the catalog's string instead.
struct CatalogNames: Sendable {
    // Read only once built, by every file's loader at once.
    private let names: [String: String]

    init(indicators: [String] = [], groups: [String] = []) {
        var names: [String: String] = [:]
        for name in indicators + groups where name.utf8.count > 15 { names[name] = name }
        self.names = names
    }

    /// `id` with the catalog's string for its value when the catalog lists it, as read otherwise
    /// (the checker reports an unknown id).
    func shared(_ id: Located<String>) -> Located<String> {
        guard let name = names[id.value] else { return id }
        return Located(name, at: id.location)
    }
}
