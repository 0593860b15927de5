import Testing
import IndicatorLibrary
import LibraryFixtures

/// "Ready to publish" (Indicators/README.md): each rule with the meeting that breaks it and the item
/// `check --todo` prints.
@Suite struct EditionReadinessTests {
    static func readiness(meeting: String = Fixture.readyMeeting, kazakhstan: String = Fixture.kazakhstan) throws
        -> EditionReadiness {
        let check = Fixture.check(["2021/meeting.yaml": meeting, "2021/KZ.yaml": kazakhstan])
        #expect(check.errors.isEmpty, "\(check.errors)")
        return EditionReadiness(try #require(check.library?.edition(2021)))
    }

    @Test func aCompleteEditionIsReady() throws {
        let readiness = try Self.readiness()
        #expect(readiness.isReady)
        #expect(readiness.summary == "2021: ready to publish")
    }

    @Test func participantsMustBeListed() throws {
        let readiness = try Self.readiness(meeting: Fixture.meeting + "\nappeals_intro: The participants appeal.")
        #expect(readiness.items.map(\.description)
            == ["Indicators/2021/meeting.yaml:1:1: todo: list the participating countries under 'participants'"])
        #expect(readiness.summary == "2021: not ready: no participants")
    }

    @Test func theAppealsNeedTheirLeadIn() throws {
        let readiness = try Self.readiness(meeting: Fixture.meeting + "\nparticipants: [KZ]")
        #expect(readiness.items.map(\.description)
            == ["Indicators/2021/meeting.yaml:1:1: todo: write 'appeals_intro', the sentence that leads into the appeals"])
    }

    @Test func everyAppealedCountryHasItsSituation() throws {
        let meeting = Fixture.readyMeeting.replacingOccurrences(of: "narrative:\n  - country: KZ\n",
                                                                with: "narrative:\n  - text: The region.\n")
        let readiness = try Self.readiness(meeting: meeting, kazakhstan: Fixture.kazakhstan.replacingOccurrences(
            of: "situation: In **Kazakhstan**, activists remain under pressure.\n", with: ""))
        #expect(readiness.items.map(\.description) == [
            "Indicators/2021/meeting.yaml:9:11: todo: the edition appeals to KZ but the situation section says "
                + "nothing of it: write its 'situation' and place it in 'narrative'",
        ])
    }

    @Test func theSituationSectionIsNotEmpty() throws {
        let meeting = Fixture.readyMeeting.replacingOccurrences(of: "narrative:\n  - country: KZ\n", with: "")
        let readiness = try Self.readiness(meeting: meeting, kazakhstan: Fixture.kazakhstan.replacingOccurrences(
            of: "situation: In **Kazakhstan**, activists remain under pressure.\n", with: ""))
        #expect(readiness.items.map(\.kind) == [.noSituation, .appealWithoutSituation])
        #expect(readiness.summary == "2021: not ready: no situation section, 1 appealed country without a situation")
    }

    @Test func aCarriedFindingOrRecommendationIsToReview() throws {
        let kazakhstan = Fixture.kazakhstan.replacingOccurrences(of: "status: ongoing", with: "status: carried")
            .replacingOccurrences(of: "findings: [kz-union-deregistered]",
                                  with: "findings: [kz-union-deregistered]\n    status: carried")
        let readiness = try Self.readiness(kazakhstan: kazakhstan)
        #expect(readiness.items.map(\.description) == [
            "Indicators/2021/KZ.yaml:8:13: todo: review finding 'kz-union-deregistered', carried from the previous "
                + "edition: update it and set its status to ongoing or resolved",
            "Indicators/2021/KZ.yaml:15:13: todo: review recommendation 'kz-reregister-union', carried from the "
                + "previous edition: remove the status to make it again, or record it as implemented, "
                + "partially-implemented or withdrawn",
        ])
        #expect(readiness.summary == "2021: not ready: 2 carried items to review")
    }
}
