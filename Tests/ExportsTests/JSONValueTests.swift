import Testing
@testable import Exports

/// The exchange file's layout: one member per line, short lists on one line, text as UTF-8.
@Suite struct JSONValueTests {
    @Test func rendersOneMemberPerLine() {
        let value = JSONValue.object([
            ("year", .number(2021)),
            ("languages", .array([.string("en"), .string("ru")])),
            ("summary", .object([("en", .string("Said \"no\"\n")), ("ru", .string("Казахстан"))])),
            ("people", .array([.object([("name", .string("A"))])])),
            ("empty", .array([])),
            ("theme", .null),
        ])
        #expect(value.rendered() == """
            {
              "year": 2021,
              "languages": ["en", "ru"],
              "summary": {
                "en": "Said \\"no\\"\\n",
                "ru": "Казахстан"
              },
              "people": [
                {
                  "name": "A"
                }
              ],
              "empty": [],
              "theme": null
            }

            """)
    }

    /// What the reader reads back is the value written: the merge compares the two.
    @Test func readsBackAsWritten() throws {
        let value = JSONValue.object([("text", .string("tab\there, bell\u{07}, quote \", slash \\")),
                                      ("n", .number("55")), ("b", .bool(false))])
        #expect(try JSONReader.read(Array(value.rendered().utf8)).value == value)
    }
}
