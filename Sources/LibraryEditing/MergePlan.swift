import Exports
import Foundation
import IndicatorLibrary
import Parallelism

/// What a merge changes: the files it writes (whole new ones, or the library's with items added),
/// what it compared and did not take, and the conflicts that stop it.
struct MergePlan {
    let exchange: ExchangeFile
    let library: Library
    let dataFolder: String
    private(set) var edits: [StagedLibrary.File] = []
    private(set) var warnings: [Diagnostic] = []
    private(set) var errors: [Diagnostic] = []
    private(set) var findingsAdded = 0
    private(set) var recommendationsAdded = 0
    private(set) var alreadyHeld = 0
    private(set) var createsEdition = false

    init(exchange: ExchangeFile, library: Library, dataFolder: String) {
        self.exchange = exchange
        self.library = library
        self.dataFolder = dataFolder
    }

    /// The comment above what the merge adds: who sent it, in which file.
    var provenance: String {
        let sender = exchange.organisation.map { "sent by \(ExchangeYAML.oneLine($0))" } ?? "from an organisation the file does not name"
        return "Merged from \((exchange.path as NSString).lastPathComponent), \(sender)."
    }

    mutating func make() throws(MergeFailure) {
        compareCatalog()
        compareRatifications()
        if let edition = library.edition(exchange.year) {
            merge(into: edition)
        } else {
            createEdition()
        }
        guard errors.isEmpty else { throw .exchange(errors) }
    }

    private func at(_ node: JSONNode) -> SourceLocation { exchange.location(of: node) }

    // MARK: - Catalog and ratifications: compared, never taken

    private mutating func compareCatalog() {
        guard let catalog = exchange.catalog else { return }
        let root = display("catalog")
        func file(_ name: String) -> String { "\(root)/\(name).yaml" }
        for node in catalog["countries"]?.items ?? [] {
            guard let code = node["code"]?.string else { continue }
            guard let country = library.catalog.country(code) else {
                errors.append(.error("the library's catalog has no country '\(code)', which the file uses; add it to "
                                     + "\(file("countries")) first (the file's entry is here)", at: at(node)))
                continue
            }
            compare(node, with: ExchangeValues.country(country), what: "country '\(code)'", in: file("countries"),
                    at: country.location)
        }
        for node in catalog["indicators"]?.items ?? [] {
            guard let id = node["id"]?.string else { continue }
            guard let indicator = library.catalog.indicator(id) else {
                errors.append(.error("the library's catalog has no indicator '\(id)', which the file's findings use; "
                                     + "add it to \(file("indicators")) first (the file's entry is here)", at: at(node)))
                continue
            }
            compare(node, with: ExchangeValues.indicator(indicator), what: "indicator '\(id)'", in: file("indicators"),
                    at: indicator.location)
        }
        for node in catalog["instruments"]?.items ?? [] {
            guard let code = node["code"]?.string else { continue }
            guard let instrument = library.catalog.instrument(code) else {
                errors.append(.error("the library's catalog has no instrument '\(code)', which the file's ratification "
                                     + "facts use; add it to \(file("instruments")) first (the file's entry is here)",
                                     at: at(node)))
                continue
            }
            compare(node, with: ExchangeValues.instrument(instrument), what: "instrument '\(code)'",
                    in: file("instruments"), at: instrument.location)
        }
        let groups = Set(library.catalog.groups.map(\.value))
        for node in catalog["groups"]?.items ?? [] {
            guard let group = node.string, !groups.contains(group) else { continue }
            errors.append(.error("the library's catalog has no group '\(group)', which the file's findings name; add it "
                                 + "to the groups of \(file("indicators")) first", at: at(node)))
        }
    }

    private mutating func compare(_ node: JSONNode, with own: JSONValue, what: String, in file: String,
                                  at location: SourceLocation) {
        guard node.value != own else { return }
        warnings.append(.warning("the file's catalog entry for \(what) differs from the library's (\(Self.differing(node.value, own))); "
                                 + "the library's is kept: if the file's is newer, edit \(file)", at: at(node),
                                 notes: [.init("the library's entry", at: location)]))
    }

    private mutating func compareRatifications() {
        for node in exchange.ratifications {
            guard let country = node["country"]?.string, let instrument = node["instrument"]?.string else { continue }
            let own = library.ratifications.facts(country: country, instrument: instrument)
            let file = display("ratifications.yaml")
            if own.isEmpty {
                warnings.append(.warning("the file holds a ratification fact of \(country) and \(instrument) that the library "
                                         + "lacks; not taken: add it to \(file), with its source, if it holds", at: at(node)))
            } else if !own.contains(where: { ExchangeValues.ratification($0) == node.value }) {
                warnings.append(.warning("the file's ratification fact of \(country) and \(instrument) differs from the "
                                         + "library's (\(Self.differing(node.value, ExchangeValues.ratification(own[0])))); "
                                         + "the library's is kept: if the file's is newer, edit \(file)", at: at(node),
                                         notes: own.map { .init("the library's fact", at: $0.location) }))
            }
        }
    }

