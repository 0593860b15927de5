import Foundation
import IndicatorLibrary
import LibraryFixtures
import Pipeline
import Testing
import WorkbookReading

/// The promise as a property: a confidential name, written in any printed field in any of the forms
/// a writer might use, either stops `check` or reaches no public byte; and with the rules switched
/// off (a fault injected through the pipeline's seam), the output scan alone still stops it. Random
/// names, fields and forms, from fixed seeds (`NAME_PROPERTY_SEED` adds one; a failure prints its
/// case, to replay it).
@Suite struct NamePropertyTests {
    /// Syllables with their Cyrillic spelling, so that each name has both.
    static let syllables = [("er", "ер"), ("zhan", "жан"), ("as", "ас"), ("kar", "кар"), ("nur", "нур"),
                            ("bek", "бек"), ("ta", "та"), ("li", "ли"), ("mu", "му"), ("rat", "рат"),
                            ("dos", "дос"), ("sa", "са"), ("gul", "гул"), ("ma", "ма"), ("na", "на"), ("tem", "тем")]
    static let endings = [("ov", "ов"), ("ova", "ова"), ("bayev", "баев"), ("ev", "ев"), ("enko", "енко")]

    struct Name: Sendable {
        let given: (latin: String, cyrillic: String)
        let surname: (latin: String, cyrillic: String)
        var latin: String { "\(given.latin) \(surname.latin)" }
    }

