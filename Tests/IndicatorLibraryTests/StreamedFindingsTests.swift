import Testing
@testable import IndicatorLibrary
import LibraryFixtures

/// A country file's findings are read one by one while the file is parsed (so that a file of 50,000
/// findings is never held as a whole tree), with the same results as reading the finished tree.
struct StreamedFindingsTests {
    /// What a stream was handed, and the tree the parser returned.
    private func parse(_ text: String) throws -> (handed: [String], tree: Node?) {
        var handed: [String] = []
        let stream = YAMLParser.ItemStream(key: "findings", after: "country") { item, country in
            guard case let .mapping(mapping) = item, let id = mapping.pairs.first?.value.string else { return false }
            handed.append("\(country.string ?? "?")/\(id)")
            return true
        }
        let tree = try YAMLParser.parse(Array(text.utf8), streaming: stream)
        return (handed, tree)
    }

    private func ids(in tree: Node?, under key: String) -> [String] {
        guard case let .mapping(root)? = tree,
              case let .sequence(list)? = root.pairs.first(where: { $0.key.string == key })?.value else { return [] }
        return list.items.compactMap { item in
            guard case let .mapping(mapping) = item else { return nil }
            return mapping.pairs.first?.value.string
        }
    }

    @Test func theFindingsGoToTheReaderAsTheyAreParsedAndNotIntoTheTree() throws {
        let (handed, tree) = try parse("""
            country: KZ
            findings:
              - id: kz-a
              - id: kz-b
            recommendations:
              - id: kz-r
            """)
        #expect(handed == ["KZ/kz-a", "KZ/kz-b"])
        #expect(ids(in: tree, under: "findings") == [])
        #expect(ids(in: tree, under: "recommendations") == ["kz-r"])
    }

    /// The reader needs the country: findings written before it stay in the tree, read afterwards.
    @Test func findingsBeforeTheCountryStayInTheTree() throws {
        let (handed, tree) = try parse("""
            findings:
              - id: kz-a
            country: KZ
            """)
        #expect(handed == [])
        #expect(ids(in: tree, under: "findings") == ["kz-a"])
    }

    /// After an alias every finding stays in the tree, where the alias bomb check sees it before
    /// anything walks it; those handed over are the first ones, so the order is kept.
    @Test func anAliasKeepsTheRestInTheTree() throws {
        let (handed, tree) = try parse("""
            country: KZ
            findings:
              - id: kz-a
                sources: &shared [{title: Final Document 2021}]
              - id: kz-b
                sources: *shared
              - id: kz-c
            """)
        #expect(handed == ["KZ/kz-a"])
        #expect(ids(in: tree, under: "findings") == ["kz-b", "kz-c"])
    }

    @Test func theLoadedFindingsKeepTheFileOrder() throws {
        let finding = { (id: String, sources: String) in
            """
              - id: \(id)
                kind: violation
                indicators: [foa.registration]
                summary: Finding \(id).
                status: ongoing
                sources: \(sources)
            """
        }
        let kazakhstan = ["country: KZ", "situation: Activists remain under pressure.", "findings:",
                          finding("kz-a", "&shared [{title: Final Document 2021}]"),
                          finding("kz-b", "*shared"), finding("kz-c", "[{title: Monitor's note}]"),
                          "recommendations:", "  - id: kz-reregister-union", "    text: Re-register the union.",
                          "    findings: [kz-a]"]
            .joined(separator: "\n")
        let check = Fixture.check(["2021/KZ.yaml": kazakhstan])
        #expect(Fixture.messages(check) == [])
        let findings = try #require(check.library?.editions.first?.countries.first?.findings)
        #expect(findings.map(\.id.value) == ["kz-a", "kz-b", "kz-c"])
        #expect(findings.allSatisfy { $0.country == "KZ" })
    }

    /// A file that does not parse to its end reports that, and nothing about the findings read before
    /// the error, as when the whole tree was built first.
    @Test func aSyntaxErrorAfterTheFirstFindingsIsReportedAlone() {
        let check = Fixture.check(["2021/KZ.yaml": """
            country: KZ
            findings:
              - id: kz-union-deregistered
                kind: violation
                colour: red
                indicators: [foa.registration]
                summary: The authorities de-registered the union.
                status: ongoing
              - id: [kz-unclosed
            """])
        let messages = Fixture.messages(check).filter { $0.hasPrefix("Indicators/2021/KZ.yaml") }
        #expect(messages.count == 1)
        #expect(messages.first?.contains("colour") == false)
    }
}
