import Foundation
import IndicatorLibrary

/// A small valid library, written to a temporary folder with some files replaced, and checked.
/// Diagnostics print paths under `Indicators/`, as for the real library.
package enum Fixture {
    package static let countries = """
        - code: KZ
          name: Kazakhstan
          addressee: the President and the Government of the Republic of Kazakhstan
        - code: KG
          name: Kyrgyzstan
        """

    package static let instruments = """
        - code: C087
          title: Freedom of Association and Protection of the Right to Organise Convention
          adopted: 1948
          body: ILO
          category: fundamental
        - code: C155
          title: Occupational Safety and Health Convention
          adopted: 1981
          body: ILO
          category: technical
          fundamental_since: 2022-06-10
        """

    package static let indicators = """
        themes:
          - id: foa
            title: Freedom of association
        indicators:
          - id: foa.registration
            theme: foa
            title: Registration of unions
            kind: qualitative
          - id: foa.conflicts
            theme: foa
            title: Labour conflicts recorded
            kind: count
            unit: conflicts
            better: lower
        groups: [activists, women]
        """

    package static let ratifications = """
        - country: KZ
          instrument: C087
          status: ratified
          date: 2000
          source: https://example.org/normlex/kz-c087
        """

    package static let meeting = """
        edition: 5
        event: Coordination Meeting
        mission: International Labour Rights Monitoring Mission for Central Asia
        place: Bishkek
        date: 2021-12-07
        opening: The participants note that the situation remains alarming.
        narrative:
          - country: KZ
        appeals: [KZ]
        """

    /// The meeting with what publishing needs beyond `check` (participants, the appeals' lead-in):
    /// an edition ready to publish, for the tests that make its documents.
    package static let readyMeeting = meeting + readiness

    /// The lines that make a meeting ready to publish.
    static let readiness = """

        participants: [KZ]
        appeals_intro: The participants appeal to the governments.
        """

    /// The library `replacing` with its 2021 meeting (the fixture's, or the one given) made ready to
    /// publish.
    package static func ready(_ replacing: [String: String?]) -> [String: String?] {
        var files = replacing
        switch files["2021/meeting.yaml"] {
        case .none: files["2021/meeting.yaml"] = meeting + readiness
        case let .some(.some(given)): files["2021/meeting.yaml"] = given + readiness
        case .some(.none): break
        }
        return files
    }

    package static let kazakhstan = """
        country: KZ
        situation: In **Kazakhstan**, activists remain under pressure.
        findings:
          - id: kz-union-deregistered
            kind: violation
            indicators: [foa.registration]
            summary: The authorities de-registered the union.
            status: ongoing
            sources:
              - title: Final Document 2021
        recommendations:
          - id: kz-reregister-union
            text: Re-register the union.
            findings: [kz-union-deregistered]
        """

    /// Kazakhstan with a confidential person in a public finding and a wholly confidential finding
    /// (whose id a recommendation names): what no public output may show.
    package static let kazakhstanWithSecrets = """
        country: KZ
        situation: In **Kazakhstan**, activists remain under pressure.
        findings:
          - id: kz-union-deregistered
            kind: violation
            indicators: [foa.registration]
            summary: The authorities de-registered the union.
            status: ongoing
            sources: [{title: Final Document 2021}]
            people:
              - name: Marat Public
                confidential: false
              - name: Dana Hidden
                confidential: true
          - id: kz-organiser-detained
            kind: violation
            indicators: [foa.registration]
            summary: A union organiser was detained at the Tengiz oil field.
            status: ongoing
            sources: [{title: Monitor's interview, url: "https://example.org/interview"}]
            people:
              - name: Aigerim Secret
                confidential: false
            confidential: true
        recommendations:
          - id: kz-reregister-union
            text: Re-register the union.
            findings: [kz-union-deregistered, kz-organiser-detained]
        """

    /// The next year's meeting, for a second edition.
    package static let meeting2022 = readyMeeting.replacingOccurrences(of: "2021-12-07", with: "2022-12-07")
        .replacingOccurrences(of: "edition: 5", with: "edition: 6")

    /// Two editions: `kazakhstanWithSecrets` in 2021, and in 2022 the confidential finding made public
    /// (reworded, since a confidential summary may never be printed).
    package static let secretThenPublic: [String: String?] = [
        "2021/KZ.yaml": kazakhstanWithSecrets,
        "2022/meeting.yaml": meeting2022,
        "2022/KZ.yaml": kazakhstanWithSecrets.replacingOccurrences(
            of: "name: Aigerim Secret\n        confidential: false\n    confidential: true",
            with: "name: Aigerim Secret\n        confidential: false")
            .replacingOccurrences(of: "was detained at the Tengiz oil field", with: "was released"),
    ]

    /// Every string of `kazakhstanWithSecrets` that only an internal output may hold.
    package static let secrets = ["Dana Hidden", "Aigerim Secret", "Tengiz", "kz-organiser-detained", "interview"]

    package static var files: [String: String] {
        [
            "catalog/countries.yaml": countries,
            "catalog/instruments.yaml": instruments,
            "catalog/indicators.yaml": indicators,
            "ratifications.yaml": ratifications,
            "2021/meeting.yaml": meeting,
            "2021/KZ.yaml": kazakhstan,
        ]
    }

    /// Writes the library with `replacing` applied (a nil content deletes the file) and checks it.
    package static func check(_ replacing: [String: String?] = [:], bytes: [String: Data] = [:]) -> LibraryCheck {
        let folder = write(replacing, bytes: bytes)
        defer { try? FileManager.default.removeItem(at: folder) }
        return LibraryCheck.run(at: folder.path, shownAs: "Indicators")
    }

    package static func write(_ replacing: [String: String?] = [:], bytes: [String: Data] = [:]) -> URL {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("labour-monitor-fixture-\(UUID().uuidString)")
        var contents = files.mapValues { Optional(Data(($0 + "\n").utf8)) }
        for (path, text) in replacing { contents[path] = text.map { Data($0.utf8) } }
        for (path, data) in bytes { contents[path] = data }
        for (path, data) in contents {
            guard let data else { continue }
            let url = folder.appendingPathComponent(path)
            try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(),
                                                     withIntermediateDirectories: true)
            try? data.write(to: url)
        }
        return folder
    }

    /// The printed diagnostics, one string each (notes included).
    package static func messages(_ check: LibraryCheck) -> [String] {
        check.diagnostics.map(\.description)
    }

    /// The package's root folder (this file is Tests/LibraryFixtures/Fixture.swift).
    package static var packageRoot: URL {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    /// The package's own `Indicators/` folder.
    package static var bundledLibrary: String { packageRoot.appendingPathComponent("Indicators").path }
}
