import Foundation
import IndicatorLibrary
import SampleLibrary
import Testing
import WorkbookReading

/// The promise to the people named in the library: whoever is marked confidential is never printed in
/// a public output. Proven on the bundled library with random people and findings marked confidential,
/// by searching every byte of every public output (the workbook unzipped) for what was marked.
@Suite struct ConfidentialityTests {
    /// Seeds for the rounds; `LEAK_TEST_SEED` adds one (a failure prints its seed, to replay it).
    static var seeds: [UInt64] {
        var seeds: [UInt64] = [1, 2021, 0xC0FFEE]
        if let extra = ProcessInfo.processInfo.environment["LEAK_TEST_SEED"].flatMap(UInt64.init) {
            seeds.append(extra)
        }
        return seeds
    }

    @Test(arguments: seeds)
    func noPublicOutputHoldsWhatWasMarkedConfidential(seed: UInt64) throws {
        let workspace = try CLI.workspace()
        defer { try? FileManager.default.removeItem(at: workspace) }
        let library = workspace.appendingPathComponent("Indicators")
        let pristine = try BundledCopy(library)
        var generator = SampleRandom(seed: seed)
        var marking = pristine.sample(using: &generator)
        try #require(!marking.people.isEmpty && !marking.findings.isEmpty, "seed \(seed) sampled nothing")

        // A marked name may also stand in a public text (a recommendation names the convicted), or a
        // marked finding's summary word for word in a situation: then `check` must refuse the library.
        // The test answers as a monitor would: it takes the name out of the public text, and when that
        // is not enough (a name broken across lines) or for a finding, it takes the mark back.
        var refusals = 0
        for _ in 0..<20 {
            try pristine.write(marking)
            let check = try CLI.run(["check", "--data", "Indicators"], in: workspace)
            if check.status == 0 { break }
            let names = Self.matches(of: #/names '([^']+)', who is marked confidential/#, in: check.errors)
            let findings = Self.matches(of: #/summary of finding '([^']+)', which is marked confidential/#,
                                        in: check.errors)
            let other = check.errors.split(separator: "\n").filter { line in
                line.contains(": error: ") && !line.contains("who is marked confidential")
                    && !line.contains("which is marked confidential")
            }
            try #require(other.isEmpty && !(names.isEmpty && findings.isEmpty),
                         "seed \(seed): check failed otherwise:\n\(check.errors)")
            refusals += names.count + findings.count
            for name in names {
                if marking.redacted.contains(name) {
                    marking.people.removeAll { $0.name == name }
                } else {
                    marking.redacted.insert(name)
                }
            }
            marking.findings.removeAll { findings.contains($0.id) }
        }
        try pristine.write(marking)
        let check = try CLI.run(["check", "--data", "Indicators"], in: workspace)
        try #require(check.status == 0, "seed \(seed): the marked library still fails:\n\(check.errors)")

        let outputs = try Self.publicOutputs(in: workspace)
        for person in marking.people {
            for output in outputs where output.mentions(person.name) {
                Issue.record("seed \(seed): \(output.name) names \(person.name), marked confidential at \(person.location)")
            }
        }
        for finding in marking.findings {
            for output in outputs where output.edition == finding.year || output.edition == nil {
                if output.mentions(finding.summary) {
                    Issue.record(Comment(rawValue: "seed \(seed): \(output.name) shows the summary of finding "
                                         + "\(finding.id), marked confidential: \(finding.summary)"))
                }
                if output.containsToken(finding.id) {
                    Issue.record("seed \(seed): \(output.name) shows the id of finding \(finding.id), marked confidential")
                }
            }
        }
        #expect(!marking.people.isEmpty, "seed \(seed): no marked person was left to search for")
        print("seed \(seed): \(Set(marking.people.map(\.name)).count) people and \(marking.findings.count) findings "
              + "marked confidential, absent from \(outputs.count) public outputs (after \(refusals) refusals by check)")
    }

    @Test func theSearchFindsWhatIsThere() throws {
        // The search itself, on a public output: a name printed there is found, across markup and case.
        let output = PublicOutput(name: "final-document.html", edition: 2021,
                                  bytes: Data("<p>Release <strong>Erlan</strong>\n   BALTABAI &amp; others</p>".utf8))
        #expect(output.mentions("Erlan Baltabai"))
        #expect(output.containsToken("others"))
        #expect(!output.containsToken("other"))
        #expect(!output.mentions("Larisa Kharkova"))
    }

