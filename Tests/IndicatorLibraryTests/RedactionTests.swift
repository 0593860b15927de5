import Testing
@testable import IndicatorLibrary
import LibraryFixtures

/// What a public output receives: the library with every confidential record taken out, and nothing
/// made from them.
@Suite struct RedactionTests {
    static func library(_ files: [String: String?]) throws -> Library {
        let check = Fixture.check(files)
        #expect(check.errors.isEmpty, "\(Fixture.messages(check))")
        return try #require(check.library)
    }

    @Test func aPublicRedactionHoldsNoConfidentialFindingPersonOrReference() throws {
        let library = try Self.library(["2021/KZ.yaml": Fixture.kazakhstanWithSecrets])
        let redacted = RedactedLibrary.redact(library, for: .public)
        let edition = try redacted.edition(2021, in: "Indicators").edition
        #expect(edition.findings.map(\.id.value) == ["kz-union-deregistered"])
        #expect(edition.findings.flatMap(\.people).map(\.name.value) == ["Marat Public"])
        #expect(edition.recommendations.flatMap(\.findings).map(\.value) == ["kz-union-deregistered"])
        // What is left is the same values, not copies made up.
        #expect(edition.situationText == library.edition(2021)?.situationText)
    }

    @Test func anInternalRedactionIsTheLibraryAsLoaded() throws {
        let library = try Self.library(["2021/KZ.yaml": Fixture.kazakhstanWithSecrets])
        let edition = try RedactedLibrary.redact(library, for: .internal).edition(2021, in: "Indicators").edition
        #expect(edition.findings.map(\.id.value) == ["kz-union-deregistered", "kz-organiser-detained"])
        #expect(edition.findings.flatMap(\.people).count == 3)
    }

    /// A finding confidential in 2021 and public in 2022: its first public year is 2022, so no public
    /// output can say "since 2021" and tell that an earlier, hidden record exists.
    static let twoEditions = Fixture.secretThenPublic

    @Test func aFindingHiddenInAnEarlierEditionIsNewWhereItIsFirstPublic() throws {
        let library = try Self.library(Self.twoEditions)
        let finding = try #require(library.edition(2022)?.findings.first { $0.id.value == "kz-organiser-detained" })
        #expect(FirstAppearance(library: library).firstReported(finding) == 2021)
        let redacted = RedactedLibrary.redact(library, for: .public)
        #expect(FirstAppearance(library: redacted.library).firstReported(finding) == 2022)
    }

    @Test func aComparisonSaysNothingOfAMatterEitherEditionHides() throws {
        let library = try Self.library(Self.twoEditions)
        let redacted = RedactedLibrary.redact(library, for: .public)
        let changes = redacted.changes(from: try redacted.edition(2021, in: "Indicators"),
                                       to: try redacted.edition(2022, in: "Indicators"))
        #expect(!changes.findings.contains { $0.id == "kz-organiser-detained" })
        #expect(changes.audience == .public)
        let internalLibrary = RedactedLibrary.redact(library, for: .internal)
        let internalChanges = internalLibrary.changes(from: try internalLibrary.edition(2021, in: "Indicators"),
                                                      to: try internalLibrary.edition(2022, in: "Indicators"))
        #expect(internalChanges.findings.contains { $0.id == "kz-organiser-detained" })
        #expect(internalChanges.audience == .internal)
    }
}

private extension Edition {
    var situationText: String? { countries.first?.situation?.value.text }
}
