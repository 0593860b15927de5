import Foundation
import Testing
@testable import IndicatorLibrary
import LibraryFixtures

/// `series/`: yearly figures apart from the editions, each with its source, on the indicator's kind;
/// a rating read on its ordered scale. The format is Indicators/README.md's ("Series and ratings").
@Suite struct SeriesTests {
    /// The fixture's catalog with a rating on the ITUC scale.
    static let indicators = Fixture.indicators.replacingOccurrences(of: "groups:", with: """
          - id: foa.ituc-rating
            theme: foa
            title: ITUC Global Rights Index rating
            kind: rating
            scale: ["1", "2", "3", "4", "5", "5+"]
        groups:
        """)

    static func check(_ series: String, _ more: [String: String?] = [:]) -> LibraryCheck {
        Fixture.check(["catalog/indicators.yaml": indicators, "series/figures.yaml": series].merging(more) { $1 })
    }

    @Test func figuresOfAnyYearJoinTheEditionsValues() throws {
        let check = Self.check("""
            - indicator: foa.conflicts
              country: KZ
              year: 2020
              value: 40
              source: {title: FPRK union monitoring 2020}
            - indicator: foa.ituc-rating
              country: KZ
              year: 2021
              value: 5+
              source: {url: "https://example.org/ituc-2021"}
            """)
        #expect(Fixture.messages(check) == [])
        let library = try #require(check.library)
        #expect(library.value(of: "foa.conflicts", country: "KZ", year: 2020)?.value.value == .number(40))
        #expect(library.value(of: "foa.ituc-rating", country: "KZ", year: 2021)?.value.value == .label("5+"))
        #expect(library.value(of: "foa.conflicts", country: "KZ", year: 2021) == nil, "unknown stays unknown")
        #expect(library.value(of: "foa.conflicts", country: "KZ", year: 2020)?.source?.value == "FPRK union monitoring 2020")
    }

    @Test func aFigureMustSuitItsIndicatorAndSayWhereItComesFrom() {
        let check = Self.check("""
            - indicator: foa.ituc-rating
              country: KZ
              year: 2020
              value: "6"
              source: {title: ITUC}
            - indicator: foa.conflicts
              country: KZ
              year: 2020
              value: -3
              source: {title: FPRK}
            - indicator: foa.conflicts
              country: KZ
              year: 2019
              value: 12
            - indicator: foa.conflicts
              country: KZ
              year: 2099
              value: 1
              source: {title: FPRK}
            - indicator: foa.registration
              country: KZ
              year: 2020
              value: 1
              source: {title: FPRK}
            """)
        #expect(Fixture.messages(check) == [
            "Indicators/series/figures.yaml:4:10: error: '6' is not on the scale of 'foa.ituc-rating': its labels are "
                + "'1', '2', '3', '4', '5', '5+', best first",
            "Indicators/series/figures.yaml:9:10: error: 'foa.conflicts' counts conflicts: its value must be a whole "
                + "number of 0 or more",
            "Indicators/series/figures.yaml:11:3: error: a yearly figure is missing the required key 'source'",
            "Indicators/series/figures.yaml:17:9: error: 2099 is still to come: a figure is of a year that has begun",
            "Indicators/series/figures.yaml:20:14: error: 'foa.registration' is qualitative: code findings against it "
                + "instead of giving a value",
        ])
    }

    @Test func oneSeriesHoldsOneValueAYear() {
        let check = Self.check("""
            - indicator: foa.conflicts
              country: KZ
              year: 2021
              value: 55
              source: {title: FPRK}
            - indicator: foa.conflicts
              country: KZ
              year: 2021
              value: 55
              source: {title: FPRK, url: "https://example.org/fprk"}
            """, ["2021/KZ.yaml": Fixture.kazakhstan + """

            values:
              foa.conflicts: {value: 40, source: FPRK}
            """])
        #expect(Fixture.messages(check) == [
            "Indicators/series/figures.yaml:4:10: error: the 2021 edition records another value of 'foa.conflicts' "
                + "for KZ; one series holds one value a year\nIndicators/2021/KZ.yaml:16:26: note: the edition's value",
            "Indicators/series/figures.yaml:6:3: error: a second figure of 'foa.conflicts' for KZ in 2021; keep one "
                + "(two sources for one figure go in its source's title)\nIndicators/series/figures.yaml:1:3: note: the first is here",
            "Indicators/series/figures.yaml:9:10: error: the 2021 edition records another value of 'foa.conflicts' "
                + "for KZ; one series holds one value a year\nIndicators/2021/KZ.yaml:16:26: note: the edition's value",
        ])
    }

    @Test func aRatingNeedsAnOrderedScale() {
        let check = Fixture.check(["catalog/indicators.yaml": Self.indicators.replacingOccurrences(
            of: #"    scale: ["1", "2", "3", "4", "5", "5+"]"#, with: #"    scale: ["1"]"#)])
        #expect(Fixture.messages(check).contains { $0.hasPrefix("Indicators/catalog/indicators.yaml:") && $0.contains(
            "error: a 'rating' needs a 'scale' of two labels or more, from the best to the worst") })
    }
}

/// A figure's source is printed (the workbook's comment, the site's table): a confidential person's
/// name in it is refused at `check`, as in any printed text.
@Suite struct SeriesConfidentialityTests {
    @Test func aConfidentialNameInAFiguresSourceIsRefused() {
        let check = Fixture.check([
            "2021/KZ.yaml": Fixture.kazakhstanWithSecrets,
            "series/figures.yaml": """
                - indicator: foa.conflicts
                  country: KZ
                  year: 2020
                  value: 40
                  source: {title: Figures told by Dana Hidden}
                """,
        ])
        #expect(!check.passes())
        #expect(Fixture.messages(check).contains { $0.hasPrefix("Indicators/series/figures.yaml:5:") && $0.contains("Dana Hidden") },
                "\(Fixture.messages(check))")
    }
}
