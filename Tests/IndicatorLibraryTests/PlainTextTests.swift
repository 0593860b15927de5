import Testing
import IndicatorLibrary

/// The plain text of a Markdown field, as the workbook's cells and the changes show it: emphasis
/// markers gone, paragraphs apart, the surrounding blanks trimmed.
@Suite struct PlainTextTests {
    @Test(arguments: [
        ("The union was de-registered.", "The union was de-registered."),
        ("  The union was de-registered.\t", "The union was de-registered."),
        ("Профсоюз «Жанарту» ликвидирован. ", "Профсоюз «Жанарту» ликвидирован."),
        ("In **Kazakhstan**, activists *remain* under pressure.", "In Kazakhstan, activists remain under pressure."),
        ("First paragraph.\n\nSecond, with a lone * asterisk.", "First paragraph.\n\nSecond, with a lone * asterisk."),
        ("   ", ""),
    ])
    func plainText(markdown: String, plain: String) {
        #expect(Markup.plain(markdown) == plain)
    }
}