    struct Generator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func pick<T>(_ items: [T]) -> T { items[Int(next() % UInt64(items.count))] }
    }

    static func name(_ random: inout Generator) -> Name {
        func word(_ parts: [(String, String)]) -> (String, String) {
            (parts.map(\.0).joined().capitalized, parts.map(\.1).joined().capitalized)
        }
        let given = word([random.pick(syllables), random.pick(syllables)])
        let surname = word([random.pick(syllables), random.pick(syllables), random.pick(endings)])
        return Name(given: given, surname: surname)
    }

    /// The forms a name is written in, each as a function of the name.
    static let forms: [(String, @Sendable (Name) -> String)] = [
        ("as declared", { $0.latin }),
        ("upper case", { $0.latin.uppercased() }),
        ("surname first", { "\($0.surname.latin) \($0.given.latin)" }),
        ("surname, given", { "\($0.surname.latin), \($0.given.latin)" }),
        ("with a patronymic", { "\($0.given.latin) Kairatovich \($0.surname.latin)" }),
        ("in Cyrillic", { "\($0.given.cyrillic) \($0.surname.cyrillic)" }),
        ("a Cyrillic look-alike", { $0.latin.replacingOccurrences(of: "a", with: "\u{430}") }),
        ("a soft hyphen", { "\($0.given.latin) \($0.surname.latin.prefix(3))\u{AD}\($0.surname.latin.dropFirst(3))" }),
        ("a zero-width space", { "\($0.given.latin.prefix(2))\u{200B}\($0.given.latin.dropFirst(2)) \($0.surname.latin)" }),
        ("a Hangul filler", { "\($0.given.latin) \($0.surname.latin.prefix(2))\u{3164}\($0.surname.latin.dropFirst(2))" }),
        ("joined by _", { "\($0.given.latin)_\($0.surname.latin)" }),
        ("emphasis", { "**\($0.given.latin)** *\($0.surname.latin)*" }),
        ("full-width", { String(String.UnicodeScalarView($0.latin.unicodeScalars.map {
            $0 == " " ? $0 : Unicode.Scalar($0.value + 0xFEE0)!
        })) }),
    ]

    /// Where the text goes: the file, and the edit that puts it there.
    static let fields: [(String, String, @Sendable (String, String) -> String)] = [
        ("the situation", "2021/KZ.yaml", { file, text in
            file.replacingOccurrences(of: "situation: In **Kazakhstan**, activists remain under pressure.",
                                      with: "situation: \"In Kazakhstan, \(text) remains under pressure.\"") }),
        ("a recommendation", "2021/KZ.yaml", { file, text in
            file.replacingOccurrences(of: "text: Re-register the union.", with: "text: \"Release \(text).\"") }),
        ("a source title", "2021/KZ.yaml", { file, text in
            file.replacingOccurrences(of: "- title: Final Document 2021", with: "- title: \"Interview with \(text)\"") }),
        ("a value's source", "2021/KZ.yaml", { file, text in
            file + "\nvalues:\n  foa.conflicts: {value: 55, source: \"Told by \(text)\"}\n" }),
        ("the opening", "2021/meeting.yaml", { file, text in
            file.replacingOccurrences(of: "opening: The participants note that the situation remains alarming.",
                                      with: "opening: \"The participants note that \(text) is detained.\"") }),
        ("the place", "2021/meeting.yaml", { file, text in
            file.replacingOccurrences(of: "place: Bishkek", with: "place: \"Bishkek, at \(text)'s home\"") }),
        ("the event", "2021/meeting.yaml", { file, text in
            file.replacingOccurrences(of: "event: Coordination Meeting", with: "event: \"Meeting for \(text)\"") }),
        ("a call", "2021/meeting.yaml", { file, text in
            file + "\ncalls:\n  - to: the ILO\n    text: \"to follow the case of \(text).\"\n" }),
        ("a ratification note", "ratifications.yaml", { file, text in
            file + "\n  note: \"Confirmed by \(text)\"\n" }),
    ]

    static var seeds: [UInt64] {
        var seeds: [UInt64] = [7, 2021, 0xBEEF]
        if let extra = ProcessInfo.processInfo.environment["NAME_PROPERTY_SEED"].flatMap(UInt64.init) {
            seeds.append(extra)
        }
        return seeds
    }

    @Test(arguments: seeds)
    func aConfidentialNameStopsCheckOrReachesNoPublicByte(seed: UInt64) throws {
        var random = Generator(state: seed)
        var outcomes = (check: 0, scan: 0, absent: 0, scanAlone: 0)
        defer {
            print("seed \(seed): stopped by check \(outcomes.check), by the scan \(outcomes.scan), absent "
                  + "\(outcomes.absent); with the rules off, stopped by the scan \(outcomes.scanAlone)")
        }
        for _ in 0..<30 {
            let name = Self.name(&random)
            let (formName, form) = random.pick(Self.forms)
            let (fieldName, file, edit) = random.pick(Self.fields)
            let written = form(name)
            let protected = Fixture.kazakhstan.replacingOccurrences(of: "recommendations:", with: """
                  - id: kz-activist-prosecuted
                    kind: violation
                    indicators: [foa.registration]
                    summary: An activist was prosecuted.
                    status: ongoing
                    sources: [{title: Monitor's notes}]
                    people: [{name: "\(name.latin)", confidential: true}]
                    confidential: true
                recommendations:
                """)
            var files: [String: String?] = ["2021/KZ.yaml": protected]
            files[file] = edit((files[file] ?? nil) ?? Fixture.files[file] ?? "", written)
            let what = "seed \(seed): \(name.latin) \(formName) in \(fieldName): \(written)"
            let needles = [written, name.latin, name.surname.latin, name.surname.cyrillic]
            if try Self.publish(files, weakened: true, what: what, needles: needles) { outcomes.scanAlone += 1 }
            let check = Fixture.check(files)
            if check.errors.contains(where: { $0.message.contains("'\(name.latin)', who is marked confidential") }) {
                outcomes.check += 1
                continue
            }
            #expect(check.errors.isEmpty, "\(what): \(Fixture.messages(check))")
            if try Self.publish(files, weakened: false, what: what, needles: needles) {
                outcomes.scan += 1
            } else {
                outcomes.absent += 1
            }
        }
    }

    /// Publishes every output of the library `files`; true when the scan stopped the run. When it
    /// ran, no output may hold any of `needles`: it fails the test otherwise.
    static func publish(_ files: [String: String?], weakened: Bool, what: String, needles: [String]) throws -> Bool {
        let folder = Fixture.write(Fixture.ready(files))
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("Reports")
        var publication = Publication(year: 2021, dataFolder: folder.path,
                                      templatesFolder: Fixture.packageRoot.appendingPathComponent("Templates").path,
                                      outputFolder: out.path, products: Publication.everything)
        publication.withoutConfidentialityRules = weakened
        do {
            _ = try publication.run()
        } catch {
            if case .leak = error {
                #expect(!FileManager.default.fileExists(atPath: out.path), "\(what): a stopped run wrote")
                return true
            }
            Issue.record("\(what): \(error)")
            return false
        }
        for text in try publicTexts(in: out) {
            for needle in needles where text.localizedCaseInsensitiveContains(needle) {
                Issue.record("\(what)\(weakened ? " (rules off)" : ""): an output holds '\(needle)'")
            }
        }
        return false
    }

    /// Every byte of every output in `folder`, the workbook unzipped.
    static func publicTexts(in folder: URL) throws -> [String] {
        var texts: [String] = []
        for file in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            let path = folder.appendingPathComponent(file).path
            if file.hasSuffix(".xlsx") {
                texts += try WorkbookReader(path: path).parts.values.map { String(decoding: $0, as: UTF8.self) }
            } else {
                texts.append(try String(contentsOfFile: path, encoding: .utf8))
            }
        }
        return texts
    }
}
