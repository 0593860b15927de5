import Testing
import FinalDocument
import LibraryFixtures

/// Public by default: a confidential finding or person reaches only an internal document, and every
/// page of that one says so.
@Suite struct AudienceTests {
    @Test(arguments: Rendering.formats)
    func aPublicDocumentHoldsNoConfidentialString(format: DocumentFormat) throws {
        let text = try Rendering.fixture(["2021/KZ.yaml": Fixture.kazakhstanWithSecrets], format: format)
        for secret in Fixture.secrets {
            #expect(!text.contains(secret), "\(secret) leaked into the public \(format.rawValue)")
        }
        #expect(!text.contains("INTERNAL"))
        #expect(text.contains("Re-register the union."))
    }

    @Test(arguments: Rendering.formats)
    func anInternalDocumentHoldsEverythingAndIsMarked(format: DocumentFormat) throws {
        let text = try Rendering.fixture(["2021/KZ.yaml": Fixture.kazakhstanWithSecrets], format: format, audience: .internal)
        for secret in Fixture.secrets {
            #expect(text.contains(secret), "\(secret) is missing from the internal \(format.rawValue)")
        }
        // Markdown and HTML say it at the top and the bottom; Word in the header, which every page prints.
        #expect(text.components(separatedBy: "INTERNAL — NOT FOR PUBLICATION").count - 1 >= (format == .docx ? 1 : 2))
    }

    /// Chromium repeats `position: fixed` elements on every printed page: that is how the marking
    /// reaches every page of the PDF.
    @Test func theInternalMarkingIsOnEveryPrintedPage() throws {
        let html = try Rendering.fixture(["2021/KZ.yaml": Fixture.kazakhstanWithSecrets], format: .html, audience: .internal)
        #expect(html.contains("<div class=\"internal-marking\" role=\"note\">INTERNAL — NOT FOR PUBLICATION</div>"))
        #expect(html.contains(".internal-marking { position: fixed;"))
        #expect(html.contains("<title>[INTERNAL — NOT FOR PUBLICATION] Final Document"))
    }
}
