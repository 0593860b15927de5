import Foundation
import Testing
import IndicatorLibrary
import LibraryEditing
import LibraryFixtures

/// `carry-forward`: next year's skeleton holds what is still open, each item marked for review, and
/// passes `check`, with everything the secretariat has to do in its readiness list.
@Suite struct CarryForwardTests {
    static let kazakhstan = """
        country: KZ
        situation: In **Kazakhstan**, activists remain under pressure.
        findings:
          - id: kz-union-deregistered
            kind: violation
            indicators: [foa.registration]
            summary: The authorities de-registered the "Justice" union.
            status: ongoing
            since: 2019
            groups: [activists]
            people:
              - name: Dana Hidden
                confidential: true
            sources: [{title: Final Document 2021, url: "https://example.org/2021"}]
          - id: kz-old-case-closed
            kind: progress
            indicators: [foa.registration]
            summary: 'The old case was closed: a victory.'
            status: resolved
            sources: [{title: Final Document 2021}]
        recommendations:
          - id: kz-reregister-union
            text: Re-register the union.
            findings: [kz-union-deregistered]
          - id: kz-close-old-case
            text: Close the old case.
            findings: [kz-old-case-closed]
            status: implemented
          - id: kz-free-activists
            text: Free the activists.
            findings: [kz-old-case-closed]
            status: partially-implemented
        values:
          foa.conflicts: {value: 55}
        """

    /// The library with 2021 and the 2022 carried from it, checked.
    static func carried() throws -> (check: LibraryCheck, carry: CarryForward) {
        let library = try #require(Fixture.check(["2021/KZ.yaml": kazakhstan]).library)
        let carry = try CarryForward(from: try #require(library.edition(2021)), to: 2022, in: library,
                                     texts: ["2021/KZ.yaml": kazakhstan, "2021/meeting.yaml": Fixture.meeting])
        var files: [String: String?] = ["2021/KZ.yaml": kazakhstan]
        for file in carry.files { files[file.path] = file.text }
        return (Fixture.check(files), carry)
    }

    @Test func openItemsAreCarriedWithTheirIdsAndResolvedOnesStayBehind() throws {
        let (check, carry) = try Self.carried()
        #expect(carry.files.map(\.path) == ["2022/meeting.yaml", "2022/KZ.yaml"])
        #expect(carry.findingsCarried == 1 && carry.recommendationsCarried == 2)
        let edition = try #require(check.library?.edition(2022))
        let finding = try #require(edition.findings.first)
        #expect(edition.findings.map(\.id.value) == ["kz-union-deregistered"])
        #expect(finding.status.value == .carried)
        #expect(finding.summary.value.text == "The authorities de-registered the \"Justice\" union.")
        #expect(finding.since?.value == 2019)
        #expect(finding.people.map(\.name.value) == ["Dana Hidden"] && finding.people[0].confidential.value)
        #expect(finding.sources.first?.url?.value == "https://example.org/2021")
        #expect(edition.recommendations.map(\.id.value) == ["kz-reregister-union", "kz-free-activists"])
        #expect(edition.recommendations.allSatisfy { $0.status?.value == .carried })
        #expect(edition.recommendations[1].findings.isEmpty, "a link to a finding left behind is dropped")
        #expect(edition.countries.first?.values.isEmpty == true, "values are the new year's to record")
        #expect(edition.meeting.edition.value == 6)
        #expect(edition.meeting.appeals.map(\.value) == ["KZ"])
    }

