import Exports
import Foundation
import IndicatorLibrary

/// A past Final Document read into a draft edition, in the order the 2021 document (and every
/// document this tool writes) lays it out: the heading (ordinal, event, mission), the place and date,
/// the opening, the situation paragraphs (a paragraph naming a catalog country in bold is that
/// country's situation, any other a regional paragraph), the appeals' lead-in ("… call upon"), each
/// appeal (its addressee, matched to the catalog, then its recommendations, numbered or not), the
/// intentions, the calls. What it cannot place is kept as a regional paragraph, with a warning at its
/// line. It proposes no finding: findings are for the editors to write.
struct FinalDocumentReading {
    struct Appeal {
        let country: String
        /// The document's addressee when it is not the catalog's.
        let addressee: String?
        let numbered: Bool
        var recommendations: [ImportedParagraph]
        let line: Int
    }

    enum Block {
        case text(ImportedParagraph)
        case country(String, [ImportedParagraph])
    }

    private(set) var ordinal: String?
    private(set) var edition: Int?
    private(set) var event: String?
    private(set) var mission: String?
    private(set) var place: String?
    private(set) var date: String?
    private(set) var opening: ImportedParagraph?
    private(set) var narrative: [Block] = []
    private(set) var appealsIntro: ImportedParagraph?
    private(set) var appeals: [Appeal] = []
    private(set) var intentionsIntro: ImportedParagraph?
    private(set) var intentions: [ImportedParagraph] = []
    private(set) var calls: [(to: String, text: String, line: Int)] = []
    private(set) var warnings: [(line: Int, message: String)] = []
    let headingLine: Int

