import Testing
@testable import Exports

/// The JSON reader of `merge`: RFC 8259, every value with its line and column, every error at the
/// place to fix.
@Suite struct JSONReaderTests {
    private func read(_ text: String) throws(JSONReader.Failure) -> JSONNode {
        try JSONReader.read(Array(text.utf8))
    }

    private func failure(_ text: String) -> String {
        do {
            _ = try read(text)
            return "read"
        } catch {
            return "\(error.line):\(error.column): \(error.message)"
        }
    }

    @Test func valuesKeepTheirPlaces() throws {
        let node = try read("""
            {
              "year": 2021,
              "name": {"en": "Kazakhstan", "ru": "Казахстан"},
              "list": [true, null, -1.5e3, "a\\"b\\u00e9\\ud83d\\ude00"]
            }
            """)
        #expect(node["year"]?.int == 2021)
        #expect((node["year"]?.line, node["year"]?.column) == (2, 11))
        #expect(node["name"]?["ru"]?.string == "Казахстан")
        #expect(node["list"]?.items?.map(\.value) == [.bool(true), .null, .number("-1.5e3"), .string("a\"bé😀")])
        #expect((node["list"]?.items?[3].line, node["list"]?.items?[3].column) == (4, 32))
    }

    /// Columns count Unicode scalars, as the library's YAML diagnostics do: a Cyrillic text before an
    /// error does not push it to the right.
    @Test func columnsCountCharactersNotBytes() {
        #expect(failure(#"{"name": "Казахстан" "code": "KZ"}"#) == "1:22: expected ',' or '}' in an object")
    }

    @Test func malformedJSONIsRefusedAtItsPlace() {
        #expect(failure("") == "1:1: the file holds no JSON value")
        #expect(failure("[1, 2,]") == "1:7: expected a value (an object, a list, a text in double quotes, a number, true, false or null)")
        #expect(failure("{\"a\": 1,\n \"a\": 2}") == "2:5: the member 'a' is written twice")
        #expect(failure("\"open") == "1:6: a text is not closed by a double quote")
        #expect(failure(#""\x""#) == #"1:4: '\x' is not a JSON escape"#)
        #expect(failure("\"a\tb\"") == "1:3: a control character inside a text; write it as an escape such as \\n")
        #expect(failure("01") == "1:2: unexpected text after the JSON value")
        #expect(failure("{} {}") == "1:4: unexpected text after the JSON value")
        #expect(failure("[" + String(repeating: "[", count: 70)) == "1:65: values nested more than 64 deep")
        #expect(failure(#""\ud800""#) == #"1:8: a lone surrogate in \u escapes"#)
    }

    /// A file written on one line (minified) keeps every value's column.
    @Test func aMinifiedFileKeepsItsColumns() throws {
        let node = try read(#"{"a":[1,{"b":"Казахстан","c":true}],"d":null}"#)
        let item = try #require(node["a"]?.items?[1])
        #expect((item.line, item.column) == (1, 9))
        let c = try #require(item["c"]), d = try #require(node["d"])
        #expect((c.line, c.column) == (1, 30))
        #expect((d.line, d.column) == (1, 41))
    }

    @Test func aByteOrderMarkIsSkipped() throws {
        #expect(try JSONReader.read([0xEF, 0xBB, 0xBF] + Array("[1]".utf8)).value == .array([.number("1")]))
    }
}
