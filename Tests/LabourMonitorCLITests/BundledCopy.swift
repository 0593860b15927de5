import Foundation
import IndicatorLibrary

/// A copy of the bundled library whose people and findings can be marked confidential by editing
/// their YAML lines, as a monitor would.
struct BundledCopy {
    struct Person {
        let name: String
        let file: String
        /// Where the YAML says `confidential: false`, or nil when the key is not written.
        let flag: SourceLocation?
        let nameLocation: SourceLocation
        var location: String { nameLocation.description }
    }

    struct Finding {
        let id: String
        let year: Int
        let file: String
        let idLocation: SourceLocation
        /// As the outputs print it: Markdown emphasis removed.
        let summary: String
    }

    /// What one round marks confidential, and the names taken out of public texts (as a monitor
    /// answers `check` when it refuses a confidential name printed in a situation or a recommendation).
    struct Marking {
        var people: [Person]
        var findings: [Finding]
        var redacted: Set<String> = []
    }

    static let redaction = "[name withheld]"

    /// The names as the bundled Russian texts decline them: a monitor taking a name out of a public
    /// text takes it out of its translation too.
    static let russianForms: [String: [String]] = [
        "Erlan Baltabai": ["Ерлану Балтабаю"], "Larisa Kharkova": ["Ларисе Харьковой"],
        "Amin Eleusinov": ["Амину Елеусинову"], "Nurbek Kushakbayev": ["Нурбеку Кушакбаеву"],
        "Roza Tuletayeva": ["Розу Тулетаеву"], "Maksat Dosmagambetov": ["Максата Досмагамбетова"],
        "Erzhan Elshimbayev": ["Ержана Елшимбаева"], "Elena Uralayeva": ["Елену Уралаеву"],
        "Dmitrii Tikhonov": ["Дмитрия Тихонова"], "Malakhat Eshankulova": ["Малахат Эшанкулову"],
        "Nafosat Ollashukurova": ["Нафосат Оллашукурову"], "Makhmud Rajabov": ["Махмуда Раджабова"],
        "Davlatnazar Ruzmetov": ["Давлатназара Рузметова"],
    ]


    let folder: URL
    private let originals: [String: String]
    let people: [Person]
    let findings: [Finding]

    init(_ folder: URL) throws {
        self.folder = folder
        let check = LibraryCheck.run(at: folder.path, shownAs: "Indicators")
        guard let library = check.library, check.errors.isEmpty else {
            throw MalformedLibrary.FixtureError(message: "the bundled library does not pass check")
        }
        var people: [Person] = []
        var findings: [Finding] = []
        for edition in library.editions {
            for finding in edition.findings where !finding.confidential.value {
                let file = Self.relative(finding.id.location.file)
                findings.append(Finding(id: finding.id.value, year: edition.year, file: file,
                                        idLocation: finding.id.location,
                                        summary: Markup.plain(finding.summary.value.text())))
                for person in finding.people where !person.confidential.value {
                    let flag = person.confidential.location.line > 0 ? person.confidential.location : nil
                    people.append(Person(name: person.name.value, file: file, flag: flag,
                                         nameLocation: person.name.location))
                }
            }
        }
        self.people = people
        self.findings = findings
        let files = FileManager.default.subpaths(atPath: folder.path)?.filter { $0.hasSuffix(".yaml") } ?? []
        originals = try Dictionary(uniqueKeysWithValues: files.map { file in
            (file, try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8))
        })
    }

    /// About a third of the people (each everywhere the library names them) and a quarter of the
    /// findings, drawn with `generator`.
    func sample(using generator: inout some RandomNumberGenerator) -> Marking {
        let names = Set(people.map(\.name)).sorted().filter { _ in Int.random(in: 0..<3, using: &generator) == 0 }
        return Marking(people: people.filter { names.contains($0.name) },
                       findings: findings.filter { _ in Int.random(in: 0..<4, using: &generator) == 0 })
    }

    /// Writes the library back with exactly `marking` marked confidential.
    func write(_ marking: Marking) throws {
        for (file, text) in originals {
            var lines = text.components(separatedBy: "\n")
            // Bottom up, so that an inserted line does not move the ones still to edit.
            var edits: [(line: Int, edit: (inout [String]) -> Void)] = []
            for person in marking.people where person.file == file {
                if let flag = person.flag {
                    edits.append((flag.line, { lines in
                        lines[flag.line - 1] = lines[flag.line - 1].replacingOccurrences(of: "false", with: "true")
                    }))
                } else {
                    let indent = String(repeating: " ", count: person.nameLocation.column - 1 - "name: ".count)
                    edits.append((person.nameLocation.line, { lines in
                        lines.insert(indent + "confidential: true", at: person.nameLocation.line)
                    }))
                }
            }
            for finding in marking.findings where finding.file == file {
                let indent = String(repeating: " ", count: finding.idLocation.column - 1 - "id: ".count)
                edits.append((finding.idLocation.line, { lines in
                    lines.insert(indent + "confidential: true", at: finding.idLocation.line)
                }))
            }
            for edit in edits.sorted(by: { $0.line > $1.line }) { edit.edit(&lines) }
            for index in lines.indices where !lines[index].contains("name:") {
                for name in marking.redacted {
                    for written in [name] + (Self.russianForms[name] ?? []) {
                        lines[index] = lines[index].replacingOccurrences(of: written, with: Self.redaction)
                    }
                }
            }
            try lines.joined(separator: "\n").write(to: folder.appendingPathComponent(file), atomically: false,
                                                    encoding: .utf8)
        }
    }

    private static func relative(_ shown: String) -> String {
        String(shown.dropFirst("Indicators/".count))
    }
}