    static let ordinals = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                           "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
                           "eighteenth", "nineteenth", "twentieth"]
    static let months = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
                         "october", "november", "december"]

    init(_ paragraphs: [ImportedParagraph], catalog: Catalog) {
        headingLine = paragraphs.first?.line ?? 1
        var rest = paragraphs[...]
        // The heading: every paragraph before the place and date line.
        var heading: [ImportedParagraph] = []
        while let next = rest.first, Self.placeAndDate(next.text) == nil, heading.count < 4 {
            heading.append(next)
            rest = rest.dropFirst()
        }
        if let line = rest.first, let (place, date) = Self.placeAndDate(line.text) {
            self.place = place
            self.date = date
            rest = rest.dropFirst()
        } else {
            warnings.append((headingLine, "no place and date line (such as 'Bishkek, 7 December 2021') after the heading; "
                             + "fill in 'place' and 'date' in meeting.yaml"))
            rest = paragraphs[...]
            heading = []
        }
        readHeading(heading)
        opening = rest.popFirst()
        let countryNames = Self.countryNames(catalog)
        // The situation, up to the appeals' lead-in.
        while let paragraph = rest.first, !Self.isAppealsIntro(paragraph.text), !Self.isIntentionsStart(rest) {
            rest = rest.dropFirst()
            if let code = Self.country(in: paragraph.text, names: countryNames) {
                if case let .country(last, paragraphs)? = narrative.last, last == code {
                    narrative[narrative.count - 1] = .country(code, paragraphs + [paragraph])
                } else if narrative.contains(where: { if case .country(code, _) = $0 { true } else { false } }) {
                    warnings.append((paragraph.line, "a second situation paragraph of \(code), apart from its first: kept as a "
                                     + "regional paragraph; move it into \(code)'s situation if it belongs there"))
                    narrative.append(.text(paragraph))
                } else {
                    narrative.append(.country(code, [paragraph]))
                }
            } else {
                narrative.append(.text(paragraph))
            }
        }
        appealsIntro = rest.first.flatMap { Self.isAppealsIntro($0.text) ? $0 : nil }
        if appealsIntro != nil { rest = rest.dropFirst() }
        // The appeals: an addressee line, then its recommendations.
        while let paragraph = rest.first, let addressee = Self.addressee(paragraph) {
            rest = rest.dropFirst()
            var items: [ImportedParagraph] = []
            while let item = rest.first, Self.addressee(item) == nil, !Self.isIntentionsStart(rest) {
                items.append(item)
                rest = rest.dropFirst()
            }
            guard let (code, own) = Self.match(addressee, catalog: catalog, names: countryNames) else {
                warnings.append((paragraph.line, "the addressee '\(addressee)' names no country of the catalog: its appeal is "
                                 + "kept as regional paragraphs; add the country to the catalog, or move the text"))
                narrative.append(.text(paragraph))
                narrative += items.map(Block.text)
                continue
            }
            let numbered = items.contains { $0.list == .numbered }
            appeals.append(Appeal(country: code, addressee: own, numbered: numbered, recommendations: items, line: paragraph.line))
        }
        // The intentions: their lead-in, "state their intention to:", the items.
        if let intro = rest.first, Self.isIntentionsStart(rest) {
            intentionsIntro = intro
            rest = rest.dropFirst(2)
            while let item = rest.first, item.list != nil {
                intentions.append(item)
                rest = rest.dropFirst()
            }
        }
        // The calls: "and call upon:", then "the addressee to do …" items.
        if let lead = rest.first, lead.text.lowercased().hasSuffix("call upon:") {
            rest = rest.dropFirst()
            while let item = rest.first, item.list != nil {
                rest = rest.dropFirst()
                if let split = item.text.range(of: " to ") {
                    calls.append((String(item.text[..<split.lowerBound]), String(item.text[split.lowerBound...].dropFirst()), item.line))
                } else {
                    warnings.append((item.line, "a call with no ' to ' between whom it calls upon and what for: kept as a regional paragraph"))
                    narrative.append(.text(item))
                }
            }
        }
        for paragraph in rest {
            warnings.append((paragraph.line, "not recognised as a part of the Final Document: kept as a regional paragraph"))
            narrative.append(.text(paragraph))
        }
    }

    // MARK: - The heading

    private mutating func readHeading(_ heading: [ImportedParagraph]) {
        // Each paragraph whole: its bold runs over the line breaks of the heading.
        var words = heading.map { Markup.plain($0.text) }.joined(separator: " ")
            .split(whereSeparator: \.isWhitespace).map(String.init)
        if words.prefix(2).map({ $0.lowercased() }) == ["final", "document"] { words.removeFirst(2) }
        if words.first?.lowercased() == "of" { words.removeFirst() }
        if words.first?.lowercased() == "the" { words.removeFirst() }
        guard let first = words.first, let number = Self.ordinals.firstIndex(of: first.lowercased()) else {
            warnings.append((headingLine, "the heading names no ordinal (such as 'Fifth'): fill in 'edition' in meeting.yaml"))
            return
        }
        ordinal = Self.titleCase([first])
        edition = number + 1
        words.removeFirst()
        // The event runs up to "Meeting" (or "Conference"), the mission is the rest.
        let end = words.firstIndex { ["meeting", "conference", "forum", "session"].contains($0.lowercased()) }
        if let end {
            event = Self.titleCase(Array(words[...end]))
            var mission = Array(words[(end + 1)...])
            if mission.first?.lowercased() == "of" { mission.removeFirst() }
            if mission.first?.lowercased() == "the" { mission.removeFirst() }
            self.mission = mission.isEmpty ? nil : Self.titleCase(mission)
        }
        if event == nil || mission == nil {
            warnings.append((headingLine, "the heading's event and mission could not be told apart: check 'event' and "
                             + "'mission' in meeting.yaml"))
        }
    }

    private static let smallWords: Set<String> = ["for", "of", "in", "the", "and", "on", "to", "a"]

    static func titleCase(_ words: [String]) -> String {
        words.enumerated().map { index, word in
            let lower = word.lowercased()
            if index > 0, smallWords.contains(lower) { return lower }
            return lower.prefix(1).uppercased() + lower.dropFirst()
        }.joined(separator: " ")
    }

    /// "Bishkek, 7 December 2021" (or "December 7, 2021"): the place and the ISO date.
    static func placeAndDate(_ text: String) -> (String, String)? {
        guard !text.contains("\n") else { return nil }
        let plain = Markup.plain(text)
        guard plain.count < 80, let comma = plain.firstIndex(of: ",") else { return nil }
        let place = String(plain[..<comma]).trimmingCharacters(in: .whitespaces)
        let words = plain[plain.index(after: comma)...].replacingOccurrences(of: ",", with: " ")
            .split(separator: " ").map(String.init)
        guard words.count == 3, !place.isEmpty else { return nil }
        var day: Int?
        var month: Int?
        var year: Int?
        for word in words {
            if let index = months.firstIndex(of: word.lowercased()) {
                month = index + 1
            } else if let number = Int(word), number > 31 {
                year = number
            } else if let number = Int(word) {
                day = number
            }
        }
        guard let day, let month, let year, CalendarDate(year: year, month: month, day: day) != nil else { return nil }
        return (place, String(format: "%04d-%02d-%02d", year, month, day))
    }

    // MARK: - Countries and appeals

    /// Every name of every catalog country, longest first (so that "Kyrgyz Republic" wins over a
    /// shorter name inside it), with its code.
    static func countryNames(_ catalog: Catalog) -> [(name: String, code: String)] {
        catalog.countries.flatMap { country in
            country.name.value.translations.map { ($0.text.lowercased(), country.code.value) }
        }.sorted { $0.name.count > $1.name.count }
    }

    /// The country the paragraph is about: the first catalog name written in bold in it.
    static func country(in text: String, names: [(name: String, code: String)]) -> String? {
        var rest = Substring(text)
        while let open = rest.range(of: "**") {
            let after = rest[open.upperBound...]
            guard let close = after.range(of: "**") else { return nil }
            let bold = after[..<close.lowerBound].lowercased()
            if let match = names.first(where: { bold == $0.name || bold == "the " + $0.name }) { return match.code }
            rest = after[close.upperBound...]
        }
        return nil
    }

    static func isAppealsIntro(_ text: String) -> Bool {
        let plain = Markup.plain(text).lowercased()
        return plain.hasSuffix("call upon") || plain.hasSuffix("call upon:") || plain.hasSuffix("призываем")
    }

    /// The intentions' lead-in: a paragraph followed by "state their intention to:".
    static func isIntentionsStart(_ rest: ArraySlice<ImportedParagraph>) -> Bool {
        guard rest.count >= 2 else { return false }
        return Markup.plain(rest[rest.index(after: rest.startIndex)].text).lowercased().hasPrefix("state their intention")
    }

    /// "— **the President … of Kazakhstan to:**": the addressee, without the dash, the emphasis and "to:".
    static func addressee(_ paragraph: ImportedParagraph) -> String? {
        var text = Markup.plain(paragraph.text)
        if paragraph.list == nil {
            for dash in ["— ", "– ", "- "] where text.hasPrefix(dash) { text = String(text.dropFirst(dash.count)) }
        }
        guard paragraph.list != .numbered, text.hasSuffix(" to:") else { return nil }
        return String(text.dropLast(4)).trimmingCharacters(in: .whitespaces)
    }

    /// The catalog country an addressee is for: the one whose addressee it is, else the one it names;
    /// with the document's addressee when it is not the catalog's.
    static func match(_ addressee: String, catalog: Catalog, names: [(name: String, code: String)]) -> (String, String?)? {
        if let country = catalog.countries.first(where: {
            $0.addressee?.value.text.caseInsensitiveCompare(addressee) == .orderedSame
        }) {
            return (country.code.value, nil)
        }
        let lower = addressee.lowercased()
        guard let named = names.first(where: { lower.contains($0.name) }) else { return nil }
        return (named.code, addressee)
    }
}
