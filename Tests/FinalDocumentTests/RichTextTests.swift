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

    @Test func datesAreWrittenAsTheDocumentWritesThem() throws {
        let date = try #require(CalendarDate(year: 2021, month: 12, day: 7))
        #expect(DateWriting.write(date, language: "en") == "7 December 2021")
        #expect(DateWriting.write(date, language: "ru") == "7 декабря 2021 г.")
        #expect(DateWriting.write(date, language: "kk") == "2021-12-07")
    }

    @Test func listsUseTheSerialComma() {
        #expect(DateWriting.list(["Kazakhstan"], language: "en") == "Kazakhstan")
        #expect(DateWriting.list(["Kazakhstan", "Russia"], language: "en") == "Kazakhstan and Russia")
        #expect(DateWriting.list(["Kazakhstan", "Russia", "Ukraine"], language: "en") == "Kazakhstan, Russia, and Ukraine")
        #expect(DateWriting.list(["Казахстан", "Россия", "Украина"], language: "ru") == "Казахстан, Россия и Украина")
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
        collect(DocumentViewBuilder(library: library, edition: edition, format: .markdown, audience: .internal,
                                   markings: [Audience.internalMarking]).build())
        let viewLabels = labels.filter { !$0.hasPrefix("_") && $0 != "some" && Int($0) == nil }
        #expect(viewLabels.subtracting(DocumentView.fieldNames) == [])
        #expect(DocumentView.fieldNames.subtracting(viewLabels) == [])
    }
}