    static func matches(of pattern: Regex<(Substring, Substring)>, in errors: String) -> Set<String> {
        Set(errors.matches(of: pattern).map { String($0.output.1) })
    }

    /// Every public output of both editions: the documents, the workbooks, the changes in each format.
    static func publicOutputs(in workspace: URL) throws -> [PublicOutput] {
        var outputs: [PublicOutput] = []
        for (year, command) in [(2021, ["build", "2021"]), (2019, ["report", "2019"]), (2019, ["workbook", "2019"])] {
            let folder = "Out\(year)"
            let run = try CLI.run(command + ["--out", folder], in: workspace)
            try #require(run.status == 0, "\(command.joined(separator: " ")) failed:\n\(run.errors)")
            let url = workspace.appendingPathComponent(folder)
            for file in try FileManager.default.contentsOfDirectory(atPath: url.path).sorted() {
                let path = url.appendingPathComponent(file).path
                if file.hasSuffix(".xlsx") {
                    for (part, data) in try WorkbookReader(path: path).parts.sorted(by: { $0.key < $1.key }) {
                        outputs.append(PublicOutput(name: "\(file)/\(part)", edition: year, bytes: data))
                    }
                } else {
                    let edition = file.hasPrefix("changes-") ? nil : year
                    outputs.append(PublicOutput(name: file, edition: edition,
                                                bytes: try Data(contentsOf: URL(fileURLWithPath: path))))
                }
            }
        }
        for format in ["text", "markdown", "json"] {
            let run = try CLI.run(["diff", "2019", "2021", "--format", format, "--out", "OutDiff"], in: workspace)
            try #require(run.status == 0, "diff --format \(format) failed:\n\(run.errors)")
            outputs.append(PublicOutput(name: "diff --format \(format)", edition: nil, bytes: Data(run.output.utf8)))
        }
        return outputs
    }
}

/// One public output, searched as its readers would read it: markup, entities and case set aside.
struct PublicOutput {
    let name: String
    /// The edition whose findings it shows; nil for changes, which show both editions.
    let edition: Int?
    let bytes: Data
    private let readable: String

    init(name: String, edition: Int?, bytes: Data) {
        self.name = name
        self.edition = edition
        self.bytes = bytes
        readable = Self.readable(String(decoding: bytes, as: UTF8.self))
    }

    /// Whether the text (a name, a summary) can be read in the output, or stands in its bytes.
    func mentions(_ text: String) -> Bool {
        bytes.range(of: Data(text.utf8)) != nil || readable.contains(Self.readable(text))
    }

    /// Whether an identifier stands in the output as a whole token ("kz-x" is not in "kz-x-2").
    func containsToken(_ token: String) -> Bool {
        let text = String(decoding: bytes, as: UTF8.self)
        var searched = text.startIndex..<text.endIndex
        while let found = text.range(of: token, range: searched) {
            let before = found.lowerBound == text.startIndex ? nil : text[text.index(before: found.lowerBound)]
            let after = found.upperBound == text.endIndex ? nil : text[found.upperBound]
            let isPart: (Character?) -> Bool = { $0.map { $0.isLetter || $0.isNumber || $0 == "-" } ?? false }
            if !isPart(before) && !isPart(after) { return true }
            searched = found.upperBound..<text.endIndex
        }
        return false
    }

    /// Tags and Markdown emphasis removed, entities decoded, white space single, lower case.
    static func readable(_ text: String) -> String {
        var plain = text.replacingOccurrences(of: #"<[^>]*>"#, with: " ", options: .regularExpression)
        for (entity, character) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&apos;", "'"),
                                    ("&#x27;", "'"), ("&amp;", "&")] {
            plain = plain.replacingOccurrences(of: entity, with: character)
        }
        plain = plain.replacingOccurrences(of: "*", with: "").replacingOccurrences(of: "_", with: "")
        return plain.split(whereSeparator: \.isWhitespace).joined(separator: " ").lowercased()
    }
}
