import Testing
import FinalDocument
import LibraryFixtures

/// The parts of the document that the 2021 edition does not exercise.
@Suite struct DocumentStructureTests {
    @Test func theThemeIsASubtitleUnderTheHeading() throws {
        let meeting = Fixture.meeting.replacingOccurrences(
            of: "place: Bishkek", with: "theme: Labour migration and the rights of migrant workers\nplace: Bishkek")
        let text = try Rendering.fixture(["2021/meeting.yaml": meeting], format: .markdown)
        #expect(text.hasPrefix("""
            **FINAL DOCUMENT  
            FIFTH COORDINATION MEETING  
            INTERNATIONAL LABOUR RIGHTS MONITORING MISSION FOR CENTRAL ASIA**

            *Labour migration and the rights of migrant workers*

            Bishkek, 7 December 2021

            The participants note that the situation remains alarming.

            In **Kazakhstan**, activists remain under pressure.

            — **the President and the Government of the Republic of Kazakhstan to:**

            Re-register the union.

            """))
    }

    @Test func withoutIntentionsOrCallsTheirLeadInLinesAreLeftOut() throws {
        let text = try Rendering.fixture(format: .markdown)
        #expect(!text.contains("state their intention to:"))
        #expect(!text.contains("and call upon:"))
    }
}

/// The bundled 2019 edition is known only in part; its document says so under the heading.
@Suite struct PartialDocumentTests {
    @Test(arguments: Rendering.formats)
    func aPartialEditionSaysSoUnderTheHeading(format: DocumentFormat) throws {
        let text = try Rendering.document(data: Fixture.bundledLibrary, year: 2019, format: format)
        let marker = switch format {
        case .markdown: "> **Partial edition.** Only the opening of the 2019 Final Document is known"
        case .html: "<p class=\"partial\" role=\"note\"><strong>Partial edition.</strong> Only the opening of the 2019 Final "
        case .docx, .pdf: "Partial edition. Only the opening of the 2019 Final Document is known"
        }
        #expect(text.contains(marker))
        let full = try Rendering.document(data: Fixture.bundledLibrary, year: 2021, format: format)
        #expect(!full.contains("Partial edition"))
    }
}
