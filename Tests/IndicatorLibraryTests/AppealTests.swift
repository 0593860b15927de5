import Foundation
import Testing
@testable import IndicatorLibrary
import LibraryFixtures

/// How the Final Document numbers a government's appeal block.
@Suite struct AppealTests {
    static func appeal(_ country: String) -> Appeal? {
        let folder = Fixture.write(["2021/KZ.yaml": country])
        defer { try? FileManager.default.removeItem(at: folder) }
        let check = LibraryCheck.run(at: folder.path, shownAs: "Indicators")
        #expect(check.errors.isEmpty, "\(check.errors)")
        guard let library = check.library, let edition = library.edition(2021) else { return nil }
        return library.appeals(in: edition).first
    }

    static let twoRecommendations = """
        country: KZ
        situation: In **Kazakhstan**, activists remain under pressure.
        findings:
          - id: kz-union-deregistered
            kind: violation
            indicators: [foa.registration]
            summary: The authorities de-registered the union.
            status: ongoing
            sources: [{title: Final Document 2021}]
        recommendations:
          - id: kz-reregister-union
            text: Re-register the union.
            findings: [kz-union-deregistered]
          - id: kz-amend-law
            text: Amend the law.
            findings: [kz-union-deregistered]
        """

    @Test func twoOrMoreAreNumberedInFileOrder() {
        let appeal = Self.appeal(Self.twoRecommendations)
        #expect(appeal?.items.map(\.number) == [1, 2])
        #expect(appeal?.items.map(\.recommendation.id.value) == ["kz-reregister-union", "kz-amend-law"])
        #expect(appeal?.addressee.text == "the President and the Government of the Republic of Kazakhstan")
    }

    @Test func aSingleOneIsNotNumbered() {
        #expect(Self.appeal(Fixture.kazakhstan)?.items.map(\.number) == [nil])
    }

    @Test func numberedTrueNumbersASingleOne() {
        let file = Fixture.kazakhstan.replacingOccurrences(of: "recommendations:", with: "numbered: true\nrecommendations:")
        #expect(Self.appeal(file)?.items.map(\.number) == [1])
    }

    @Test func implementedAndWithdrawnAreHistoryNotDemands() {
        let file = Self.twoRecommendations.replacingOccurrences(
            of: "text: Re-register the union.", with: "text: Re-register the union.\n    status: implemented")
        let appeal = Self.appeal(file)
        #expect(appeal?.items.map(\.recommendation.id.value) == ["kz-amend-law"])
        #expect(appeal?.items.map(\.number) == [nil])
    }

    @Test func theBundled2021AppealsAreNumberedAsPublished() throws {
        let check = LibraryCheck.run(at: Fixture.bundledLibrary, shownAs: "Indicators")
        let library = try #require(check.library)
        let edition = try #require(library.edition(2021))
        let numbers = library.appeals(in: edition).map { ($0.country, $0.items.map(\.number)) }
        #expect(numbers.map(\.0) == ["KZ", "KG", "TJ", "TM", "UZ"])
        #expect(numbers.map(\.1) == [[1, 2, 3, 4, 5, 6, 7], [1], [1, 2, 3], [nil], [1, 2, 3, 4]])
    }
}
