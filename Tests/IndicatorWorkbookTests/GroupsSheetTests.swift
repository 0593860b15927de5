import Foundation
import IndicatorLibrary
import LibraryFixtures
import Testing

/// The Groups sheet: the findings by the groups they name, per country and kind, open and resolved;
/// a finding counted once per group, a confidential one only in the internal workbook.
@Suite struct GroupsSheetTests {
    static let kazakhstan = """
        country: KZ
        situation: In **Kazakhstan**, activists remain under pressure.
        findings:
          - id: kz-union-deregistered
            kind: violation
            indicators: [foa.registration]
            summary: The authorities de-registered the union.
            status: ongoing
            groups: [activists, women]
            sources: [{title: Final Document 2021}]
          - id: kz-strike-banned
            kind: violation
            indicators: [foa.registration]
            summary: The strike was banned.
            status: resolved
            groups: [activists]
            sources: [{title: Final Document 2021}]
          - id: kz-hidden
            kind: concern
            indicators: [foa.registration]
            summary: A matter kept confidential.
            status: ongoing
            confidential: true
            groups: [women]
            sources: [{title: Final Document 2021}]
        recommendations:
          - id: kz-reregister-union
            text: Re-register the union.
            findings: [kz-union-deregistered]
        """

    @Test func findingsAreCountedByGroupCountryAndKind() throws {
        let workbook = try WrittenWorkbook.fixture(["2021/KZ.yaml": Self.kazakhstan])
        let header = 5
        #expect(try workbook.row(header, sheet: "Groups") == ["Group", "Country", "Kind", "Open", "Resolved in 2021", "Total"])
        #expect(try workbook.row(header + 1, sheet: "Groups") == ["activists", "KZ", "violation", "1", "1", "2"])
        #expect(try workbook.row(header + 2, sheet: "Groups") == ["women", "KZ", "violation", "1", "0", "1"])
        #expect(try workbook.row(header + 3, sheet: "Groups").isEmpty, "the confidential concern is not counted")
        let full = try WrittenWorkbook.fixture(["2021/KZ.yaml": Self.kazakhstan], audience: .internal)
        #expect(try full.row(header + 3, sheet: "Groups") == ["women", "KZ", "concern", "1", "0", "1"])
    }

    /// A group the catalog gives a title is printed by it, in the Groups and the Findings sheets.
    @Test func aGroupIsPrintedByTheTitleTheCatalogGivesIt() throws {
        let catalog = Fixture.indicators.replacingOccurrences(
            of: "groups: [activists, women]",
            with: "groups:\n  - activists\n  - {id: women, title: {en: women workers, ru: работницы}}")
        let workbook = try WrittenWorkbook.fixture(["2021/KZ.yaml": Self.kazakhstan, "catalog/indicators.yaml": catalog])
        #expect(try workbook.row(7, sheet: "Groups") == ["women workers", "KZ", "violation", "1", "0", "1"])
        #expect(try workbook.row(6, sheet: "Groups").first == "activists", "a group without a title: its id")
        #expect(try workbook.reader.cells(sheet: workbook.sheet("Findings")).values.contains("activists, women workers"),
                "the Findings sheet's groups column")
    }

    @Test func anEditionWhoseFindingsNameNoGroupSaysSo() throws {
        let workbook = try WrittenWorkbook.fixture()
        #expect(try workbook.row(6, sheet: "Groups") == ["No finding of 2021 names an affected group."])
    }
}
