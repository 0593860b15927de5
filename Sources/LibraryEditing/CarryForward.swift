import Foundation
import IndicatorLibrary

/// The first draft of next year's edition: what is still open, carried with its id for review.
///
/// Every finding not resolved and every recommendation still made (not implemented or withdrawn) is
/// carried with its id and `status: carried`, which `check --todo` lists until someone reviews it;
/// what was resolved stays behind. Each carried item is copied from its file as the editors wrote it
/// (comments, blank lines, block scalars, key order), only its status set, and a recommendation's
/// links to findings left behind dropped; the items left behind are removed whole. The meeting is a
/// skeleton in the style of the bundled files: the next edition number, the event, mission and
/// language as written, and `place`, `date` and `opening` left empty for the secretariat.
/// Situations, narrative, values and the year's texts are not carried: they are written anew.
public struct CarryForward: Sendable {
    /// A file of the edition whose text was not given.
    public struct MissingText: Error, Sendable, CustomStringConvertible {
        public let path: String

        public init(path: String) {
            self.path = path
        }

        public var description: String { "\(path): error: cannot read the file to carry its items forward" }
    }

    /// Library-relative paths (`2022/meeting.yaml`) and their YAML text.
    public let files: [(path: String, text: String)]
    public let findingsCarried: Int
    public let recommendationsCarried: Int

    /// `texts` holds the edition's files as written, by library-relative path (`2021/KZ.yaml`).
    public init(from edition: Edition, to year: Int, in library: Library, texts: [String: String])
        throws(MissingText) {
        func lines(of file: String) throws(MissingText) -> YAMLLines {
            guard let text = texts[file] else { throw MissingText(path: file) }
            return YAMLLines(text)
        }
        let header = ["# Carried forward from \(edition.year) by `labour-monitor carry-forward \(edition.year) \(year)`.",
                      "# Review every item with 'status: carried' and fill in what is left empty: "
                          + "`labour-monitor check --todo \(year)` lists them."]
        let carriedIDs = Set(edition.findings.filter { $0.status.value.isOpen }.map(\.id.value))
        var files: [(String, String)] = []
        var recommendationsCarried = 0
        var appeals: [String] = []
        for report in edition.countries {
            let findings = report.findings.filter { $0.status.value.isOpen }
            let recommendations = report.recommendations.filter(Appeal.isMade)
            guard !findings.isEmpty || !recommendations.isEmpty else { continue }
            recommendationsCarried += recommendations.count
            if !recommendations.isEmpty { appeals.append(report.country.value) }
            let source = try lines(of: "\(edition.year)/\(report.country.value).yaml")
            var out = header + [""]
            for key in ["country", "addressee", "acknowledged"] {
                if let block = source.block(key) { out += source.text(of: block) }
            }
            out += Self.list("findings", of: report.findings, carrying: Set(findings.map(\.id.value)), in: source,
                             carried: carriedIDs)
            out += Self.list("recommendations", of: report.recommendations,
                             carrying: Set(recommendations.map(\.id.value)), in: source, carried: carriedIDs)
            files.append(("\(year)/\(report.country.value).yaml", Self.text(out)))
        }

        let meeting = edition.meeting
        let source = try lines(of: "\(edition.year)/meeting.yaml")
        let order = meeting.appeals.map(\.value).filter(appeals.contains)
            + appeals.filter { !meeting.appeals.map(\.value).contains($0) }
        var out = header
        out.append("edition: \(meeting.edition.value + 1)")
        for key in ["event", "mission", "mission_in_heading"] {
            if let block = source.block(key) { out += source.text(of: block) }
        }
        out += ["place: ~", "date: ~"]
        // The languages carry over, and so does an unofficial mark: a new edition is never taken for
        // signed in a language until the secretariat says so.
        out += (source.block("languages") ?? source.block("language")).map(source.text(of:))
            ?? ["language: \(meeting.language.value)"]
        if let block = source.block("translations") { out += source.text(of: block) }
        out += ["participants: []", "opening: ~", "", "appeals: [\(order.joined(separator: ", "))]"]
        let regional = meeting.findings.filter { $0.status.value.isOpen }
        out += Self.list("findings", of: meeting.findings, carrying: Set(regional.map(\.id.value)), in: source,
                         carried: carriedIDs)
        files.insert(("\(year)/meeting.yaml", Self.text(out)), at: 0)
        self.files = files
        findingsCarried = carriedIDs.count
        self.recommendationsCarried = recommendationsCarried
    }

