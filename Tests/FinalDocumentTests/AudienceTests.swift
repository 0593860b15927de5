import Testing
import FinalDocument
import LibraryFixtures

/// Public by default: a confidential finding or person reaches only an internal document, and every
/// page of that one says so.
@Suite struct AudienceTests {
    static let kazakhstan = """
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
            findings: [kz-union-deregistered]
        """

    static let secrets = ["Dana Hidden", "Aigerim Secret", "Tengiz", "kz-organiser-detained", "interview"]

    @Test(arguments: DocumentFormat.allCases)
    func aPublicDocumentHoldsNoConfidentialString(format: DocumentFormat) throws {
        let text = try Rendering.fixture(["2021/KZ.yaml": Self.kazakhstan], format: format)
        for secret in Self.secrets {
            #expect(!text.contains(secret), "\(secret) leaked into the public \(format.rawValue)")
        }
        #expect(!text.contains("INTERNAL"))
        #expect(text.contains("Re-register the union."))
    }

    @Test(arguments: DocumentFormat.allCases)
    func anInternalDocumentHoldsEverythingAndIsMarked(format: DocumentFormat) throws {
        let text = try Rendering.fixture(["2021/KZ.yaml": Self.kazakhstan], format: format, audience: .internal)
        for secret in Self.secrets {
            #expect(text.contains(secret), "\(secret) is missing from the internal \(format.rawValue)")
        }
        #expect(text.components(separatedBy: "INTERNAL — NOT FOR PUBLICATION").count - 1 >= 2)
    }

    /// Chromium repeats `position: fixed` elements on every printed page: that is how the marking
    /// reaches every page of the PDF.
    @Test func theInternalMarkingIsOnEveryPrintedPage() throws {
        let html = try Rendering.fixture(["2021/KZ.yaml": Self.kazakhstan], format: .html, audience: .internal)
        #expect(html.contains("<div class=\"internal-marking\" role=\"note\">INTERNAL — NOT FOR PUBLICATION</div>"))
        #expect(html.contains(".internal-marking { position: fixed;"))
        #expect(html.contains("<title>[INTERNAL — NOT FOR PUBLICATION] Final Document"))
    }
}
