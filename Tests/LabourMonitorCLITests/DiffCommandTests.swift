import Foundation
import Testing

/// `labour-monitor diff` as the secretariat runs it on the bundled library.
@Suite struct DiffCommandTests {
    @Test func textIsPlainWhenPiped() throws {
        let run = try CLI.run(["diff", "2019", "2021"])
        #expect(run.status == 0, "\(run.errors)")
        // It opens with what the two years' comparison comes to.
        #expect(run.output.hasPrefix("Changes from 2019 to 2021\n\n2019 → 2021: findings: 29 new, 3 changed, "
            + "4 no longer reported; recommendations: 16 new; ratifications: 2 ratified\n\n"
            + "note: The 2019 edition is partial: "))
        #expect(run.output.contains("    ~ KZ kz-trade-union-law-unamended\n"))
        #expect(run.output.contains("    ~ KG P029: [-not ratified-] → {+ratified 2020+}\n"))
        #expect(!run.output.contains("\u{1B}["))
    }

    @Test func markdownIsWrittenBesideTheFinalDocument() throws {
        let folder = try CLI.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try CLI.run(["diff", "2019", "2021", "--format", "markdown"], in: folder)
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output == "wrote Reports/2021/changes-2019-2021.md\nwrote Reports/2021/changes-2019-2021.ru.md\n")
        let text = try String(contentsOf: folder.appendingPathComponent("Reports/2021/changes-2019-2021.md"),
                              encoding: .utf8)
        #expect(text.hasPrefix("# Changes from 2019 to 2021\n\n**2019 → 2021: findings: 29 new, 3 changed, "
            + "4 no longer reported; recommendations: 16 new; ratifications: 2 ratified**\n\n"
            + "> **Note.** The 2019 edition is partial: "))
        let russian = try String(contentsOf: folder.appendingPathComponent("Reports/2021/changes-2019-2021.ru.md"),
                                 encoding: .utf8)
        #expect(russian.hasPrefix("# Изменения с 2019 по 2021 г.\n\n**2019 → 2021: выводы: новые — 29, изменены — 3, "
            + "больше не сообщается — 4; рекомендации: новые — 16; ратификации: ратифицировано — 2**\n\n"
            + "> **Примечание.** Редакция 2019 г. неполная: "))
        #expect(russian.contains("\n- KZ kz-overt-repression-ceased (прогресс): Открытые репрессии против профсоюзных "
                                 + "активистов прекратились.\n"))
        #expect(!russian.contains("не переведено"))
    }

    @Test func jsonGoesToStandardOutputForOneCountry() throws {
        let run = try CLI.run(["diff", "2019", "2021", "--format", "json", "--country", "KG"])
        #expect(run.status == 0, "\(run.errors)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        let findings = try #require(document["findings"] as? [[String: Any]])
        #expect(Set(findings.compactMap { $0["country"] as? String }) == ["KG"])
    }

    @Test func mistakesAreNamed() throws {
        let missing = try CLI.run(["diff", "2018", "2021"])
        #expect(missing.status == 1)
        #expect(missing.errors == "Indicators: error: the library has no edition 2018 (no folder Indicators/2018/); "
            + "editions held: 2019, 2021\n")
        let country = try CLI.run(["diff", "2019", "2021", "--country", "KY"])
        #expect(country.status == 1)
        #expect(country.errors == "Indicators/catalog/countries.yaml: error: --country KY is not a country of the "
            + "catalog (did you mean 'BY'?)\n")
        let lowercase = try CLI.run(["diff", "2019", "2021", "--country", "kz", "--format", "json"])
        #expect(lowercase.status == 0, "country codes in any case")
        #expect(lowercase.output == (try CLI.run(["diff", "2019", "2021", "--country", "KZ", "--format", "json"])).output)
        let format = try CLI.run(["diff", "2019", "2021", "--format", "pdf"])
        #expect(format.status == 64)
    }
}
