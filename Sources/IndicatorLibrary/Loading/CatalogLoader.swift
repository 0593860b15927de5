import Foundation

/// Reads `catalog/countries.yaml`, `catalog/instruments.yaml` and `catalog/indicators.yaml`.
struct CatalogLoader {
    let bag: DiagnosticBag

    func countries(_ events: YAMLEvents, file: String) throws(YAMLEvents.Failure) -> [Country] {
        let reader = NodeReader(file: file, bag: bag)
        let countries = try reader.list(pulling: events, what: "the country list") { country($0, reader: reader) }
        guard let countries else {
            bag.noteUnreadable(.country)
            return []
        }
        return countries
    }

    private func country(_ node: Node, reader: NodeReader) -> Country? {
            guard let fields = reader.mapping(node, what: "a country", keys: ["code", "name", "addressee"]) else {
                return nil
            }
            let codeNode = fields.required("code")
            let code = codeNode.flatMap { reader.countryCode($0, what: "code") }
            let name = fields.required("name").flatMap { reader.text($0, what: "name") }
            let addressee = fields.optional("addressee").flatMap { reader.text($0, what: "addressee") }
            guard let code, let name else {
                if let intended = code?.value ?? codeNode.flatMap(Self.intendedCountryCode) {
                    bag.noteUnreadable(intended, in: .country)
                }
                return nil
            }
            return Country(code: code, name: name, addressee: addressee, location: fields.location)
    }

    func instruments(_ events: YAMLEvents, file: String) throws(YAMLEvents.Failure) -> [Instrument] {
        let reader = NodeReader(file: file, bag: bag)
        let instruments = try reader.list(pulling: events, what: "the instrument list") {
            instrument($0, reader: reader)
        }
        guard let instruments else {
            bag.noteUnreadable(.instrument)
            return []
        }
        return instruments
    }

    private func instrument(_ node: Node, reader: NodeReader) -> Instrument? {
            let keys = ["code", "title", "adopted", "body", "category", "fundamental_since"]
            guard let fields = reader.mapping(node, what: "an instrument", keys: keys) else { return nil }
            let code = fields.required("code").flatMap { instrumentCode($0, reader: reader) }
            let title = fields.required("title").flatMap { reader.text($0, what: "title") }
            let adopted = fields.required("adopted").flatMap { reader.int($0, what: "adopted", range: 1800...2100) }
            let body = fields.required("body").flatMap { reader.enumeration($0, what: "body", as: Instrument.Body.self) }
            let category = fields.required("category").flatMap {
                reader.enumeration($0, what: "category", as: Instrument.Category.self)
            }
            let since = fields.optional("fundamental_since").flatMap {
                reader.date($0, what: "fundamental_since", precision: .day)
            }
            guard let code, let title, let adopted, let body, let category else {
                if let code { bag.noteUnreadable(code.value, in: .instrument) }
                return nil
            }
            return Instrument(code: code, title: title, adopted: adopted, body: body, category: category,
                              fundamentalSince: since, location: fields.location)
    }

    /// The code a malformed one most likely meant ("../TM", "tm", " TM" mean TM), so that the files
    /// naming it are not each reported as naming an unknown country: the one error is in the catalog.
    static func intendedCountryCode(_ node: Node) -> String? {
        guard let text = node.scalar?.string else { return nil }
        let letters = text.uppercased().filter { $0.isASCII && $0.isLetter }
        return letters.count == 2 ? letters : nil
    }

    /// Reports a catalog list that is missing or is not a list: nothing in `namespace` is then known,
    /// so references into it are not reported as dangling. (A list's items were read as it was pulled.)
    private func requireList(_ node: Node?, reader: NodeReader, what: String, namespace: DiagnosticBag.Namespace) {
        guard let node, reader.sequence(node, what: what) != nil, !NodeReader.isNull(node) else {
            bag.noteUnreadable(namespace)
            return
        }
    }

    private func instrumentCode(_ node: Node, reader: NodeReader) -> Located<String>? {
        guard let code = reader.string(node, what: "code") else { return nil }
        guard code.value.range(of: #"^[A-Z][A-Z0-9]{1,15}$"#, options: .regularExpression) != nil else {
            bag.error("instrument code '\(code.value)' must be upper-case letters and digits: C087, P029, ICRMW",
                      at: code.location)
            return nil
        }
        return code
    }

    struct Taxonomy {
        var themes: [Theme] = []
        var indicators: [Indicator] = []
        var groups: [Located<String>] = []
        var groupTitles: [String: Located<LocalizedText>] = [:]
    }

