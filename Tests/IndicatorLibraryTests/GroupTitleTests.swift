import Foundation
import Testing
@testable import IndicatorLibrary
import LibraryFixtures

/// catalog/indicators.yaml: a group is its id alone, or its id with the title the outputs print, in
/// each language the catalog gives it.
@Suite struct GroupTitleTests {
    static func catalog(groups: String) -> String {
        Fixture.indicators.replacingOccurrences(of: "groups: [activists, women]", with: groups)
    }

    @Test func aGroupMayCarryItsTitleInEachLanguage() throws {
        let check = Fixture.check(["catalog/indicators.yaml": Self.catalog(groups: """
            groups:
              - activists
              - {id: women, title: {en: women workers, ru: работницы}}
            """)])
        #expect(Fixture.messages(check) == [])
        let catalog = try #require(check.library?.catalog)
        #expect(catalog.groups.map(\.value) == ["activists", "women"])
        #expect(catalog.groupTitle("women")?.value.text(in: "ru") == "работницы")
        #expect(catalog.groupTitle("women")?.value.text(in: "en") == "women workers")
        #expect(catalog.groupTitle("activists") == nil, "a group given by its id alone has no title: its id is printed")
    }

    @Test func aGroupWithoutItsTitleIsRefusedAtItsLine() {
        let check = Fixture.check(["catalog/indicators.yaml": Self.catalog(groups: """
            groups:
              - activists
              - {id: women}
            """)])
        #expect(Fixture.messages(check) == [
            "Indicators/catalog/indicators.yaml:17:5: error: a group is missing the required key 'title'",
        ])
    }

    @Test func aGroupsTitleIsATextTheConfidentialityRulesRead() {
        let check = Fixture.check(["catalog/indicators.yaml": Self.catalog(groups: """
            groups:
              - activists
              - {id: women, title: colleagues of Dana Hidden}
            """), "2021/KZ.yaml": Fixture.kazakhstanWithSecrets])
        #expect(Fixture.messages(check).contains { $0.contains("the title of group 'women'") }, "\(Fixture.messages(check))")
    }
}
