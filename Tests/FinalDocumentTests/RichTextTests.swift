import Testing
@testable import FinalDocument
import IndicatorLibrary
import LibraryFixtures

/// The Markdown subset of the library's texts, rendered for HTML.
@Suite struct RichTextTests {
    @Test func emphasisBecomesTags() {
        #expect(RichText.emphasis("In **Kazakhstan**, the *Law on Trade Unions*.")
            == "In <strong>Kazakhstan</strong>, the <em>Law on Trade Unions</em>.")
    }

    @Test func markupInTheTextIsEscaped() {
        #expect(RichText.emphasis("<script>alert(\"x\")</script> & **<b>**")
            == "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; <strong>&lt;b&gt;</strong>")
    }

    @Test func anAsteriskWithoutAPartnerStaysAnAsterisk() {
        #expect(RichText.emphasis("2 * 3 * 4") == "2 * 3 * 4")
        #expect(RichText.emphasis("**unclosed bold") == "**unclosed bold")
        #expect(RichText.emphasis("a footnote*") == "a footnote*")
    }

    @Test func paragraphsAreSeparatedByABlankLine() {
        let text = "First line\n  continued.\n\n\nSecond paragraph.\n"
        #expect(RichText.paragraphs(text) == ["First line continued.", "Second paragraph."])
        #expect(RichText.block(text, as: .html) == "<p>First line continued.</p>\n<p>Second paragraph.</p>")
        #expect(RichText.block(text, as: .markdown) == "First line continued.\n\nSecond paragraph.")
    }

    /// The template check knows every field the view model has: a field added to `DocumentView`
    /// but not to `fieldNames` would be refused in templates.
    @Test func theTemplateVocabularyMatchesTheViewModel() throws {
        var labels: Set<String> = []
        func collect(_ value: Any) {
            for child in Mirror(reflecting: value).children {
                if let label = child.label { labels.insert(label) }
                collect(child.value)
            }
        }
        let library = try #require(LibraryCheck.run(at: Fixture.bundledLibrary).library)
        let edition = try #require(library.edition(2021))
        let wording = try #require(Wordings.builtIn("en"))
        let view = DocumentViewBuilder(library: library, edition: edition, format: .markdown, audience: .internal,
                                       isDraft: false, wording: wording).build()
        collect(view)
        // The words are a dictionary (its entries mirror as key and value): their names are the phrases'.
        let phrases = Set(Wording.Phrase.allCases.map(\.rawValue))
        #expect(Set(view.words.keys) == phrases)
        let viewLabels = labels.filter { !$0.hasPrefix("_") && $0 != "some" && Int($0) == nil && $0 != "key" && $0 != "value" }
        #expect(viewLabels.subtracting(DocumentView.fieldNames) == [])
        #expect(DocumentView.fieldNames.subtracting(viewLabels).subtracting(phrases) == [])
    }
}
