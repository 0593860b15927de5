import Foundation
import Testing
@testable import IndicatorLibrary
import LibraryFixtures

/// One failing fixture per checker rule: the message a monitor sees, at the line and column to fix.
@Suite struct CheckerRuleTests {
    @Test func unknownIndicatorSuggestsTheClosestOne() {
        let check = Fixture.check(["2021/KZ.yaml": """
            country: KZ
            situation: In **Kazakhstan**, activists remain under pressure.
            findings:
              - id: kz-union-deregistered
                kind: violation
                indicators:
                  - foa.registraton
                summary: The authorities de-registered the union.
                status: ongoing
                sources: [{title: Final Document 2021}]
            recommendations:
              - id: kz-reregister-union
                text: Re-register the union.
                findings: [kz-union-deregistered]
            """])
        #expect(Fixture.messages(check) == [
            "Indicators/2021/KZ.yaml:7:9: error: unknown indicator 'foa.registraton' (did you mean 'foa.registration'?)",
        ])
    }

    @Test func unknownKeyIsNotIgnored() {
        let check = Fixture.check(["2021/KZ.yaml": """
            country: KZ
            situation: In **Kazakhstan**, activists remain under pressure.
            findings:
              - id: kz-union-deregistered
                kind: violation
                indicators: [foa.registration]
                sumary: The authorities de-registered the union.
                status: ongoing
                sources: [{title: Final Document 2021}]
            """])
        #expect(Fixture.messages(check).contains(
            "Indicators/2021/KZ.yaml:7:5: error: unknown key 'sumary' in a finding (did you mean 'summary'?); "
            + "expected one of: id, kind, indicators, summary, status, since, groups, people, sources, confidential"))
        #expect(Fixture.messages(check).contains(
            "Indicators/2021/KZ.yaml:4:5: error: a finding is missing the required key 'summary'"))
    }

    @Test func wrongTypeSaysWhatWasExpected() {
        let check = Fixture.check(["2021/meeting.yaml": Fixture.meeting.replacingOccurrences(
            of: "edition: 5", with: "edition: fifth")])
        #expect(Fixture.messages(check) == [
            "Indicators/2021/meeting.yaml:1:10: error: edition must be a whole number, found the value 'fifth'",
        ])
    }

    @Test func listWhereOneValueIsExpected() {
        let check = Fixture.check(["2021/KZ.yaml": Fixture.kazakhstan.replacingOccurrences(
            of: "kind: violation", with: "kind: [violation]")])
        #expect(Fixture.messages(check) == [
            "Indicators/2021/KZ.yaml:5:11: error: kind must be a single value, found a list",
        ])
    }

    @Test func misspelledEnumerationValue() {
        let check = Fixture.check(["2021/KZ.yaml": Fixture.kazakhstan.replacingOccurrences(
            of: "kind: violation", with: "kind: violaton")])
        #expect(Fixture.messages(check) == [
            "Indicators/2021/KZ.yaml:5:11: error: kind 'violaton' is not one of: violation, progress, concern "
            + "(did you mean 'violation'?)",
        ])
    }

    @Test func missingRequiredKey() {
        let check = Fixture.check(["2021/meeting.yaml": Fixture.meeting.replacingOccurrences(
            of: "place: Bishkek\n", with: "")])
        #expect(Fixture.messages(check) == [
            "Indicators/2021/meeting.yaml:1:1: error: the meeting is missing the required key 'place'",
        ])
    }

    @Test func duplicateFindingIdPointsAtBoth() {
        let check = Fixture.check(["2021/KZ.yaml": """
            country: KZ
            situation: In **Kazakhstan**, activists remain under pressure.
            findings:
              - id: kz-union-deregistered
                kind: violation
                indicators: [foa.registration]
                summary: The authorities de-registered the union.
                status: ongoing
                sources: [{title: Final Document 2021}]
              - id: kz-union-deregistered
                kind: concern
                indicators: [foa.registration]
                summary: Another matter under the same id.
                status: ongoing
                sources: [{title: Final Document 2021}]
            recommendations:
              - id: kz-reregister-union
                text: Re-register the union.
                findings: [kz-union-deregistered]
            """])
        #expect(Fixture.messages(check) == [
            "Indicators/2021/KZ.yaml:10:9: error: duplicate finding id 'kz-union-deregistered' in the 2021 edition\n"
            + "Indicators/2021/KZ.yaml:4:9: note: first defined here",
        ])
    }

    @Test func duplicateFindingIdAcrossFilesOfOneEdition() {
        let check = Fixture.check(["2021/meeting.yaml": Fixture.meeting + """

            findings:
              - id: kz-union-deregistered
                kind: concern
                indicators: [foa.registration]
                summary: A regional finding reusing a country's id.
                status: ongoing
                sources: [{title: Final Document 2021}]
            """])
        #expect(Fixture.messages(check).contains(
            "Indicators/2021/KZ.yaml:4:9: error: duplicate finding id 'kz-union-deregistered' in the 2021 edition\n"
            + "Indicators/2021/meeting.yaml:11:9: note: first defined here"))
    }

    @Test func recommendationAnsweringAFindingThatDoesNotExist() {
        let check = Fixture.check(["2021/KZ.yaml": Fixture.kazakhstan.replacingOccurrences(
            of: "findings: [kz-union-deregistered]", with: "findings: [kz-union-deregisterd]")])
        #expect(Fixture.messages(check) == [
            "Indicators/2021/KZ.yaml:14:16: error: recommendation 'kz-reregister-union' answers finding "
            + "'kz-union-deregisterd', which the 2021 edition does not hold (did you mean 'kz-union-deregistered'?)",
        ])
    }

    @Test func impossibleDate() {
        let check = Fixture.check(["2021/meeting.yaml": Fixture.meeting.replacingOccurrences(
            of: "date: 2021-12-07", with: "date: 2021-02-30")])
        #expect(Fixture.messages(check) == [
            "Indicators/2021/meeting.yaml:5:7: error: date '2021-02-30' is not a date that exists",
        ])
    }

    @Test func dateNotInISOFormat() {
        let check = Fixture.check(["2021/meeting.yaml": Fixture.meeting.replacingOccurrences(
            of: "date: 2021-12-07", with: "date: 7 December 2021")])
        #expect(Fixture.messages(check) == [
            "Indicators/2021/meeting.yaml:5:7: error: date must be an ISO 8601 date (YYYY-MM-DD), found '7 December 2021'",
        ])
    }

    @Test func meetingDateMustFallInTheFolderYear() {
        let check = Fixture.check(["2021/meeting.yaml": Fixture.meeting.replacingOccurrences(
            of: "date: 2021-12-07", with: "date: 2022-12-07")])
        #expect(Fixture.messages(check) == [
            "Indicators/2021/meeting.yaml:5:7: error: the meeting is dated 2022-12-07 but sits in the 2021 folder; "
            + "the folder is named by the meeting's year",
        ])
    }

    @Test func sinceAfterTheEditionYear() {
        let check = Fixture.check(["2021/KZ.yaml": Fixture.kazakhstan.replacingOccurrences(
            of: "status: ongoing", with: "status: ongoing\n    since: 2023")])
        #expect(Fixture.messages(check) == [
            "Indicators/2021/KZ.yaml:9:12: error: since 2023 is after this edition's year (2021)",
        ])
    }

    @Test func writtenSinceMayOnlyBeEarlierThanTheFirstEdition() {
        var files: [String: String?] = [:]
        files["2019/meeting.yaml"] = Fixture.meeting
            .replacingOccurrences(of: "edition: 5", with: "edition: 3")
            .replacingOccurrences(of: "2021-12-07", with: "2019-11-14")
        files["2019/KZ.yaml"] = Fixture.kazakhstan
        files["2021/KZ.yaml"] = Fixture.kazakhstan.replacingOccurrences(
            of: "status: ongoing", with: "status: ongoing\n    since: 2020")
        let check = Fixture.check(files)
        #expect(Fixture.messages(check) == [
            "Indicators/2021/KZ.yaml:9:12: error: since 2020 is later than 2019, the first edition that holds this id; "
            + "a written 'since' may only be earlier",
        ])
    }

    /// An id names one matter over the years: the same id under another country is a new matter
    /// given an old id, pointed at where the id was first used.
    @Test func anIdFirstUsedForAnotherCountryIsFlagged() {
        var files: [String: String?] = [:]
        files["2019/meeting.yaml"] = Fixture.meeting
            .replacingOccurrences(of: "edition: 5", with: "edition: 3")
            .replacingOccurrences(of: "2021-12-07", with: "2019-11-14")
        files["2019/KZ.yaml"] = Fixture.kazakhstan
        files["2021/KZ.yaml"] = Fixture.kazakhstan.replacingOccurrences(of: "kz-union-deregistered", with: "kz-union-closed")
        files["2021/KG.yaml"] = """
            country: KG
            situation: In Kyrgyzstan, a union was de-registered.
            findings:
              - id: kz-union-deregistered
                kind: violation
                summary: The authorities de-registered a Kyrgyz union.
                status: ongoing
                sources:
                  - title: Final Document 2021
            """
        let check = Fixture.check(files)
        #expect(Fixture.messages(check).filter { $0.contains("first used") } == [
            "Indicators/2021/KG.yaml:4:9: warning: finding id 'kz-union-deregistered' was first used for KZ; an id "
            + "names one matter over the years, so a new matter needs a new id\n"
            + "Indicators/2019/KZ.yaml:4:9: note: first used here",
        ])
    }

    @Test func unknownCountryInParticipants() {
        let check = Fixture.check(["2021/meeting.yaml": Fixture.meeting + "\nparticipants: [KZ, KS]"])
        #expect(Fixture.messages(check) == [
            "Indicators/2021/meeting.yaml:10:20: error: unknown country 'KS' in participants (did you mean 'KG'?); "
            + "add it to catalog/countries.yaml first",
        ])
    }

    @Test func countryCodeThatWouldMakeAPath() {
        let check = Fixture.check(["2021/meeting.yaml": Fixture.meeting.replacingOccurrences(
            of: "appeals: [KZ]", with: "appeals: [KZ, ../x]")])
        #expect(Fixture.messages(check) == [
            "Indicators/2021/meeting.yaml:9:15: error: appeal '../x' must be an ISO 3166-1 alpha-2 code: "
            + "two upper-case letters such as KZ",
        ])
    }

    @Test func countryFileNameAndCountryMustAgree() {
        let check = Fixture.check(["2021/KZ.yaml": Fixture.kazakhstan.replacingOccurrences(
            of: "country: KZ", with: "country: KG")])
        #expect(Fixture.messages(check).first ==
            "Indicators/2021/KZ.yaml:1:10: error: this file is KZ.yaml but says country 'KG'; the file name and "
            + "'country:' must agree")
    }

    @Test func misnamedCountryFile() {
        let check = Fixture.check(["2021/kz.yaml": Fixture.kazakhstan])
        #expect(Fixture.messages(check) == [
            "Indicators/2021/kz.yaml: error: country files are named by the upper-case code: KZ.yaml, not kz.yaml",
        ])
    }

    @Test func narrativeNamesACountryWithoutAFile() {
        let check = Fixture.check(["2021/meeting.yaml": Fixture.meeting.replacingOccurrences(
            of: "  - country: KZ", with: "  - country: KZ\n  - country: KG")])
        #expect(Fixture.messages(check) == [
            "Indicators/2021/meeting.yaml:9:14: error: the narrative names KG, but Indicators/2021/KG.yaml does not exist",
        ])
    }

    @Test func appealWithoutAddressee() {
        let check = Fixture.check([
            "2021/meeting.yaml": Fixture.meeting.replacingOccurrences(of: "appeals: [KZ]", with: "appeals: [KZ, KG]"),
            "2021/KG.yaml": """
                country: KG
                recommendations:
                  - id: kg-settle-conflict
                    text: Create conditions for a settlement of the conflict.
                    findings: [kz-union-deregistered]
                """,
        ])
        #expect(Fixture.messages(check) == [
            "Indicators/2021/meeting.yaml:9:15: error: the appeal to KG has no addressee: give 'addressee' in "
            + "catalog/countries.yaml or in Indicators/2021/KG.yaml",
        ])
    }

    @Test func recommendationsOfACountryNotAppealedTo() {
        let check = Fixture.check(["2021/meeting.yaml": Fixture.meeting.replacingOccurrences(
            of: "appeals: [KZ]", with: "appeals: []")])
        #expect(Fixture.messages(check) == [
            "Indicators/2021/KZ.yaml:1:10: error: KZ has recommendations but is not in the meeting's 'appeals', so "
            + "they would not be printed; add it there",
        ])
    }

    @Test func recommendationStatusThatTheLibraryDerives() {
        let check = Fixture.check(["2021/KZ.yaml": Fixture.kazakhstan + "\n    status: repeated"])
        #expect(Fixture.messages(check) == [
            "Indicators/2021/KZ.yaml:15:13: error: status 'repeated' is derived from the earlier editions; write a "
            + "status only for what the library cannot know: partially-implemented, implemented, withdrawn",
        ])
    }

    @Test func unknownGroup() {
        let check = Fixture.check(["2021/KZ.yaml": Fixture.kazakhstan.replacingOccurrences(
            of: "status: ongoing", with: "status: ongoing\n    groups: [activist]")])
        #expect(Fixture.messages(check) == [
            "Indicators/2021/KZ.yaml:9:14: error: unknown group 'activist' (did you mean 'activists'?); "
            + "groups are listed in catalog/indicators.yaml",
        ])
    }

    @Test func findingCodedAgainstAQuantitativeIndicator() {
        let check = Fixture.check(["2021/KZ.yaml": Fixture.kazakhstan.replacingOccurrences(
            of: "indicators: [foa.registration]", with: "indicators: [foa.conflicts]")])
        #expect(Fixture.messages(check) == [
            "Indicators/2021/KZ.yaml:6:18: error: 'foa.conflicts' is a count indicator; findings are coded against "
            + "qualitative ones (record its number under 'values')",
        ])
    }

    @Test func valueMustSuitTheIndicatorKind() {
        let check = Fixture.check(["2021/KZ.yaml": Fixture.kazakhstan + """

            values:
              foa.conflicts: {value: 5.5, source: FPRK union monitoring}
              foa.registration: {value: 3}
            """])
        #expect(Fixture.messages(check) == [
            "Indicators/2021/KZ.yaml:16:26: error: 'foa.conflicts' counts conflicts: its value must be a whole number "
            + "of 0 or more",
            "Indicators/2021/KZ.yaml:17:3: error: 'foa.registration' is qualitative: code findings against it instead "
            + "of giving a value",
        ])
    }

    @Test func textMapNeedsTheDefaultLanguage() {
        let check = Fixture.check(["catalog/countries.yaml": Fixture.countries.replacingOccurrences(
            of: "name: Kyrgyzstan", with: "name: {ru: Кыргызстан}")])
        #expect(Fixture.messages(check) == [
            "Indicators/catalog/countries.yaml:5:9: error: name has no 'en' text; English is the default language "
            + "and every text needs it",
        ])
    }

    @Test func catalogDuplicates() {
        let check = Fixture.check(["catalog/countries.yaml": Fixture.countries + "\n- code: KZ\n  name: Kazakhstan"])
        #expect(Fixture.messages(check) == [
            "Indicators/catalog/countries.yaml:6:9: error: duplicate country code 'KZ'\n"
            + "Indicators/catalog/countries.yaml:1:9: note: first defined here",
        ])
    }

    @Test func indicatorOfAnUnknownTheme() {
        let check = Fixture.check(["catalog/indicators.yaml": Fixture.indicators.replacingOccurrences(
            of: "theme: foa\n    title: Registration", with: "theme: fao\n    title: Registration")])
        #expect(Fixture.messages(check) == [
            "Indicators/catalog/indicators.yaml:6:12: error: unknown theme 'fao' (did you mean 'foa'?)",
        ])
    }

    @Test func quantitativeIndicatorNeedsADirection() {
        let check = Fixture.check(["catalog/indicators.yaml": Fixture.indicators.replacingOccurrences(
            of: "    better: lower\n", with: "")])
        #expect(Fixture.messages(check) == [
            "Indicators/catalog/indicators.yaml:9:5: error: a count indicator needs 'better' (lower, higher or none) "
            + "so that a change can be read",
        ])
    }

    @Test func fundamentalSinceOnlyForInstrumentsThatBecameFundamental() {
        let check = Fixture.check(["catalog/instruments.yaml": Fixture.instruments.replacingOccurrences(
            of: "category: fundamental", with: "category: fundamental\n  fundamental_since: 2022-06-10")])
        #expect(Fixture.messages(check) == [
            "Indicators/catalog/instruments.yaml:6:22: error: 'fundamental_since' is for instruments that became "
            + "fundamental later; C087 is already in the fundamental category",
        ])
    }
}
