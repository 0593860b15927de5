import Testing
@testable import IndicatorLibrary
import LibraryFixtures

/// Names and texts of the region survive loading exactly, and columns count letters, not bytes.
@Suite struct UnicodeTests {
    @Test func cyrillicKazakhAndUzbekLettersRoundTrip() {
        let check = Fixture.check([
            "catalog/countries.yaml": """
                - code: KZ
                  name: {en: Kazakhstan, ru: Казахстан, kk: Қазақстан}
                  addressee: the President and the Government of the Republic of Kazakhstan
                - code: KG
                  name: {en: Uzbekistan, uz: Oʻzbekiston, ru: Узбекистан}
                """,
            "2021/KZ.yaml": Fixture.kazakhstan.replacingOccurrences(
                of: "summary: The authorities de-registered the union.",
                with: "summary: {en: The union was de-registered., kk: Кәсіподақ тіркеуден шығарылды — ғ ү ұ ә ө ң һ і.}"),
        ])
        #expect(Fixture.messages(check) == [])
        let catalog = check.library?.catalog
        #expect(catalog?.country("KZ")?.name.value.text(in: "kk") == "Қазақстан")
        #expect(catalog?.country("KZ")?.name.value.text(in: "ru") == "Казахстан")
        #expect(catalog?.country("KG")?.name.value.text(in: "uz") == "Oʻzbekiston")
        #expect(catalog?.country("KG")?.name.value.languages == ["en", "uz", "ru"])
        let summary = check.library?.edition(2021)?.findings.first?.summary.value
        #expect(summary?.text(in: "kk") == "Кәсіподақ тіркеуден шығарылды — ғ ү ұ ә ө ң һ і.")
        #expect(summary?.text == "The union was de-registered.")
        #expect(summary?.text(in: "tg") == "The union was de-registered.")
    }

    @Test func columnsCountLettersAfterCyrillicText() {
        let check = Fixture.check(["catalog/countries.yaml": """
            - {code: KZ, name: Қазақстан, addresse: the President}
            - code: KG
              name: Кыргызстан
            """])
        #expect(Fixture.messages(check).contains(
            "Indicators/catalog/countries.yaml:1:31: error: unknown key 'addresse' in a country (did you mean "
            + "'addressee'?); expected one of: code, name, addressee"))
    }
}
