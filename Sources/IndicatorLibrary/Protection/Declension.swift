/// The case forms a Russian text gives a name: `Ержан Елшимбаев` is `Ержана Елшимбаева` after
/// "the case of", `Ержану Елшимбаеву` after "to", `Ержаном` after "with"; `Лариса Харькова` is
/// `Ларисе Харьковой`, `Ларису Харькову`. Written in Russian, a protected name is far more often
/// declined than not, so each word of a name is known in these forms too.
///
/// The forms are made from the word as folded (transliterated and keyed, `RomanisationKey`), by the
/// endings of the Russian cases as transliterated, and folded again: the same way a declined word of
/// a text is folded, so that the two meet. Over-matching costs an acknowledgement; a missed form
/// costs a leak, so the endings of every declension are taken, whatever the name's gender.
enum Declension {
    /// Added to the word: the masculine and consonant declensions (`-а`, `-у`, `-ом`, `-ем`, `-е`),
    /// those of `-ий` and `-й` (`-я`, `-ю`, `-ем`, `-и`), the surnames' (`-ым`, `-им`), and the
    /// adjectival surnames' (`-ого`, `-ому`, `-его`, `-ему`).
    static let added = ["a", "u", "om", "em", "e", "y", "ym", "im", "m", "ya", "yu", "ye", "yem", "yi",
                        "ogo", "omu", "ego", "emu"]

    /// In place of a final vowel: the feminine declension (`Лариса`: `-ы`, `-и`, `-е`, `-у`, `-ой`,
    /// `-ей`, `-ою`), which is also that of surnames in `-ова`, `-ева`, `-ина` and `-ская`.
    static let replacingFinalVowel = ["y", "i", "e", "u", "oy", "ey", "oyu", "eyu", "ya", "yu"]

    /// The case forms of a folded word, one word each, without the word itself.
    static func forms(of word: String, folder: TextFolder) -> [FoldedWords] {
        // A key of Latin letters only: a word of another script is not declined here.
        guard word.count >= 2, word.allSatisfy({ $0.isASCII && $0.isLetter }) else { return [] }
        var written = Set(added.map { word + $0 })
        if let last = word.last, "aeo".contains(last) {
            let stem = String(word.dropLast())
            written.formUnion(replacingFinalVowel.map { stem + $0 })
        }
        var forms: [FoldedWords] = []
        var seen: Set<[UInt8]> = [Array(word.utf8)]
        for form in written.sorted() {
            let folded = folder.words(form)
            guard folded.count == 1, seen.insert(Array(folded.word(0))).inserted else { continue }
            forms.append(folded)
        }
        return forms
    }
}
