import Foundation
import Testing
import IndicatorLibrary
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
        let carry = CarryForward(from: try #require(library.edition(2021)), to: 2022, in: library)
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
            "Indicators/2022/meeting.yaml:12:3: todo: the edition appeals to KZ but the situation section says nothing "
                + "of it: write its 'situation' and place it in 'narrative'",
            "Indicators/2022/KZ.yaml:10:11: todo: review finding 'kz-union-deregistered', \(review) update it and set "
                + "its status to ongoing or resolved",
            "Indicators/2022/KZ.yaml:25:11: todo: review recommendation 'kz-reregister-union', \(review) remove the "
                + "status to make it again, or record it as implemented, partially-implemented or withdrawn",
            "Indicators/2022/KZ.yaml:28:11: todo: review recommendation 'kz-free-activists', \(review) remove the "
                + "status to make it again, or record it as implemented, partially-implemented or withdrawn",
        ])
        #expect(readiness.summary == "2022: not ready: 3 carried items to review, 3 meeting fields to fill in, "
            + "no participants, no situation section, 1 appealed country without a situation, no appeals lead-in")
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
