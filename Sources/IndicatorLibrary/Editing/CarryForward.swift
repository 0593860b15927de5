import Yams

/// The first draft of next year's edition: what is still open, carried with its id for review.
///
/// Every finding not resolved and every recommendation still made (not implemented or withdrawn) is
/// carried with its id and `status: carried`, which `check` reports until someone reviews it; what
/// was resolved stays behind. The meeting is a skeleton: the next edition number, the mission and
/// language, and `place`, `date` and `opening` left empty for the secretariat. Situations,
/// narrative, values and the year's texts are not carried: they are written anew.
public struct CarryForward: Sendable {
    /// Library-relative paths (`2022/meeting.yaml`) and their YAML text.
    public let files: [(path: String, text: String)]
    public let findingsCarried: Int
    public let recommendationsCarried: Int

    public init(from edition: Edition, to year: Int, in library: Library) {
        let firstAppearance = FirstAppearance(library: library)
        let header = "# Carried forward from \(edition.year) by `labour-monitor carry-forward \(edition.year) \(year)`.\n"
            + "# Review every item with 'status: carried' (check lists them), and fill in what is left empty.\n"
        let carriedFindings = edition.findings.filter { $0.status.value.isOpen }
        let carriedIDs = Set(carriedFindings.map(\.id.value))
        var files: [(String, String)] = []
        var recommendationsCarried = 0
        var appeals: [String] = []
        for report in edition.countries {
            let findings = report.findings.filter { $0.status.value.isOpen }
            let recommendations = report.recommendations.filter(Appeal.isMade)
            guard !findings.isEmpty || !recommendations.isEmpty else { continue }
            recommendationsCarried += recommendations.count
            if !recommendations.isEmpty { appeals.append(report.country.value) }
            var pairs: [(Node, Node)] = [("country", Node(report.country.value))]
            if let addressee = report.addressee { pairs.append(("addressee", Self.text(addressee.value))) }
            if !findings.isEmpty {
                pairs.append(("findings", Node(findings.map { Self.finding($0, since: firstAppearance.firstReported($0)) })))
            }
            if !recommendations.isEmpty {
                pairs.append(("recommendations", Node(recommendations.map {
                    Self.recommendation($0, carried: carriedIDs)
                })))
            }
            files.append(("\(year)/\(report.country.value).yaml", header + Self.yaml(pairs)))
        }
        let meeting = edition.meeting
        let order = meeting.appeals.map(\.value).filter(appeals.contains)
            + appeals.filter { !meeting.appeals.map(\.value).contains($0) }
        var pairs: [(Node, Node)] = [
            ("edition", Node(String(meeting.edition.value + 1))),
            ("event", Self.text(meeting.event.value)),
            ("mission", Self.text(meeting.mission.value)),
            ("place", Node("~")),
            ("date", Node("~")),
            ("language", Node(meeting.language.value)),
            ("participants", Node([Node]())),
            ("opening", Node("~")),
        ]
        pairs.append(("appeals", Node(order.map { Node($0) })))
        let regional = meeting.findings.filter { $0.status.value.isOpen }
        if !regional.isEmpty {
            pairs.append(("findings", Node(regional.map { Self.finding($0, since: firstAppearance.firstReported($0)) })))
        }
        files.insert(("\(year)/meeting.yaml", header + Self.yaml(pairs)), at: 0)
        self.files = files
        findingsCarried = carriedFindings.count
        self.recommendationsCarried = recommendationsCarried
    }

    private static func finding(_ finding: Finding, since: Int?) -> Node {
        var pairs: [(Node, Node)] = [
            ("id", Node(finding.id.value)),
            ("kind", Node(finding.kind.value.rawValue)),
            ("indicators", Node(finding.indicators.map { Node($0.value) })),
            ("summary", text(finding.summary.value)),
            ("status", Node(Finding.Status.carried.rawValue)),
        ]
        if let since { pairs.append(("since", Node(String(since)))) }
        if !finding.groups.isEmpty { pairs.append(("groups", Node(finding.groups.map { Node($0.value) }))) }
        if !finding.people.isEmpty {
            pairs.append(("people", Node(finding.people.map { person in
                let fields: [(Node, Node)] = [
                    ("name", Node(person.name.value)),
                    ("confidential", Node(person.confidential.value ? "true" : "false")),
                ]
                return Node(fields)
            })))
        }
        if !finding.sources.isEmpty {
            pairs.append(("sources", Node(finding.sources.map { source in
                var fields: [(Node, Node)] = []
                if let title = source.title { fields.append(("title", text(title.value))) }
                if let url = source.url { fields.append(("url", Node(url.value))) }
                return Node(fields)
            })))
        }
        if finding.confidential.value { pairs.append(("confidential", Node("true"))) }
        return Node(pairs)
    }

    private static func recommendation(_ recommendation: Recommendation, carried: Set<String>) -> Node {
        var pairs: [(Node, Node)] = [
            ("id", Node(recommendation.id.value)),
            ("text", text(recommendation.text.value)),
        ]
        let findings = recommendation.findings.map(\.value).filter(carried.contains)
        if !findings.isEmpty { pairs.append(("findings", Node(findings.map { Node($0) }))) }
        pairs.append(("status", Node(Recommendation.Status.carried.rawValue)))
        if let since = recommendation.since { pairs.append(("since", Node(String(since.value)))) }
        return Node(pairs)
    }

    /// One string, or a map of language to text when there are translations.
    private static func text(_ text: LocalizedText) -> Node {
        guard text.translations.count > 1 else { return Node(text.text(in: text.languages.first ?? "en"), Tag(.str)) }
        return Node(text.translations.map { (Node($0.language), Node($0.text, Tag(.str))) })
    }

    private static func yaml(_ pairs: [(Node, Node)]) -> String {
        (try? Yams.serialize(node: Node(pairs), width: 100, allowUnicode: true)) ?? ""
    }
}