    /// The block `key` with the items of `all` whose ids are in `carrying`, each as written with its
    /// status set to carried; nothing when none is carried.
    private static func list(_ key: String, of all: [some CarriedItem], carrying: Set<String>, in source: YAMLLines,
                             carried: Set<String>) -> [String] {
        guard !carrying.isEmpty, let block = source.block(key) else { return [] }
        let ranges = source.items(in: block, at: all.map(\.location.line))
        var out = [""] + source.lines[block.lines.lowerBound..<(ranges.first?.lowerBound ?? block.keyLine + 1)]
        for (item, range) in zip(all, ranges) where carrying.contains(item.id.value) {
            out += item.carried(Array(source.lines[range]), firstLine: range.lowerBound + 1, in: source,
                                keepingLinksTo: carried)
        }
        while let last = out.last, last.trimmingCharacters(in: .whitespaces).isEmpty { out.removeLast() }
        return out
    }

    private static func text(_ lines: [String]) -> String {
        lines.joined(separator: "\n") + "\n"
    }
}

/// A finding or a recommendation as carry-forward copies it.
protocol CarriedItem {
    var id: Located<String> { get }
    var location: SourceLocation { get }
    /// The item's lines, written as they are with the status set to carried; `firstLine` is the
    /// 1-based number of the first of them in `source`.
    func carried(_ lines: [String], firstLine: Int, in source: YAMLLines, keepingLinksTo carried: Set<String>)
        -> [String]
}

extension CarriedItem {
    /// The lines with the status written at `status` replaced, or a status line added after the id.
    func settingStatus(_ lines: [String], firstLine: Int, status: SourceLocation?, in source: YAMLLines) -> [String] {
        var lines = lines
        let word = Finding.Status.carried.rawValue
        if let status, status.line >= firstLine, status.line < firstLine + lines.count,
           let edited = source.replacingValue(line: status.line, column: status.column, with: word) {
            lines[status.line - firstLine] = edited
        } else {
            let idLine = id.location.line
            lines.insert(source.keyIndent(ofLine: idLine) + "status: \(word)", at: idLine - firstLine + 1)
        }
        return lines
    }
}

extension Finding: CarriedItem {
    func carried(_ lines: [String], firstLine: Int, in source: YAMLLines, keepingLinksTo carried: Set<String>)
        -> [String] {
        settingStatus(lines, firstLine: firstLine, status: status.location, in: source)
    }
}

extension Recommendation: CarriedItem {
    /// What stands before `key:` on a line of this mapping, or nil when the line is not that key's.
    static func keyPrefix(of line: String, key: String) -> String? {
        let prefix = YAMLLines.keyPrefix(of: line)
        guard line.dropFirst(prefix.count).hasPrefix("\(key):") else { return nil }
        return String(prefix)
    }

    func carried(_ lines: [String], firstLine: Int, in source: YAMLLines, keepingLinksTo carried: Set<String>)
        -> [String] {
        var lines = settingStatus(lines, firstLine: firstLine, status: status?.location, in: source)
        let dropped = findings.filter { !carried.contains($0.value) }
        guard !dropped.isEmpty else { return lines }
        // The links to findings left behind go; a list left empty goes whole.
        let kept = findings.map(\.value).filter(carried.contains)
        guard let keyIndex = lines.firstIndex(where: { Self.keyPrefix(of: $0, key: "findings") != nil }),
              let prefix = Self.keyPrefix(of: lines[keyIndex], key: "findings") else { return lines }
        var end = keyIndex + 1
        let depth = prefix.count
        if lines[keyIndex].contains("[") {
            // A flow list may run over several lines.
            while !lines[end - 1].contains("]"), end < lines.count { end += 1 }
        } else {
            while end < lines.count {
                let line = lines[end]
                let spaces = line.prefix { $0 == " " }.count
                let rest = line.dropFirst(spaces)
                guard !rest.isEmpty, spaces > depth || (spaces == depth && rest.hasPrefix("- ")) else { break }
                end += 1
            }
        }
        let replacement = kept.isEmpty && !prefix.contains("-") ? [] : ["\(prefix)findings: [\(kept.joined(separator: ", "))]"]
        lines.replaceSubrange(keyIndex..<end, with: replacement)
        return lines
    }
}
