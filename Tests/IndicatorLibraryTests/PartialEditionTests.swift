import Testing
import IndicatorLibrary
import LibraryFixtures

/// An edition known only in part says so, and says what is missing: the outputs show the note, and a
/// comparison does not read what is missing as a change in the world.
@Suite struct PartialEditionTests {
    static func meeting(_ extra: String) -> String {
        Fixture.meeting + "\n" + extra
    }

    @Test func aPartialEditionWithItsNoteIsClean() throws {
        let check = Fixture.check(["2021/meeting.yaml": Self.meeting("""
            partial: true
            partial_note: Only the opening is known.
            """)])
        #expect(Fixture.messages(check) == [])
        let meeting = try #require(check.library?.edition(2021)?.meeting)
        #expect(meeting.partial.value)
        #expect(meeting.partialNote?.value.text == "Only the opening is known.")
        #expect(LibrarySummary(try #require(check.library)).editions.first?.title.hasSuffix("2021-12-07 (partial edition)") == true)
    }

    @Test func aPartialEditionWithoutANoteIsWarned() {
        let check = Fixture.check(["2021/meeting.yaml": Self.meeting("partial: true")])
        #expect(Fixture.messages(check) == [
            "Indicators/2021/meeting.yaml:10:10: warning: the edition is marked partial: say in 'partial_note' what "
                + "is known and what is missing, so the outputs can tell their readers",
        ])
    }

    @Test func aNoteWithoutPartialIsAnError() {
        let check = Fixture.check(["2021/meeting.yaml": Self.meeting("partial_note: Only the opening is known.")])
        #expect(Fixture.messages(check) == [
            "Indicators/2021/meeting.yaml:10:15: error: 'partial_note' describes a partial edition, but 'partial' is "
                + "not true; write 'partial: true' or remove the note",
        ])
    }
}