    /// The keys whose values differ, for a message.
    static func differing(_ theirs: JSONValue, _ ours: JSONValue) -> String {
        guard let left = theirs.members, let right = ours.members else { return "another value" }
        let keys = (left.map(\.key) + right.map(\.key)).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        let differ = keys.filter { theirs[$0] != ours[$0] }
        return differ.isEmpty ? "another order" : differ.map { "'\($0)'" }.joined(separator: ", ")
    }

    // MARK: - A new edition: its files written whole

    private mutating func createEdition() {
        createsEdition = true
        let year = exchange.year
        let members = exchange.meeting.members
        var meeting = ExchangeYAML()
        meeting.comment(provenance)
        meeting.comment("The edition of \(year) as the partner's export holds it: review it as any edition.")
        meeting.blank()
        meeting.document(members)
        add("\(year)/meeting.yaml", meeting)
        findingsAdded += exchange.meeting["findings"]?.items?.count ?? 0
        var seen: Set<String> = []
        var countries: [(code: String, node: JSONNode)] = []
        for country in exchange.countries {
            guard let code = country.string(at: "country") else { continue }
            guard seen.insert(code).inserted else {
                errors.append(.error("the file holds country '\(code)' twice", at: at(country)))
                continue
            }
            countries.append((code, country))
            findingsAdded += country["findings"]?.items?.count ?? 0
            recommendationsAdded += country["recommendations"]?.items?.count ?? 0
        }
        // The country files are written side by side: each is a file of its own.
        let provenance = self.provenance
        let files = ParallelMap.map(countries) { country in
            var file = ExchangeYAML()
            file.comment(provenance)
            file.blank()
            file.document(country.node.members)
            return file
        }
        for (country, file) in zip(countries, files) { add("\(year)/\(country.code).yaml", file) }
    }

    private mutating func add(_ path: String, _ yaml: ExchangeYAML) {
        edits.append(StagedLibrary.File(path: path, yaml))
    }

    // MARK: - An edition the library holds: new items added, the rest compared

    private mutating func merge(into edition: Edition) {
        let year = edition.year
        var findings: [String: Finding] = [:]
        for finding in edition.findings { findings[finding.id.value] = finding }
        var recommendations: [String: Recommendation] = [:]
        for recommendation in edition.recommendations { recommendations[recommendation.id.value] = recommendation }

        let meetingOwn = JSONValue.object(ExchangeValues.meetingFields(edition.meeting))
        if exchange.meeting.value.removing(["findings"]) != meetingOwn {
            warnings.append(.warning("the file's meeting of \(year) differs from the library's "
                                     + "(\(Self.differing(exchange.meeting.value.removing(["findings"]), meetingOwn))); "
                                     + "the library's is kept", at: at(exchange.meeting),
                                     notes: [.init("the library's meeting", at: .file(edition.meeting.file))]))
        }
        let regional = newItems(exchange.meeting["findings"]?.items ?? [], known: findings, what: "finding",
                                own: { ExchangeValues.finding($0) }, location: \.id.location)
        if !regional.isEmpty {
            appendItems(["findings": regional], toFile: edition.meeting.file, year: year)
            findingsAdded += regional.count
        }
        for country in exchange.countries {
            guard let code = country.string(at: "country") else { continue }
            let newFindings = newItems(country["findings"]?.items ?? [], known: findings, what: "finding",
                                       own: { ExchangeValues.finding($0) }, location: \.id.location)
            let newRecommendations = newItems(country["recommendations"]?.items ?? [], known: recommendations,
                                              what: "recommendation", own: { ExchangeValues.recommendation($0) },
                                              location: \.id.location)
            guard let report = edition.country(code) else {
                // A country the edition lacks: its file as the partner wrote it, with only what is new.
                var members = country.members.filter { $0.key != "findings" && $0.key != "recommendations" }
                let at = members.firstIndex { $0.key == "values" || $0.key == "acknowledged" } ?? members.count
                members.insert(contentsOf: [("findings", (country["findings"] ?? country).replacingItems(newFindings)),
                                            ("recommendations", (country["recommendations"] ?? country)
                                                .replacingItems(newRecommendations))], at: at)
                var file = ExchangeYAML()
                file.comment(provenance)
                file.blank()
                file.document(members)
                add("\(year)/\(code).yaml", file)
                findingsAdded += newFindings.count
                recommendationsAdded += newRecommendations.count
                continue
            }
            let ownFields = JSONValue.object(ExchangeValues.countryFields(report))
            let theirs = country.value.removing(["findings", "recommendations"])
            if theirs != ownFields {
                warnings.append(.warning("the file's country file of \(code) differs from the library's outside its findings "
                                         + "and recommendations (\(Self.differing(theirs, ownFields))); the library's is kept",
                                         at: at(country), notes: [.init("the library's country file", at: .file(report.file))]))
            }
            if !newFindings.isEmpty || !newRecommendations.isEmpty {
                appendItems(["findings": newFindings, "recommendations": newRecommendations], toFile: report.file, year: year)
                findingsAdded += newFindings.count
                recommendationsAdded += newRecommendations.count
            }
        }
    }

