import Exports
import Foundation
import IndicatorLibrary

/// The files of an imported edition, in the style of the bundled ones, from what the reading found:
/// `meeting.yaml` and a file per country, every recommendation with an id made from its words, or
/// the id of an earlier edition's recommendation its text resembles.
struct ImportedEdition {
    let reading: FinalDocumentReading
    let year: Int
    let file: String
    let library: Library
    private(set) var matches: [ImportJob.Match] = []
    private(set) var recommendationCount = 0
    private var usedIDs: Set<String> = []

    /// The share of words two recommendations must have in common for the later one to keep the
    /// earlier one's id.
    static let matchingSimilarity = 0.5

    init(reading: FinalDocumentReading, year: Int, file: String, library: Library) {
        self.reading = reading
        self.year = year
        self.file = file
        self.library = library
    }

    private func node(_ content: JSONNode.Content, line: Int) -> JSONNode {
        JSONNode(content: content, line: line, column: 1)
    }

    private func string(_ text: String, line: Int) -> JSONNode { node(.string(text), line: line) }

    private func list(_ items: [JSONNode], line: Int) -> JSONNode { node(.array(items), line: line) }

    mutating func files() -> [StagedLibrary.File] {
        let first = reading.headingLine
        let name = (file as NSString).lastPathComponent
        var members: [(key: String, value: JSONNode)] = [
            ("edition", reading.edition.map { node(.number(String($0)), line: first) } ?? node(.null, line: first)),
            ("event", reading.event.map { string($0, line: first) } ?? node(.null, line: first)),
            ("mission", reading.mission.map { string($0, line: first) } ?? node(.null, line: first)),
            ("theme", node(.null, line: first)),
            ("place", reading.place.map { string($0, line: first) } ?? node(.null, line: first)),
            ("date", reading.date.map { string($0, line: first) } ?? node(.null, line: first)),
            ("languages", list([string(LocalizedText.defaultLanguage, line: first)], line: first)),
            ("sources", list([node(.object([("title", string("\(name), imported by labour-monitor", line: first))]), line: first)],
                             line: first)),
        ]
        if let opening = reading.opening { members.append(("opening", string(opening.text, line: opening.line))) }
        var situations: [String: [ImportedParagraph]] = [:]
        var countries: [String] = []
        members.append(("narrative", list(reading.narrative.map { block in
            switch block {
            case let .text(paragraph):
                return node(.object([("text", string(paragraph.text, line: paragraph.line))]), line: paragraph.line)
            case let .country(code, paragraphs):
                situations[code] = paragraphs
                if !countries.contains(code) { countries.append(code) }
                return node(.object([("country", string(code, line: paragraphs[0].line))]), line: paragraphs[0].line)
            }
        }, line: first)))
        if let intro = reading.appealsIntro { members.append(("appeals_intro", string(intro.text, line: intro.line))) }
        members.append(("appeals", list(reading.appeals.map { string($0.country, line: $0.line) }, line: first)))
        if let intro = reading.intentionsIntro { members.append(("intentions_intro", string(intro.text, line: intro.line))) }
        members.append(("intentions", list(reading.intentions.map { string($0.text, line: $0.line) }, line: first)))
        members.append(("calls", list(reading.calls.map { call in
            node(.object([("to", string(call.to, line: call.line)), ("text", string(call.text, line: call.line))]), line: call.line)
        }, line: first)))

        var meeting = ExchangeYAML()
        meeting.comment("Imported from \(name) by labour-monitor import: the document's texts as it writes them. No finding is")
        meeting.comment("proposed: write the findings, the participants and the translations, then review every field.")
        meeting.blank()
        meeting.document(members)
        var files = [StagedLibrary.File(path: "\(year)/meeting.yaml", meeting)]
        for appeal in reading.appeals where !countries.contains(appeal.country) { countries.append(appeal.country) }
        for code in countries {
            let appeal = reading.appeals.first { $0.country == code }
            var fields: [(key: String, value: JSONNode)] = [("country", string(code, line: appeal?.line ?? first))]
            if let appeal, let own = appeal.addressee { fields.append(("addressee", string(own, line: appeal.line))) }
            if let paragraphs = situations[code] {
                fields.append(("situation", string(paragraphs.map(\.text).joined(separator: "\n\n"), line: paragraphs[0].line)))
            }
            if let appeal {
                let count = appeal.recommendations.count
                if appeal.numbered, count == 1 { fields.append(("numbered", node(.bool(true), line: appeal.line))) }
                if !appeal.numbered, count > 1 { fields.append(("numbered", node(.bool(false), line: appeal.line))) }
                let items = appeal.recommendations.map { item in
                    node(.object([("id", string(recommendationID(item, country: code), line: item.line)),
                                  ("text", string(item.text, line: item.line))]), line: item.line)
                }
                recommendationCount += items.count
                fields.append(("recommendations", list(items, line: appeal.line)))
            }
            var country = ExchangeYAML()
            country.comment("Imported from \(name) by labour-monitor import.")
            country.blank()
            country.document(fields)
            files.append(StagedLibrary.File(path: "\(year)/\(code).yaml", country))
        }
        return files
    }

    // MARK: - Recommendation ids

    private static let stopWords: Set<String> = ["the", "and", "all", "any", "for", "with", "from", "into", "their",
                                                 "them", "that", "this", "those", "without", "other", "such", "its"]

    static func words(_ text: String) -> [String] {
        Markup.plain(text).lowercased()
            .split { !$0.isLetter && !$0.isNumber }
            .map(String.init)
            .filter { $0.count > 2 && !stopWords.contains($0) }
    }

    static func similarity(_ left: String, _ right: String) -> Double {
        let a = Set(words(left)), b = Set(words(right))
        guard !a.isEmpty || !b.isEmpty else { return 0 }
        return Double(a.intersection(b).count) / Double(a.union(b).count)
    }

    /// The id of the latest earlier edition's recommendation to the same country that the text
    /// resembles most (when enough), else one made of the text's first words: `kz-overturn-delay-sentences`.
    private mutating func recommendationID(_ item: ImportedParagraph, country: String) -> String {
        let earlier = library.editions.last { $0.year < year }
        let candidates = earlier?.country(country)?.recommendations ?? []
        let best = candidates.filter { !usedIDs.contains($0.id.value) }
            .map { ($0, Self.similarity(item.text, $0.text.value.text)) }
            .max { $0.1 < $1.1 }
        if let (recommendation, similarity) = best, similarity >= Self.matchingSimilarity, let earlier {
            usedIDs.insert(recommendation.id.value)
            matches.append(ImportJob.Match(id: recommendation.id.value, year: earlier.year, similarity: similarity,
                                           location: SourceLocation(file: file, line: item.line, column: 1)))
            return recommendation.id.value
        }
        let ascii = Self.words(item.text).filter { $0.allSatisfy { $0.isASCII } }.prefix(3)
        let stem = ([country.lowercased()] + (ascii.isEmpty ? ["recommendation"] : Array(ascii))).joined(separator: "-")
        var id = stem
        var suffix = 2
        while usedIDs.contains(id) || library.editions.contains(where: { $0.recommendations.contains { $0.id.value == id } }) {
            id = "\(stem)-\(suffix)"
            suffix += 1
        }
        usedIDs.insert(id)
        return id
    }
}
