/// An edition's findings counted as its readers take them: open violations, open concerns,
/// progress, and the findings resolved in this edition, each finding in one count.
///
/// Counting by kind alone put a resolved case among the violations, and a reader of the Summary
/// sheet took it for the current picture; the workbook and `check` count the same way, here.
package struct FindingTally: Sendable, Equatable {
    package private(set) var openViolations = 0
    package private(set) var openConcerns = 0
    /// Progress not yet resolved (a reform announced, a case moving the right way).
    package private(set) var progress = 0
    /// Of any kind, recorded `resolved` in this edition.
    package private(set) var resolved = 0

    package init() {}

    package init(_ findings: some Sequence<Finding>) {
        for finding in findings { add(finding) }
    }

    package mutating func add(_ finding: Finding) {
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

    package var total: Int { openViolations + openConcerns + progress + resolved }

    /// The counts with their names, in the order both outputs show them.
    package var counts: [(name: String, count: Int)] {
        [("open violations", openViolations), ("open concerns", openConcerns), ("progress", progress),
         ("resolved", resolved)]
    }
}
