/// The findings that name an affected group, for one country (nil: the regional ones) and kind, open
/// and resolved: what the workbook's Groups sheet and the site's country pages both show, counted by
/// one rule (a finding once for each group it names).
package struct GroupCount: Sendable, Hashable {
    package let group: String
    package let country: String?
    package let kind: Finding.Kind
    package let open: Int
    package let resolved: Int

    package var total: Int { open + resolved }
}

extension Library {
    /// The counts of `findings` above zero: the catalog's groups in order, within each `countries` in
    /// the order given, within each the kinds.
    package func groupCounts(of findings: [Finding], countries: [String?]) -> [GroupCount] {
        struct Key: Hashable {
            let group: String
            let country: String?
            let kind: Finding.Kind
        }
        var open: [Key: Int] = [:]
        var resolved: [Key: Int] = [:]
        for finding in findings {
            for group in Set(finding.groups.map(\.value)) {
                let key = Key(group: group, country: finding.country, kind: finding.kind.value)
                if finding.status.value.isOpen { open[key, default: 0] += 1 } else { resolved[key, default: 0] += 1 }
            }
        }
        var counts: [GroupCount] = []
        for group in catalog.groups.map(\.value) {
            for country in countries {
                for kind in Finding.Kind.allCases {
                    let key = Key(group: group, country: country, kind: kind)
                    let count = GroupCount(group: group, country: country, kind: kind, open: open[key] ?? 0,
                                           resolved: resolved[key] ?? 0)
                    if count.total > 0 { counts.append(count) }
                }
            }
        }
        return counts
    }
}
