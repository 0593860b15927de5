import Foundation
import ChangesReport
import IndicatorLibrary
import LibraryFixtures

/// Two hand-made editions, 2021 and 2022, that differ in every way a comparison reports.
enum EditionPair {
    static let kazakhstan2021 = """
        country: KZ
        situation: In **Kazakhstan**, activists remain under pressure.
        findings:
          - id: kz-law-unamended
            kind: violation
            indicators: [foa.registration]
            summary: The Law on Trade Unions has not been amended.
            status: ongoing
            sources: [{title: Final Document 2021}]
          - id: kz-union-deregistered
            kind: violation
            indicators: [foa.registration]
            summary: The authorities de-registered the union.
            status: ongoing
            sources: [{title: Final Document 2021}]
          - id: kz-strike-banned
            kind: violation
            indicators: [foa.registration]
            summary: The oil workers' strike was banned.
            status: ongoing
            sources: [{title: Final Document 2021}]
          - id: kz-pressure
            kind: concern
            indicators: [foa.registration]
            summary: Activists remain under considerable pressure.
            status: ongoing
            sources: [{title: Final Document 2021}]
          - id: kz-old-case-closed
            kind: progress
            indicators: [foa.registration]
            summary: The old case was closed.
            status: resolved
            sources: [{title: Final Document 2021}]
        recommendations:
          - id: kz-amend-law
            text: Amend the Law on Trade Unions.
          - id: kz-reregister-union
            text: Re-register the union.
          - id: kz-lift-strike-ban
            text: Lift the ban on the strike.
          - id: kz-free-activists
            text: Free the activists.
        values:
          foa.conflicts: {value: 55, source: union monitoring}
        """

    static let kazakhstan2022 = """
        country: KZ
        situation: In **Kazakhstan**, activists remain under pressure.
        findings:
          - id: kz-law-unamended
            kind: violation
            indicators: [foa.registration]
            summary: The Law on Trade Unions has not been amended.
            status: ongoing
            sources: [{title: Final Document 2022}]
          - id: kz-union-deregistered
            kind: violation
            indicators: [foa.registration]
            summary: The authorities re-registered the union.
            status: resolved
            sources: [{title: Final Document 2022}]
          - id: kz-pressure
            kind: violation
            indicators: [foa.registration, foa.interference]
            summary: Activists remain under heavy pressure.
            status: ongoing
            sources: [{title: Final Document 2022}]
          - id: kz-new-arrests
            kind: violation
            indicators: [foa.registration]
            summary: Two union leaders were arrested.
            status: ongoing
            sources: [{title: Final Document 2022}]
        recommendations:
          - id: kz-amend-law
            text: Amend the Law on Trade Unions.
          - id: kz-reregister-union
            text: Re-register the union.
            status: implemented
          - id: kz-free-activists
            text: Free the activists without delay.
          - id: kz-release-leaders
            text: Release the arrested union leaders.
        values:
          foa.conflicts: {value: 40, source: union monitoring}
        """

    static let kyrgyzstan2022 = """
        country: KG
        findings:
          - id: kg-law-vetoed
            kind: progress
            indicators: [foa.registration]
            summary: The President vetoed the trade union law.
            status: ongoing
            sources: [{title: Final Document 2022}]
        """

    static let ratifications = """
        - country: KZ
          instrument: C087
          status: ratified
          date: 2022
          source: https://example.org/normlex/kz-c087
        - country: KG
          instrument: C087
          status: ratified
          as_of: 2022
          source: https://example.org/normlex/kg-c087
        - country: KZ
          instrument: C155
          status: ratified
          date: 1996
          source: https://example.org/normlex/kz-c155
        - country: KZ
          instrument: C155
          status: denounced
          date: 2022-03-01
          source: https://example.org/normlex/kz-c155-denounced
        """

    static var files: [String: String?] {
        [
            "catalog/indicators.yaml": Fixture.indicators.replacingOccurrences(of: "groups:", with: """
                  - id: foa.interference
                    theme: foa
                    title: Interference in unions' internal affairs
                    kind: qualitative
                groups:
                """),
            "ratifications.yaml": ratifications,
            "2021/KZ.yaml": kazakhstan2021,
            "2022/meeting.yaml": Fixture.meeting.replacingOccurrences(of: "edition: 5", with: "edition: 6")
                .replacingOccurrences(of: "2021-12-07", with: "2022-11-10"),
            "2022/KZ.yaml": kazakhstan2022,
            "2022/KG.yaml": kyrgyzstan2022,
        ]
    }

    /// The checked library, or the diagnostics that stop it.
    static func library(_ replacing: [String: String?] = [:]) throws -> Library {
        let check = Fixture.check(files.merging(replacing) { $1 })
        guard let library = check.library, check.passes() else {
            throw LibraryFailure(check: check)
        }
        return library
    }

    /// The changes as `diff` shows them to `audience` (public unless said).
    static func changes(from: Int = 2021, to: Int = 2022, _ replacing: [String: String?] = [:],
                        audience: Audience = .public) throws -> (RedactedChanges, Library) {
        let library = try library(replacing)
        return (try changes(from: from, to: to, in: library, audience: audience), library)
    }

    /// The changes of a checked library as `diff` shows them to `audience`.
    static func changes(from: Int, to: Int, in library: Library, audience: Audience = .public) throws -> RedactedChanges {
        let redacted = RedactedLibrary.redact(library, for: audience)
        return redacted.changes(from: try redacted.edition(from, in: "Indicators"), to: try redacted.edition(to, in: "Indicators"))
    }
}

/// A fixture that does not pass `check`.
struct LibraryFailure: Error, CustomStringConvertible {
    let check: LibraryCheck
    var description: String { check.failureReport("nothing was compared") }
}
