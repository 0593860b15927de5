import Foundation
import Testing
import ChangesReport
import IndicatorLibrary
import LibraryFixtures

/// The comparison of two hand-made editions in every category, as the terminal shows it.
@Suite struct DiffTextTests {
    @Test func everyKindOfChangeIsToldInTheText() throws {
        let (changes, _) = try EditionPair.changes()
        #expect(ChangesRenderer.render(changes, as: .text) == """
            Changes from 2021 to 2022

            2021 → 2022: findings: 1 resolved, 2 new, 1 changed, 1 no longer reported, 1 continuing; recommendations: 1 implemented, 1 no longer made, 1 new, 1 revised, 1 repeated; ratifications: 1 ratified, 1 denounced; KZ Labour conflicts recorded 55 → 40 (better)

            Countries
              Entered the monitoring (1)
                + KG Kyrgyzstan: a country file in 2022, none in 2021

            Findings
              New (2)
                + KG kg-law-vetoed (progress): The President vetoed the trade union law.
                + KZ kz-new-arrests (violation): Two union leaders were arrested.
              Changed (1)
                ~ KZ kz-pressure
                    kind: [-concern-] → {+violation+}
                    indicators: [-foa.registration-] → {+foa.registration, foa.interference+}
                    summary: Activists remain under [-considerable-] {+heavy+} pressure.
              Resolved (recorded as resolved in 2022) (1)
                ~ KZ kz-union-deregistered (violation): The authorities re-registered the union.
                    status: [-ongoing-] → {+resolved+}
                    summary: The authorities [-de-registered-] {+re-registered+} the union.
              No longer reported (ongoing in 2021, absent from 2022; not recorded as resolved) (1)
                - KZ kz-strike-banned (violation): The oil workers' strike was banned.
              Continuing unchanged (1)
                = KZ kz-law-unamended

            Affected groups
              No affected group is newly named.

            Recommendations
              New (1)
                + KZ kz-release-leaders: Release the arrested union leaders.
              Revised (1)
                ~ KZ kz-free-activists (made in 2 editions; No. 4 → 2)
                    text: Free the [-activists.-] {+activists without delay.+}
              No longer made (2)
                - KZ kz-reregister-union: recorded as implemented in 2022 (made once)
                - KZ kz-lift-strike-ban: not in 2022 (made once)
              Repeated unchanged (1)
                = KZ kz-amend-law (made in 2 editions)

            Ratifications (status in 2021 and in 2022)
              Ratified (1)
                ~ KZ C087: [-not ratified-] → {+ratified 2022+}
                    source: https://example.org/normlex/kz-c087
              Denounced (1)
                ~ KZ C155: [-ratified-] → {+denounced 2022-03-01+}
                    source: https://example.org/normlex/kz-c155-denounced
              New information (unknown in 2021, known in 2022; not a change in the world) (1)
                = KG C087: [-unknown-] → {+ratified+}
                    source: https://example.org/normlex/kg-c087

            Quantitative indicators
                ~ KZ foa.conflicts: 55 → 40 (-15), better

            5 finding(s), 4 recommendation(s), 3 ratification(s), 1 value(s) and 1 country(ies) changed

            """)
    }

    @Test func theReverseComparisonSeesACountryLeave() throws {
        let (changes, _) = try EditionPair.changes(from: 2022, to: 2021)
        #expect(changes.countriesLeft == ["KG"])
        #expect(changes.countriesEntered == [])
        #expect(changes.findings.first { $0.id == "kg-law-vetoed" }?.kind == .noLongerReported)
    }

    @Test func identicalEditionsHaveNoChanges() throws {
        let (changes, _) = try EditionPair.changes(["2022/KZ.yaml": EditionPair.kazakhstan2021, "2022/KG.yaml": nil,
                                                          "ratifications.yaml": Fixture.ratifications])
        #expect(changes.isEmpty)
        #expect(ChangesRenderer.render(changes, as: .text).hasSuffix(
            "0 finding(s), 0 recommendation(s), 0 ratification(s), 0 value(s) and 0 country(ies) changed\n"))
    }

    /// A partial edition lacks what it does not know: that is said, not read as a resolution.
    @Test func whatAPartialEditionLacksIsUnknownNotGone() throws {
        let meeting = Fixture.meeting.replacingOccurrences(of: "edition: 5", with: "edition: 6")
            .replacingOccurrences(of: "2021-12-07", with: "2022-11-10")
            + "\npartial: true\npartial_note: Only the opening is known.\n"
        let (changes, _) = try EditionPair.changes(["2022/meeting.yaml": meeting])
        #expect(changes.findings.first { $0.id == "kz-strike-banned" }?.kind == .unknownInPartial)
        #expect(changes.recommendations.first { $0.id == "kz-lift-strike-ban" }?.kind == .unknownInPartial)
        let text = ChangesRenderer.render(changes, as: .text)
        #expect(text.contains("note: The 2022 edition is partial: Only the opening is known. What it lacks is listed "
            + "as unknown, not as resolved or dropped."))
        #expect(text.contains("  Unknown in 2022 (the edition is partial) (1)\n    - KZ kz-strike-banned"))
    }

    @Test func colourIsAddedOnlyWhenAsked() throws {
        let (changes, _) = try EditionPair.changes()
        #expect(!ChangesRenderer.render(changes, as: .text).contains("\u{1B}["))
        let coloured = ChangesRenderer.render(changes, as: .text, color: true)
        #expect(coloured.contains("\u{1B}[31m[-concern-]\u{1B}[0m"))
        #expect(coloured.contains("\u{1B}[32m{+violation+}\u{1B}[0m"))
    }

    @Test func oneCountryOnly() throws {
        let (changes, _) = try EditionPair.changes()
        let kyrgyzstan = changes.only(country: "KG")
        #expect(kyrgyzstan.findings.map(\.id) == ["kg-law-vetoed"])
        #expect(kyrgyzstan.recommendations.isEmpty)
        #expect(kyrgyzstan.ratifications.map(\.instrument) == ["C087"])
        #expect(kyrgyzstan.countriesEntered == ["KG"])
    }

    @Test func aPublicComparisonLeavesConfidentialFindingsOut() throws {
        let secret = EditionPair.kazakhstan2022.replacingOccurrences(
            of: "summary: Two union leaders were arrested.\n    status: ongoing",
            with: "summary: Two union leaders were arrested.\n    status: ongoing\n    confidential: true")
        let (internalChanges, _) = try EditionPair.changes(["2022/KZ.yaml": secret], audience: .internal)
        let (publicChanges, _) = try EditionPair.changes(["2022/KZ.yaml": secret], audience: .public)
        #expect(!publicChanges.findings.contains { $0.id == "kz-new-arrests" })
        #expect(internalChanges.findings.contains { $0.id == "kz-new-arrests" })
        #expect(!ChangesRenderer.render(publicChanges, as: .text).contains("INTERNAL"))
    }

    /// Changes that include confidential findings say so first and last, in every format.
    @Test func anInternalComparisonSaysSo() throws {
        let (changes, _) = try EditionPair.changes(audience: .internal)
        let text = ChangesRenderer.render(changes, as: .text).split(separator: "\n")
        #expect(text.dropFirst(1).first == "INTERNAL — NOT FOR PUBLICATION")
        #expect(text.last == "INTERNAL — NOT FOR PUBLICATION")
        let markdown = ChangesRenderer.render(changes, as: .markdown).split(separator: "\n")
        #expect(markdown.dropFirst(1).first == "**INTERNAL — NOT FOR PUBLICATION**")
        #expect(markdown.last == "**INTERNAL — NOT FOR PUBLICATION**")
        #expect(ChangesRenderer.render(changes, as: .json).contains(#""audience" : "internal""#))
    }

    @Test(arguments: [
        ("Free the activists.", "Free the activists without delay.",
         [WordDiff.Piece.same("Free the"), .removed("activists."), .added("activists without delay.")]),
        ("a b c", "a x c", [.same("a"), .removed("b"), .added("x"), .same("c")]),
        ("", "new text", [.added("new text")]),
    ])
    func wordsAreComparedAsWords(old: String, new: String, expected: [WordDiff.Piece]) {
        #expect(WordDiff.compare(old, new) == expected)
    }
}

/// What the changes leave out or gather, so that the story is not lost among cells: the statuses a
/// fact held only up to a year in one line, and the countries neither edition monitors not at all.
@Suite struct DiffStoryTests {
    /// KZ C155 "not ratified as of 2021" says nothing of 2022; MN has a fact but is monitored by neither
    /// edition.
    static let ratifications = EditionPair.ratifications.replacingOccurrences(of: """
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
        """, with: """
        - country: KZ
          instrument: C155
          status: not-ratified
          as_of: 2021
          source: https://example.org/normlex/kz-c155-2021
        - country: KG
          instrument: C155
          status: not-ratified
          as_of: 2021
          source: https://example.org/normlex/kg-c155-2021
        - country: MN
          instrument: C087
          status: ratified
          date: 2022
          source: https://example.org/normlex/mn-c087
        """)

    static let files: [String: String?] = [
        "ratifications.yaml": ratifications,
        "catalog/countries.yaml": Fixture.countries + "\n- code: MN\n  name: Mongolia\n",
    ]

    @Test func statusesNoLongerKnownAreOneLine() throws {
        let (changes, _) = try EditionPair.changes(Self.files)
        let text = ChangesRenderer.render(changes, as: .text)
        #expect(text.contains("""
                = 2 statuses known in 2021 have no fact for 2022 (each held only up to a year): KZ C155, KG C155
            """))
        #expect(!text.contains("No longer known"))
        let markdown = ChangesRenderer.render(changes, as: .markdown)
        #expect(markdown.contains("- 2 statuses known in 2021 have no fact for 2022 (each held only up to a year): KZ C155, KG C155\n"))
    }

    /// The arrested leaders are the first of Kazakhstan's findings to name a group (activists): the
    /// changes say so in every format, and the workbook's Changes sheet has its row.
    @Test func aGroupNewlyNamedInACountrysFindingsIsSaid() throws {
        let kazakhstan = EditionPair.kazakhstan2022.replacingOccurrences(of: """
                summary: Two union leaders were arrested.
            """, with: """
                summary: Two union leaders were arrested.
                groups: [activists]
            """)
        let (changes, _) = try EditionPair.changes(["2022/KZ.yaml": kazakhstan])
        #expect(ChangesRenderer.render(changes, as: .text).contains("""
            Affected groups
              Newly named as affected (named by no finding of the country in 2021) (1)
                + KZ activists: kz-new-arrests
            """))
        let json = ChangesRenderer.render(changes, as: .json)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let groups = try #require(document["groups_appeared"] as? [[String: Any]])
        #expect(groups.count == 1 && groups.first?["group"] as? String == "activists"
            && groups.first?["country"] as? String == "KZ" && groups.first?["findings"] as? [String] == ["kz-new-arrests"])
    }

    /// A rating from the series, read on its scale: from 5 to 4 on the ITUC index is better (4 written
    /// unquoted is the label "4": no difference is printed).
    @Test func aRatingFromTheSeriesIsReadOnItsScale() throws {
        let indicators = (EditionPair.files["catalog/indicators.yaml"] ?? nil)?.replacingOccurrences(of: "groups:", with: """
              - id: foa.ituc-rating
                theme: foa
                title: ITUC Global Rights Index rating
                kind: rating
                scale: ["1", "2", "3", "4", "5", "5+"]
            groups:
            """)
        let series = """
            - {indicator: foa.ituc-rating, country: KZ, year: 2021, value: "5", source: {title: ITUC 2021}}
            - {indicator: foa.ituc-rating, country: KZ, year: 2022, value: 4, source: {title: ITUC 2022}}
            """
        let (changes, _) = try EditionPair.changes(["catalog/indicators.yaml": indicators, "series/ituc.yaml": series])
        let text = ChangesRenderer.render(changes, as: .text)
        #expect(text.contains("    ~ KZ foa.ituc-rating: 5 → 4, better\n"))
        #expect(text.contains("KZ ITUC Global Rights Index rating 5 → 4 (better)"), "the headline names it")
        #expect(ChangesRenderer.render(changes, as: .json).contains(#""new" : "4""#))
    }

    @Test func aCountryNeitherEditionMonitorsIsLeftOut() throws {
        let (changes, _) = try EditionPair.changes(Self.files)
        for format in [ChangesFormat.text, .markdown, .json] {
            #expect(!ChangesRenderer.render(changes, as: format).contains("MN"), "\(format)")
        }
        #expect(ChangesRenderer.render(changes, as: .text).contains("KZ C087: [-not ratified-] → {+ratified 2022+}"))
    }
}
