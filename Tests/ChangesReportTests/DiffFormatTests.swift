import Foundation
import Testing
@testable import ChangesReport
import IndicatorLibrary
import LibraryFixtures
import OutputFiles

/// The same comparison as Markdown (a document) and JSON (for tools), and the bundled 2019 to 2021
/// story.
@Suite struct DiffFormatTests {
    @Test func markdownStrikesOutRemovedWordsAndBoldsAddedOnes() throws {
        let (changes, _) = try EditionPair.changes()
        let markdown = ChangesRenderer.render(changes, as: .markdown)
        #expect(markdown.hasPrefix("# Changes from 2021 to 2022\n\n**2021 → 2022: findings: 1 resolved, 2 new, 1 changed, "
            + "1 no longer reported, 1 continuing; recommendations: 1 implemented, 1 no longer made, 1 new, 1 revised, "
            + "1 repeated; ratifications: 1 ratified, 1 denounced; KZ Labour conflicts recorded 55 → 40 (better)**\n\n"
            + "## Countries\n\n### Entered the monitoring (1)\n\n- KG Kyrgyzstan: a country file in 2022, none in 2021\n"))
        #expect(markdown.contains("### Changed (1)\n\n- KZ kz-pressure\n  - kind: ~~concern~~ → **violation**\n"))
        #expect(markdown.contains("  - summary: Activists remain under ~~considerable~~ **heavy** pressure.\n"))
        #expect(markdown.contains("- KZ C087: ~~not ratified~~ → **ratified 2022**\n"))
        #expect(markdown.hasSuffix("*5 finding(s), 4 recommendation(s), 3 ratification(s), 1 value(s) and "
            + "1 country(ies) changed.*\n"))
    }

    @Test func libraryTextCannotBecomeMarkdown() throws {
        let kazakhstan = EditionPair.kazakhstan2022.replacingOccurrences(
            of: "summary: Two union leaders were arrested.", with: "summary: '*Two* [leaders] < 3 # arrested'")
        let (changes, _) = try EditionPair.changes(["2022/KZ.yaml": kazakhstan])
        let markdown = ChangesRenderer.render(changes, as: .markdown)
        #expect(markdown.contains(##"Two \[leaders\] \< 3 \# arrested"##), "emphasis is dropped, the rest escaped")
    }

    /// The JSON is written entry by entry (a large comparison is never held whole), in the layout
    /// `JSONEncoder` gives the whole document: the same bytes, empty lists and nulls included.
    @Test func theStreamedJSONIsTheEncodersByteForByte() throws {
        let (changes, _) = try EditionPair.changes()
        let (same, _) = try EditionPair.changes(["2022/KZ.yaml": EditionPair.kazakhstan2021])
        let english = try #require(Wordings.builtIn("en"))
        for pair in [changes, same] {
            let whole = JSONChanges.render(pair.changes, of: pair.library, wording: english)
            #expect(ChangesRenderer.render(pair, as: .json) == whole)
            for batch in 1...3 {
                var streamed = ""
                JSONChanges.render(pair.changes, of: pair.library, wording: english, into: &streamed, batchSize: batch)
                #expect(streamed == whole, "in batches of \(batch)")
            }
        }
        let bundled = try #require(LibraryCheck.run(at: Fixture.bundledLibrary).library)
        let redacted = RedactedLibrary.redact(bundled, for: .public)
        let story = redacted.changes(from: try #require(redacted.edition(2019)), to: try #require(redacted.edition(2021)))
        #expect(ChangesRenderer.render(story, as: .json) == JSONChanges.render(story.changes, of: story.library,
                                                                               wording: english))
        // In Russian: the same document, its texts in their translations, streamed as whole.
        let russian = try #require(Wordings.builtIn("ru"))
        let whole = JSONChanges.render(story.changes, of: story.library, wording: russian)
        #expect(ChangesRenderer.render(story, as: .json, language: "ru") == whole)
        #expect(whole.contains("\"language\" : \"ru\""))
        #expect(whole.contains("\"summary\" : \"Открытые репрессии против профсоюзных активистов прекратились.\""))
        #expect(!whole.contains("не переведено"))
    }

    @Test func jsonFollowsTheDocumentedSchema() throws {
        let (changes, _) = try EditionPair.changes()
        let json = ChangesRenderer.render(changes, as: .json)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(Set(document.keys) == ["schema", "version", "audience", "language", "from", "to", "headline", "countries",
                                       "findings", "recommendations", "ratifications", "values", "groups_appeared",
                                       "changed"])
        #expect((document["headline"] as? String)?.hasPrefix("2021 → 2022: findings: 1 resolved, 2 new") == true)
        #expect(document["language"] as? String == "en")
        #expect(document["schema"] as? String == "labour-monitor/changes")
        #expect(document["version"] as? Int == 2)
        #expect(document["audience"] as? String == "public")
        #expect(document["changed"] as? Bool == true)
        let from = try #require(document["from"] as? [String: Any])
        #expect(from["year"] as? Int == 2021 && from["partial"] as? Bool == false && from["partial_note"] is NSNull)
        let findings = try #require(document["findings"] as? [[String: Any]])
        let pressure = try #require(findings.first { $0["id"] as? String == "kz-pressure" })
        #expect(Set(pressure.keys) == ["id", "country", "change", "before", "after", "fields"])
        #expect(pressure["change"] as? String == "changed")
        let summary = try #require((pressure["fields"] as? [[String: Any]])?.first { $0["field"] as? String == "summary" })
        let words = try #require(summary["words"] as? [[String: String]])
        #expect(words == [["op": "same", "text": "Activists remain under"], ["op": "removed", "text": "considerable"],
                          ["op": "added", "text": "heavy"], ["op": "same", "text": "pressure."]])
        let recommendations = try #require(document["recommendations"] as? [[String: Any]])
        let implemented = try #require(recommendations.first { $0["id"] as? String == "kz-reregister-union" })
        #expect(implemented["change"] as? String == "no-longer-made")
        #expect(implemented["recorded_status"] as? String == "implemented")
        #expect(implemented["times_made"] as? Int == 1)
        let repeated = try #require(recommendations.first { $0["id"] as? String == "kz-amend-law" })
        #expect(repeated["times_made"] as? Int == 2)
        // The numbers the two documents printed it with: 4 in 2021, 2 in 2022, once the one before
        // it was implemented.
        let revised = try #require(recommendations.first { $0["id"] as? String == "kz-free-activists" })
        #expect(revised["number_before"] as? Int == 4 && revised["number_after"] as? Int == 2)
        #expect(implemented["number_after"] is NSNull)
        let ratifications = try #require(document["ratifications"] as? [[String: Any]])
        #expect(ratifications.map { $0["change"] as? String } == ["ratified", "denounced", "new-information"])
        let values = try #require(document["values"] as? [[String: Any]])
        #expect(values.first?["old"] as? Double == 55 && values.first?["new"] as? Double == 40)
        #expect(values.first?["delta"] as? Double == -15 && values.first?["reading"] as? String == "better")
    }

    @Test func jsonIsTheSameBytesEveryRun() throws {
        let (changes, _) = try EditionPair.changes()
        #expect(ChangesRenderer.render(changes, as: .json)
            == ChangesRenderer.render(changes, as: .json))
    }

    /// The document `diff` and `build` write is made item by item straight into its file; it is the
    /// same bytes as the rendered text.
    @Test func theMarkdownWrittenAsItIsMadeIsTheRenderedDocument() throws {
        let (changes, _) = try EditionPair.changes()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("changes-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("changes-2021-2022.md")
        try AtomicFiles.write([], staged: [try ChangesRenderer.stage(changes, as: .markdown, at: target)])
        #expect(try String(contentsOf: target, encoding: .utf8) == ChangesRenderer.render(changes, as: .markdown))
    }

    /// The bundled 2019 (partial) and 2021 editions: the Kazakh law still unamended, the activists'
    /// pressure described anew, the Kyrgyz bill turned from a concern into a veto, P029 ratified.
    @Test func theBundled2019To2021ComparisonTellsTheKazakhAndKyrgyzThreads() throws {
        let library = try #require(LibraryCheck.run(at: Fixture.bundledLibrary).library)
        let changes = try EditionPair.changes(from: 2019, to: 2021, in: library)
        let byID = Dictionary(uniqueKeysWithValues: changes.findings.map { ($0.id, $0) })
        #expect(byID["kz-trade-union-law-unamended"]?.kind == .changed)
        #expect(byID["kz-trade-union-law-unamended"]?.fields.map(\.field) == ["summary"])
        #expect(byID["kz-activists-under-pressure"]?.kind == .changed)
        #expect(byID["kg-trade-union-bill"]?.fields.first == FieldChange(field: "kind", old: "concern", new: "progress"))
        #expect(byID["kz-independent-unions-dissolved"]?.kind == .noLongerReported)
        #expect(byID["tm-matalaev-released"] == nil, "resolved in 2019 and not carried: nothing to report")
        #expect(changes.countriesEntered == ["RU", "TJ", "UZ"])
        #expect(changes.ratifications.filter { $0.kind == .ratified }.map { "\($0.country) \($0.instrument)" }
            == ["KG P029", "TJ P029"])
        #expect(changes.ratifications.contains { $0.kind == .newInformation && $0.country == "TJ" })
        #expect(changes.recommendations.allSatisfy { $0.kind == .new })
    }
}
