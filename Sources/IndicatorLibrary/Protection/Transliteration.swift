/// Cyrillic letters in Latin, as the name rules compare them: one plain romanisation (close to ICAO's
/// passport table, with BGN/PCGN's `y` where ICAO writes `i`; `RomanisationKey` makes the two one),
/// covering Russian, Kazakh, Kyrgyz, Tajik, Uzbek Cyrillic, Ukrainian and Belarusian letters.
enum Transliteration {
    /// The Cyrillic blocks: Cyrillic, Supplement, Extended-A, -B, -C.
    static func isCyrillic(_ value: UInt32) -> Bool {
        (0x400...0x52F).contains(value) || (0x2DE0...0x2DFF).contains(value) || (0xA640...0xA69F).contains(value)
            || (0x1C80...0x1C8F).contains(value)
    }

    /// The Latin of a lower-case Cyrillic letter without marks (`й` arrives as `и`, `ё` as `е`).
    static func latin(_ letter: Unicode.Scalar) -> String? {
        letters[letter.value]
    }

    private static let letters: [UInt32: String] = {
        let pairs: [(Character, String)] = [
            ("а", "a"), ("б", "b"), ("в", "v"), ("г", "g"), ("д", "d"), ("е", "e"), ("ж", "zh"), ("з", "z"),
            ("и", "i"), ("к", "k"), ("л", "l"), ("м", "m"), ("н", "n"), ("о", "o"), ("п", "p"), ("р", "r"),
            ("с", "s"), ("т", "t"), ("у", "u"), ("ф", "f"), ("х", "kh"), ("ц", "ts"), ("ч", "ch"), ("ш", "sh"),
            ("щ", "shch"), ("ъ", ""), ("ы", "y"), ("ь", ""), ("э", "e"), ("ю", "yu"), ("я", "ya"),
            // Kazakh, Kyrgyz, Tajik, Uzbek, Bashkir, Tatar.
            ("ә", "a"), ("ғ", "g"), ("қ", "k"), ("ң", "ng"), ("ө", "o"), ("ұ", "u"), ("ү", "u"), ("һ", "h"),
            ("і", "i"), ("ҳ", "h"), ("ҷ", "j"), ("ӯ", "u"), ("ӣ", "i"), ("ҥ", "ng"), ("ӊ", "ng"), ("ҡ", "k"),
            ("ҙ", "z"), ("ҫ", "s"), ("ӑ", "a"), ("ӗ", "e"), ("ҫ", "s"), ("ӳ", "u"), ("ҕ", "g"), ("ӄ", "k"),
            ("ӈ", "ng"), ("ӆ", "l"), ("ӎ", "m"), ("ӊ", "n"),
            // Ukrainian, Belarusian, Serbian, Macedonian.
            ("є", "ye"), ("ї", "yi"), ("ґ", "g"), ("ў", "u"), ("ђ", "dj"), ("ј", "j"), ("љ", "lj"), ("њ", "nj"),
            ("ћ", "c"), ("џ", "dzh"), ("ѓ", "g"), ("ќ", "k"), ("ѕ", "dz"),
        ]
        var table: [UInt32: String] = [:]
        for (letter, latin) in pairs {
            for scalar in letter.unicodeScalars { table[scalar.value] = latin }
        }
        return table
    }()

    /// Latin letters that the usual romanisations of Central Asian names write with two letters, or
    /// that have no decomposition to drop a mark from (`ø`, `ł`); nil for the others.
    static func latinSpecial(_ lower: String) -> String? {
        switch lower {
        case "ž": return "zh"
        case "š", "ş", "ș": return "sh"
        case "č", "ç": return "ch"
        case "ğ": return "g"
        case "ø": return "o"
        case "ł": return "l"
        case "đ": return "d"
        case "æ": return "ae"
        case "œ": return "oe"
        case "ß": return "ss"
        case "þ": return "th"
        default: return nil
        }
    }
}
