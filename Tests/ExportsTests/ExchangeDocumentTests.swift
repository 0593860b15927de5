import Foundation
import IndicatorLibrary
import LibraryFixtures
import Testing
@testable import Exports

/// The exchange file of one edition: its objects with the library files' keys, redacted for its
/// audience, with the catalog entries and ratification facts it uses.
@Suite struct ExchangeDocumentTests {
    private func exported(_ files: [String: String?], for audience: Audience = .public,
                          organisation: String? = "KZ Monitors") throws -> String {
        let library = try #require(Fixture.check(Fixture.ready(files)).library)
        let edition = try #require(RedactedLibrary.redact(library, for: audience).edition(2021))
        return String(decoding: ExchangeDocument.render(edition, organisation: organisation), as: UTF8.self)
    }

    @Test func aFindingIsWrittenWithTheCountryFilesKeys() throws {
        let text = try exported([:])
        #expect(text.hasPrefix("""
            {
              "format": "labour-monitor-exchange",
              "version": 1,
              "audience": "public",
              "organisation": "KZ Monitors",
              "year": 2021,
            """))
        #expect(text.contains("""
                  "findings": [
                    {
                      "id": "kz-union-deregistered",
                      "kind": "violation",
                      "indicators": ["foa.registration"],
                      "summary": "The authorities de-registered the union.",
                      "status": "ongoing",
                      "sources": [
                        {
                          "title": "Final Document 2021"
                        }
                      ]
                    }
                  ],
                  "recommendations": [
                    {
                      "id": "kz-reregister-union",
                      "text": "Re-register the union.",
                      "findings": ["kz-union-deregistered"]
                    }
                  ]
            """))
        #expect(text.contains("""
              "ratifications": [
                {
                  "country": "KZ",
                  "instrument": "C087",
                  "status": "ratified",
                  "date": "2000",
                  "source": "https://example.org/normlex/kz-c087"
                }
              ]
            """))
    }

    /// Only the catalog entries the edition uses: Kyrgyzstan, in the catalog but not in the edition, is not sent.
    @Test func theCatalogEntriesUsedGoAlong() throws {
        let root = try JSONReader.read(Array(try exported([:]).utf8))
        #expect(root["catalog"]?["countries"]?.items?.compactMap { $0["code"]?.string } == ["KZ"])
        #expect(root["catalog"]?["indicators"]?.items?.compactMap { $0["id"]?.string } == ["foa.registration"])
        #expect(root["catalog"]?["instruments"]?.items?.compactMap { $0["code"]?.string } == ["C087"])
    }

    @Test func aPublicFileHoldsNothingConfidential() throws {
        let text = try exported(["2021/KZ.yaml": Fixture.kazakhstanWithSecrets])
        for secret in Fixture.secrets { #expect(!text.contains(secret), "\(secret)") }
        #expect(text.contains("Marat Public"))
    }

    @Test func anInternalFileSaysSoAndHoldsEverything() throws {
        let text = try exported(["2021/KZ.yaml": Fixture.kazakhstanWithSecrets], for: .internal)
        #expect(text.contains(#""audience": "internal""#))
        for secret in Fixture.secrets { #expect(text.contains(secret), "\(secret)") }
        #expect(text.contains(#""confidential": true"#))
    }

    @Test func noOrganisationIsNull() throws {
        #expect(try exported([:], organisation: nil).contains(#""organisation": null,"#))
    }
}
