/// An edition's findings counted as its readers take them: open violations, open concerns,
/// progress, and the findings resolved in this edition, each finding in one count.
///
/// Counting by kind alone put a resolved case among the violations, and a reader of the Summary
/// sheet took it for the current picture; the workbook and `check` count the same way, here.
public struct FindingTally: Sendable, Equatable {
    public private(set) var openViolations = 0
    public private(set) var openConcerns = 0
    /// Progress not yet resolved (a reform announced, a case moving the right way).
    public private(set) var progress = 0
    /// Of any kind, recorded `resolved` in this edition.
    public private(set) var resolved = 0

    public init() {}

    public init(_ findings: some Sequence<Finding>) {
        for finding in findings { add(finding) }
    }

    public mutating func add(_ finding: Finding) {
        if finding.status.value == .resolved {
            resolved += 1
            return
        }
        switch finding.kind.value {
        case .violation: openViolations += 1
        case .concern: openConcerns += 1
        case .progress: progress += 1
        }
    }

    public var total: Int { openViolations + openConcerns + progress + resolved }

    /// The counts with their names, in the order both outputs show them.
    public var counts: [(name: String, count: Int)] {
        [("open violations", openViolations), ("open concerns", openConcerns), ("progress", progress),
         ("resolved", resolved)]
    }
}
