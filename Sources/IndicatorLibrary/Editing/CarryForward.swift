import Yams

/// Yams' own node, which its emitter writes (the loader reads into `Node`, its own lighter type).
private typealias YamsNode = Yams.Node

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
            + "# Review every item with 'status: carried' and fill in what is left empty: "
            + "`labour-monitor check --todo \(year)` lists them.\n"
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
            var pairs: [(YamsNode, YamsNode)] = [("country", YamsNode(report.country.value))]
            if let addressee = report.addressee { pairs.append(("addressee", Self.text(addressee.value))) }
            if !findings.isEmpty {
                pairs.append(("findings", YamsNode(findings.map { Self.finding($0, since: firstAppearance.firstReported($0)) })))
            }
            if !recommendations.isEmpty {
                pairs.append(("recommendations", YamsNode(recommendations.map {
                    Self.recommendation($0, carried: carriedIDs)
                })))
            }
            files.append(("\(year)/\(report.country.value).yaml", header + Self.yaml(pairs)))
        }
        let meeting = edition.meeting
        let order = meeting.appeals.map(\.value).filter(appeals.contains)
            + appeals.filter { !meeting.appeals.map(\.value).contains($0) }
        var pairs: [(YamsNode, YamsNode)] = [
            ("edition", YamsNode(String(meeting.edition.value + 1))),
            ("event", Self.text(meeting.event.value)),
            ("mission", Self.text(meeting.mission.value)),
            ("place", YamsNode("~")),
            ("date", YamsNode("~")),
            ("language", YamsNode(meeting.language.value)),
            ("participants", YamsNode([YamsNode]())),
            ("opening", YamsNode("~")),
        ]
        pairs.append(("appeals", YamsNode(order.map { YamsNode($0) })))
        let regional = meeting.findings.filter { $0.status.value.isOpen }
        if !regional.isEmpty {
            pairs.append(("findings", YamsNode(regional.map { Self.finding($0, since: firstAppearance.firstReported($0)) })))
        }
        files.insert(("\(year)/meeting.yaml", header + Self.yaml(pairs)), at: 0)
        self.files = files
        findingsCarried = carriedFindings.count
        self.recommendationsCarried = recommendationsCarried
    }

    private static func finding(_ finding: Finding, since: Int?) -> YamsNode {
        var pairs: [(YamsNode, YamsNode)] = [
            ("id", YamsNode(finding.id.value)),
            ("kind", YamsNode(finding.kind.value.rawValue)),
            ("indicators", YamsNode(finding.indicators.map { YamsNode($0.value) })),
            ("summary", text(finding.summary.value)),
            ("status", YamsNode(Finding.Status.carried.rawValue)),
        ]
        if let since { pairs.append(("since", YamsNode(String(since)))) }
        if !finding.groups.isEmpty { pairs.append(("groups", YamsNode(finding.groups.map { YamsNode($0.value) }))) }
        if !finding.people.isEmpty {
            pairs.append(("people", YamsNode(finding.people.map { person in
                let fields: [(YamsNode, YamsNode)] = [
                    ("name", YamsNode(person.name.value)),
                    ("confidential", YamsNode(person.confidential.value ? "true" : "false")),
                ]
                return YamsNode(fields)
            })))
        }
        if !finding.sources.isEmpty {
            pairs.append(("sources", YamsNode(finding.sources.map { source in
                var fields: [(YamsNode, YamsNode)] = []
                if let title = source.title { fields.append(("title", text(title.value))) }
                if let url = source.url { fields.append(("url", YamsNode(url.value))) }
                return YamsNode(fields)
            })))
        }
        if finding.confidential.value { pairs.append(("confidential", YamsNode("true"))) }
        return YamsNode(pairs)
    }

    private static func recommendation(_ recommendation: Recommendation, carried: Set<String>) -> YamsNode {
        var pairs: [(YamsNode, YamsNode)] = [
            ("id", YamsNode(recommendation.id.value)),
            ("text", text(recommendation.text.value)),
        ]
        let findings = recommendation.findings.map(\.value).filter(carried.contains)
        if !findings.isEmpty { pairs.append(("findings", YamsNode(findings.map { YamsNode($0) }))) }
        pairs.append(("status", YamsNode(Recommendation.Status.carried.rawValue)))
        if let since = recommendation.since { pairs.append(("since", YamsNode(String(since.value)))) }
        return YamsNode(pairs)
    }

    /// One string, or a map of language to text when there are translations.
    private static func text(_ text: LocalizedText) -> YamsNode {
        guard text.translations.count > 1 else { return YamsNode(text.text(in: text.languages.first ?? "en"), Tag(.str)) }
        return YamsNode(text.translations.map { (YamsNode($0.language), YamsNode($0.text, Tag(.str))) })
    }

    private static func yaml(_ pairs: [(YamsNode, YamsNode)]) -> String {
        (try? Yams.serialize(node: YamsNode(pairs), width: 100, allowUnicode: true)) ?? ""
    }
}