    /// A skeleton is a correct library, not a publishable edition: `check` passes, and the readiness
    /// list holds every task left, each at its line.
    @Test func theSkeletonPassesCheckAndIsNotReadyUntilEveryTaskIsDone() throws {
        let (check, _) = try Self.carried()
        #expect(check.errors.isEmpty, "\(check.errors)")
        let readiness = EditionReadiness(try #require(check.library?.edition(2022)))
        #expect(!readiness.isReady)
        let review = "carried from the previous edition:"
        #expect(readiness.items.map(\.description) == [
            "Indicators/2022/meeting.yaml:1:1: todo: list the participating countries under 'participants'",
            "Indicators/2022/meeting.yaml:1:1: todo: write the situation section: 'narrative' is empty",
            "Indicators/2022/meeting.yaml:1:1: todo: write 'appeals_intro', the sentence that leads into the appeals",
            "Indicators/2022/meeting.yaml:6:1: todo: fill in 'place': it is left for the secretariat",
            "Indicators/2022/meeting.yaml:7:1: todo: fill in 'date': it is left for the secretariat",
            "Indicators/2022/meeting.yaml:10:1: todo: fill in 'opening': it is left for the secretariat",
            "Indicators/2022/meeting.yaml:12:11: todo: the edition appeals to KZ but the situation section says nothing "
                + "of it: write its 'situation' and place it in 'narrative'",
            "Indicators/2022/KZ.yaml:11:13: todo: review finding 'kz-union-deregistered', \(review) update it and set "
                + "its status to ongoing or resolved",
            "Indicators/2022/KZ.yaml:21:13: todo: review recommendation 'kz-reregister-union', \(review) remove the "
                + "status to make it again, or record it as implemented, partially-implemented or withdrawn",
            "Indicators/2022/KZ.yaml:26:13: todo: review recommendation 'kz-free-activists', \(review) remove the "
                + "status to make it again, or record it as implemented, partially-implemented or withdrawn",
        ])
        #expect(readiness.summary == "2022: not ready: 3 carried items to review, 3 meeting fields to fill in, "
            + "no participants, no situation section, 1 appealed country without a situation, no appeals lead-in")
    }

    /// Each carried item is its text as written, the status alone set (a status line added where
    /// there was none); what is left behind goes whole, a link to it included.
    @Test func theCarriedFileIsTheSourceWithStatusesSetAndItemsLeftBehindRemoved() throws {
        let (_, carry) = try Self.carried()
        let text = try #require(carry.files.first { $0.path == "2022/KZ.yaml" }).text
        #expect(text == """
            # Carried forward from 2021 by `labour-monitor carry-forward 2021 2022`.
            # Review every item with 'status: carried' and fill in what is left empty: `labour-monitor check --todo 2022` lists them.

            country: KZ

            findings:
              - id: kz-union-deregistered
                kind: violation
                indicators: [foa.registration]
                summary: The authorities de-registered the "Justice" union.
                status: carried
                since: 2019
                groups: [activists]
                people:
                  - name: Dana Hidden
                    confidential: true
                sources: [{title: Final Document 2021, url: "https://example.org/2021"}]

            recommendations:
              - id: kz-reregister-union
                status: carried
                text: Re-register the union.
                findings: [kz-union-deregistered]
              - id: kz-free-activists
                text: Free the activists.
                status: carried

            """)
    }

    /// What editors wrote stays: comments, blank lines, block scalars, quoting, key order.
    @Test func commentsBlankLinesAndBlockScalarsAreKept() throws {
        let kazakhstan = """
            country: KZ
            # Kazakhstan's file, kept by the KZ monitor.
            situation: Under pressure.
            findings:
              # The registration case, followed since 2019.
              - id: kz-union-deregistered
                summary: >-
                  The authorities de-registered
                  the union.
                kind: violation   # upgraded from a concern in 2020
                indicators:
                  - foa.registration
                status: "ongoing"  # still open
                sources: [{title: Final Document 2021}]

              - id: kz-old-case-closed
                kind: progress
                indicators: [foa.registration]
                summary: Closed.
                status: resolved
                sources: [{title: Final Document 2021}]
            recommendations:
              - id: kz-reregister-union
                text: |
                  Re-register the union.
                findings:
                  - kz-old-case-closed
                  - kz-union-deregistered
            """
        let library = try #require(Fixture.check(["2021/KZ.yaml": kazakhstan]).library)
        let carry = try CarryForward(from: try #require(library.edition(2021)), to: 2022, in: library,
                                     texts: ["2021/KZ.yaml": kazakhstan, "2021/meeting.yaml": Fixture.meeting])
        let text = try #require(carry.files.first { $0.path == "2022/KZ.yaml" }).text
        #expect(text.hasSuffix("""
            country: KZ

            findings:
              # The registration case, followed since 2019.
              - id: kz-union-deregistered
                summary: >-
                  The authorities de-registered
                  the union.
                kind: violation   # upgraded from a concern in 2020
                indicators:
                  - foa.registration
                status: carried  # still open
                sources: [{title: Final Document 2021}]

            recommendations:
              - id: kz-reregister-union
                status: carried
                text: |
                  Re-register the union.
                findings: [kz-union-deregistered]

            """))
        var files: [String: String?] = ["2021/KZ.yaml": kazakhstan]
        for file in carry.files { files[file.path] = file.text }
        #expect(Fixture.check(files).errors.isEmpty)
    }

    /// The bundled 2021 carried to 2022: every line of each carried file, but the header and the
    /// status lines, is a line of its source in the same order.
    @Test func theBundledFilesCarryAsWritten() throws {
        let library = try #require(LibraryCheck.run(at: Fixture.bundledLibrary).library)
        let edition = try #require(library.edition(2021))
        var texts: [String: String] = [:]
        for name in ["meeting"] + edition.countries.map(\.country.value) {
            texts["2021/\(name).yaml"] = try String(contentsOfFile: "\(Fixture.bundledLibrary)/2021/\(name).yaml",
                                                    encoding: .utf8)
        }
        let carry = try CarryForward(from: edition, to: 2022, in: library, texts: texts)
        for file in carry.files where !file.path.hasSuffix("meeting.yaml") {
            let source = try #require(texts[file.path.replacingOccurrences(of: "2022/", with: "2021/")])
                .split(separator: "\n", omittingEmptySubsequences: false)
            var position = source.startIndex
            for line in file.text.split(separator: "\n", omittingEmptySubsequences: false).dropFirst(2)
            where !line.trimmingCharacters(in: .whitespaces).hasPrefix("status:") && !line.isEmpty {
                guard let found = source[position...].firstIndex(of: line) else {
                    Issue.record("\(file.path): '\(line)' is not in the source after line \(position)")
                    break
                }
                position = found + 1
            }
        }
    }

    /// The round trip: the changes from 2021 to its own carried skeleton are the carrying alone.
    @Test func comparingWithTheCarriedEditionShowsOnlyTheCarrying() throws {
        let (check, _) = try Self.carried()
        let library = try #require(check.library)
        let changes = library.changes(from: try #require(library.edition(2021)), to: try #require(library.edition(2022)))
        #expect(changes.findings.map(\.kind) == [.changed])
        #expect(changes.findings.first?.fields == [FieldChange(field: "status", old: "ongoing", new: "carried")])
        #expect(changes.recommendations.map(\.kind) == [.repeated, .repeated])
        #expect(changes.countriesEntered.isEmpty && changes.countriesLeft.isEmpty)
        #expect(changes.values.map(\.indicator) == ["foa.conflicts"], "only the value, which is not carried")
    }
}