    /// The items whose id the edition does not hold; one it holds with other content is a conflict.
    private mutating func newItems<Item>(_ nodes: [JSONNode], known: [String: Item], what: String,
                                         own: (Item) -> JSONValue, location: (Item) -> SourceLocation) -> [JSONNode] {
        var added: [JSONNode] = []
        for node in nodes {
            guard let id = node.string(at: "id") else {
                added.append(node)
                continue
            }
            guard let item = known[id] else {
                added.append(node)
                continue
            }
            let ours = own(item)
            if node.value == ours {
                alreadyHeld += 1
            } else {
                errors.append(.error("\(what) '\(id)' is in the library with other content (\(Self.differing(node.value, ours))): "
                                     + "a conflict; nothing is merged until the two agree, or one takes another id",
                                     at: at(node), notes: [.init("the library's \(what) '\(id)'", at: location(item))]))
            }
        }
        return added
    }

    /// The library file with the items added at the end of their lists, each under the provenance
    /// comment; everything else as its editors wrote it.
    private mutating func appendItems(_ lists: [String: [JSONNode]], toFile shown: String, year: Int) {
        let path = "\(year)/\((shown as NSString).lastPathComponent)"
        let url = URL(fileURLWithPath: dataFolder).appendingPathComponent(path)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            errors.append(.error("cannot read the library's file to add to it", at: .file(shown)))
            return
        }
        var lines = YAMLLines(String(decoding: data, as: UTF8.self)).lines.map { ExchangeYAML.Line(text: $0, origin: nil) }
        for key in ["findings", "recommendations"] {
            guard let items = lists[key], !items.isEmpty else { continue }
            let current = YAMLLines(lines.map(\.text).joined(separator: "\n"))
            var insertAt = lines.count
            var indent = "  "
            var yaml = ExchangeYAML()
            if let block = current.block(key) {
                let head = lines[block.keyLine].text
                let value = head[head.index(after: head.firstIndex(of: ":") ?? head.startIndex)...]
                    .trimmingCharacters(in: .whitespaces)
                if value == "[]" {
                    lines[block.keyLine] = .init(text: "\(key):", origin: nil)
                } else if !value.isEmpty, !value.hasPrefix("#") {
                    errors.append(.error("cannot add the file's \(key) here: '\(key)' is written on one line; write it as "
                                         + "a list, one '-' item per \(key.dropLast())",
                                         at: SourceLocation(file: shown, line: block.keyLine + 1, column: 1)))
                    continue
                }
                let kept = current.text(of: block)
                insertAt = block.lines.lowerBound + kept.count
                if let dash = kept.dropFirst().first(where: { $0.trimmingCharacters(in: .whitespaces).hasPrefix("-") }) {
                    indent = String(dash.prefix { $0 == " " })
                }
                if kept.count > 1 + (block.keyLine - block.lines.lowerBound) { yaml.blank() }
            } else {
                if let last = lines.last, !last.text.isEmpty { yaml.blank() }
                yaml.line("\(key):")
            }
            for (index, item) in items.enumerated() {
                if index > 0 { yaml.blank() }
                yaml.comment(provenance, indent: indent)
                yaml.item(item, indent: indent)
            }
            // The blank line that separated the list from the next key stays after the new items.
            lines.insert(contentsOf: yaml.lines, at: insertAt)
        }
        edits.append(StagedLibrary.File(path: path, lines: lines))
    }

    // MARK: - Diagnostics of the merged library

    func display(_ relative: String) -> String { StagedLibrary.display(relative, in: dataFolder) }

    func tracedToExchange(_ diagnostic: Diagnostic) -> Diagnostic {
        StagedLibrary.traced(diagnostic, among: edits, from: exchange.path, in: dataFolder)
    }
}

extension JSONNode {
    var members: [(key: String, value: JSONNode)] {
        if case let .object(members) = content { return members }
        return []
    }

    func string(at key: String) -> String? { self[key]?.string }

    /// A list node with other items, keeping its place.
    func replacingItems(_ items: [JSONNode]) -> JSONNode {
        JSONNode(content: .array(items), line: line, column: column)
    }
}