    func taxonomy(_ events: YAMLEvents, file: String) throws(YAMLEvents.Failure) -> Taxonomy {
        let reader = NodeReader(file: file, bag: bag)
        var taxonomy = Taxonomy()
        let lists = ["themes", "indicators", "groups"]
        let fields = try reader.mapping(pulling: events, what: "the indicator catalog", keys: lists,
                                        listed: Set(lists)) { key, node, _ in
            switch key {
            case "themes": theme(node, reader: reader).map { taxonomy.themes.append($0) }
            case "indicators": indicator(node, reader: reader).map { taxonomy.indicators.append($0) }
            default:
                guard let (id, title) = group(node, reader: reader) else { return }
                taxonomy.groups.append(id)
                if let title, taxonomy.groupTitles[id.value] == nil { taxonomy.groupTitles[id.value] = title }
            }
        }
        guard let fields else {
            [.theme, .indicator, .group].forEach(bag.noteUnreadable)
            return taxonomy
        }
        requireList(fields.required("themes"), reader: reader, what: "themes", namespace: .theme)
        requireList(fields.required("indicators"), reader: reader, what: "indicators", namespace: .indicator)
        requireList(fields.required("groups"), reader: reader, what: "groups", namespace: .group)
        return taxonomy
    }

    /// A group: its id alone (`women`), or its id with the title outputs print (`{id: informal-workers,
    /// title: {en: informal workers, ru: ...}}`).
    private func group(_ node: Node, reader: NodeReader) -> (Located<String>, Located<LocalizedText>?)? {
        guard case .mapping = node else { return reader.identifier(node, what: "group").map { ($0, nil) } }
        guard let group = reader.mapping(node, what: "a group", keys: ["id", "title"]) else { return nil }
        let id = group.required("id").flatMap { reader.identifier($0, what: "group id") }
        let title = group.required("title").flatMap { reader.text($0, what: "title") }
        // A group whose title is wrong (reported) is still a group: the findings naming it are not reported too.
        return id.map { ($0, title) }
    }

    private func theme(_ node: Node, reader: NodeReader) -> Theme? {
        guard let theme = reader.mapping(node, what: "a theme", keys: ["id", "title"]) else { return nil }
        let id = theme.required("id").flatMap { reader.identifier($0, what: "theme id") }
        let title = theme.required("title").flatMap { reader.text($0, what: "title") }
        guard let id, let title else {
            if let id { bag.noteUnreadable(id.value, in: .theme) }
            return nil
        }
        return Theme(id: id, title: title, location: theme.location)
    }

    private func indicator(_ node: Node, reader: NodeReader) -> Indicator? {
        let keys = ["id", "theme", "title", "kind", "unit", "better", "scale"]
        guard let indicator = reader.mapping(node, what: "an indicator", keys: keys) else { return nil }
        let id = indicator.required("id").flatMap { reader.identifier($0, what: "indicator id", dotted: true) }
        let theme = indicator.required("theme").flatMap { reader.identifier($0, what: "theme") }
        let title = indicator.required("title").flatMap { reader.text($0, what: "title") }
        let kind = indicator.required("kind").flatMap { reader.enumeration($0, what: "kind", as: Indicator.Kind.self) }
        let unit = indicator.optional("unit").flatMap { reader.string($0, what: "unit") }
        let better = indicator.optional("better").flatMap {
            reader.enumeration($0, what: "better", as: Indicator.Direction.self)
        }
        let scale = indicator.optional("scale").flatMap { reader.sequence($0, what: "scale") }?
            .compactMap { reader.string($0, what: "a label of the scale") } ?? []
        if let kind {
            checkScale(scale, kind: kind, at: indicator)
        }
        guard let id, let theme, let title, let kind else {
            if let id { bag.noteUnreadable(id.value, in: .indicator) }
            return nil
        }
        return Indicator(id: id, theme: theme, title: title, kind: kind, unit: unit, better: better, scale: scale,
                         location: indicator.location)
    }

    /// A rating has an ordered scale of two labels or more, each once; no other kind has one.
    private func checkScale(_ scale: [Located<String>], kind: Located<Indicator.Kind>, at fields: Fields) {
        guard kind.value == .rating else {
            if let first = scale.first {
                bag.error("only a 'rating' indicator takes a 'scale'; this one is '\(kind.value.rawValue)'", at: first.location)
            }
            return
        }
        if scale.count < 2 {
            bag.error("a 'rating' needs a 'scale' of two labels or more, from the best to the worst "
                      + "(for the ITUC Global Rights Index: [\"1\", \"2\", \"3\", \"4\", \"5\", \"5+\"])",
                      at: kind.location)
        }
        var seen: [String: SourceLocation] = [:]
        for label in scale {
            if let first = seen[label.value] {
                bag.error("the label '\(label.value)' is on the scale twice", at: label.location,
                          notes: [.init("first here", at: first)])
            }
            seen[label.value] = seen[label.value] ?? label.location
        }
    }
}
