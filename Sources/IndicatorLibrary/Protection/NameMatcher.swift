/// Finds where protected names stand in a text, in any of the forms a writer would use for them.
///
/// A name is read as given names and a surname: `Erzhan Elshimbayev`, `Elshimbayev, Erzhan` (the
/// surname first, before a comma) and `Erzhan K. Elshimbayev` (an initial, which is left out) are
/// the same name. In a text, these are certain mentions:
/// - the given name and the surname next to each other in either order, or the given name first with
///   up to two initials or patronymics between them (`Erzhan K. Elshimbayev`, `Erzhan Kairatovich
///   Elshimbayev`, `Erzhan Kairatuly Elshimbayev`);
/// - the name's words run together (`Erzhan_Elshimbayev`, `ErzhanElshimbayev`);
/// - a name of one word, that word.
///
/// The surname alone (`Mr Elshimbayev`) is an uncertain mention when it is distinctive (five letters or
/// more): it may be another person of the same family name, which an editor can acknowledge.
///
/// Every spelling is folded by `TextFolder` first, so all of this holds across scripts, look-alike
/// letters and romanisations. A Russian text declines names (`Ержана Елшимбаева`, `Ларисе Харьковой`,
/// `Балтабаю`): each given name and surname is also known in its case forms (`Declension`).
struct NameMatcher {
    /// A name as written in the library: a person's `name` or one of its `also` spellings.
    struct Spelling {
        /// The person, by index in the list the matcher was made from.
        let person: Int
        let given: FoldedWords?
        let surname: FoldedWords
        let joined: FoldedWords?
        let surnameIsDistinctive: Bool
    }

    enum Certainty: Comparable { case certain, uncertain }

    struct Match: Hashable {
        let person: Int
        let certainty: Certainty
        /// For an uncertain match, the surname as folded: what an acknowledgement must name.
        let surnameKey: String
        /// For an uncertain match, where the surname stands alone in the text.
        var positions: [Int] = []
    }

    /// Fewer letters than this and a surname alone is too common to say anything.
    static let distinctiveLetters = 5

    private let spellings: [Spelling]
    private enum Role { case given, surname, joined, whole }
    /// Each entry: the spelling, the part of it, and the case form's words in `forms` (-1: the part
    /// as written).
    private var index = WordTable<[(spelling: Int32, role: Role, form: Int32)]>()
    /// The case forms of the names' words, one word each.
    private var forms: [FoldedWords] = []

    var isEmpty: Bool { spellings.isEmpty }

    /// `names[i]` are the spellings of person `i`.
    init(names: [[String]], folder: TextFolder) {
        var spellings: [Spelling] = []
        for (person, written) in names.enumerated() {
            for name in written {
                if let spelling = Self.spelling(name, person: person, folder: folder) { spellings.append(spelling) }
            }
        }
        self.spellings = spellings
        for (number, spelling) in spellings.enumerated() {
            let number = Int32(number)
            if let given = spelling.given {
                add(given, as: .given, of: number, folder: folder)
                add(spelling.surname, as: .surname, of: number, folder: folder)
            } else {
                add(spelling.surname, as: .whole, of: number, folder: folder)
            }
            if let joined = spelling.joined {
                index.update(joined.hashes[0], default: []) { $0.append((number, .joined, -1)) }
            }
        }
    }

    /// Indexes one word of a name, and its case forms.
    private mutating func add(_ word: FoldedWords, as role: Role, of spelling: Int32, folder: TextFolder) {
        index.update(word.hashes[0], default: []) { $0.append((spelling, role, -1)) }
        for form in Declension.forms(of: word.strings[0], folder: folder)
        where form.hashes[0] != word.hashes[0] || !form.sameWord(0, as: word, 0) {
            let number = Int32(forms.count)
            forms.append(form)
            index.update(form.hashes[0], default: []) { $0.append((spelling, role, number)) }
        }
    }

    /// Reads `name` as given names and a surname, folded.
    static func spelling(_ name: String, person: Int, folder: TextFolder) -> Spelling? {
        var parts = name
        if let comma = name.firstIndex(of: ",") {
            parts = String(name[name.index(after: comma)...]) + " " + String(name[..<comma])
        }
        let all = folder.words(parts)
        // Initials say nothing on their own; a name of initials only is kept as it is.
        let words = (0..<all.count).filter { all.word($0).count > 1 }
        let kept = words.isEmpty ? Array(0..<all.count) : words
        guard let last = kept.last else { return nil }
        let surname = FoldedWords(bytes: all.word(last))
        guard kept.count > 1, let first = kept.first else {
            return Spelling(person: person, given: nil, surname: surname, joined: nil, surnameIsDistinctive: true)
        }
        // Run together, the words are keyed as one word (a letter doubled across the join is one).
        let pieces: [Substring] = parts.split(whereSeparator: { !($0.isLetter || $0.isNumber) })
        let written = pieces.filter { $0.count > 1 }.joined(separator: "")
        let joined = folder.words(written)
        return Spelling(person: person, given: FoldedWords(bytes: all.word(first)), surname: surname,
                        joined: joined.count == 1 ? joined : nil,
                        surnameIsDistinctive: surname.word(0).count >= distinctiveLetters)
    }

    /// Every protected person that `words` mentions, each once, with the surest way it does.
    func matches(in words: FoldedWords) -> [Match] {
        guard !spellings.isEmpty else { return [] }
        var hits: [(position: Int, spelling: Int32, role: Role)] = []
        for position in 0..<words.count {
            guard let candidates = index[words.hashes[position]] else { continue }
            for candidate in candidates where same(words, position, candidate) {
                hits.append((position, candidate.spelling, candidate.role))
            }
        }
        guard !hits.isEmpty else { return [] }
        var found: [Int: Match] = [:]
        func record(_ spelling: Spelling, _ certainty: Certainty, at position: Int) {
            if let known = found[spelling.person] {
                if known.certainty < certainty { return }
                if known.certainty == .uncertain, certainty == .uncertain {
                    found[spelling.person]?.positions.append(position)
                    return
                }
            }
            found[spelling.person] = Match(person: spelling.person, certainty: certainty,
                                           surnameKey: certainty == .certain ? "" : spelling.surname.strings[0],
                                           positions: certainty == .certain ? [] : [position])
        }
        let given = Self.givenNames(in: hits)
        for hit in hits {
            let spelling = spellings[Int(hit.spelling)]
            switch hit.role {
            case .joined, .whole:
                record(spelling, .certain, at: hit.position)
            case .given:
                continue
            case .surname:
                if Self.givenName(near: hit.position, of: hit.spelling, in: given, words: words) != nil {
                    record(spelling, .certain, at: hit.position)
                } else if spelling.surnameIsDistinctive {
                    record(spelling, .uncertain, at: hit.position)
                }
            }
        }
        return found.values.sorted { ($0.person, $0.certainty) < ($1.person, $1.certainty) }
    }

    /// Whether the word at `position` is the surname of one of these names standing in full there
    /// (its given name beside it, as `joins` allows): what explains a confidential surname among
    /// public names. Only the few words around it are looked at.
    func explains(surnameAt position: Int, in words: FoldedWords) -> Bool {
        guard let candidates = index[words.hashes[position]] else { return false }
        for candidate in candidates where candidate.role == .surname && same(words, position, candidate) {
            for offset in Self.givenOffsets {
                let other = position + offset
                guard other >= 0, other < words.count, let near = index[words.hashes[other]] else { continue }
                let isGiven = near.contains { $0.spelling == candidate.spelling && $0.role == .given && same(words, other, $0) }
                if isGiven && Self.joins(given: other, surname: position, in: words) {
                    return true
                }
            }
        }
        return false
    }

    /// Where a given name may stand from its surname for `joins` to make one name of them.
    private static let givenOffsets = [-1, 1, -2, -3]

    /// The spellings whose given name stands at each position.
    private static func givenNames(in hits: [(position: Int, spelling: Int32, role: Role)]) -> [Int: [Int32]] {
        var given: [Int: [Int32]] = [:]
        for hit in hits where hit.role == .given { given[hit.position, default: []].append(hit.spelling) }
        return given
    }

    /// Where the given name of `spelling` stands that makes one name with its surname at `surname`:
    /// only the few positions `joins` allows are looked at, so a text of many names costs no more
    /// per name than a text of one.
    private static func givenName(near surname: Int, of spelling: Int32, in given: [Int: [Int32]],
                                  words: FoldedWords) -> Int? {
        for position in givenOffsets.map({ surname + $0 })
            where given[position]?.contains(spelling) == true && joins(given: position, surname: surname, in: words) {
            return position
        }
        return nil
    }

    /// Whether a given name at `given` and a surname at `surname` make one name: next to each other
    /// in either order, or the given name first with up to two words between that a name puts there
    /// (initials, patronymics). Two names in a row ("Aigerim Ismailova, Daniyar Nazarov") do not
    /// make a third, nor do words with punctuation between them.
    static func joins(given: Int, surname: Int, in words: FoldedWords) -> Bool {
        let distance = surname - given
        guard abs(distance) == 1 || (2...3).contains(distance) else { return false }
        let low = min(given, surname)
        // Punctuation between the words parts them, but for the period of an initial (`K.`).
        let parted = (low + 1...max(given, surname)).contains { index in
            words.breaks[index] && (index - 1 == low || words.word(index - 1).count > 2)
        }
        return !parted && (distance < 2 || (given + 1..<surname).allSatisfy { isMiddleName(words.word($0)) })
    }

    /// The endings of patronymics as keyed (`-ovich`, `-ovna`, `-ichna`; Kazakh and Kyrgyz `-uly`,
    /// `-kyzy`; Uzbek and Azerbaijani `-ogly`, `-ugli`; `-zade`).
    private static let patronymicEndings: [[UInt8]] = ["vich", "vna", "ich", "uli", "kizi", "ogli", "ugli", "zade"]
        .map { Array($0.utf8) }

    /// An initial (a letter or two) or a patronymic.
    static func isMiddleName(_ word: ArraySlice<UInt8>) -> Bool {
        word.count <= 2 || patronymicEndings.contains { ending in word.count > ending.count && word.suffix(ending.count).elementsEqual(ending) }
    }

    private func same(_ words: FoldedWords, _ position: Int,
                      _ candidate: (spelling: Int32, role: Role, form: Int32)) -> Bool {
        if candidate.form >= 0 { return words.sameWord(position, as: forms[Int(candidate.form)], 0) }
        let entry = spellings[Int(candidate.spelling)]
        let word: FoldedWords
        switch candidate.role {
        case .given: word = entry.given ?? entry.surname
        case .surname, .whole: word = entry.surname
        case .joined: word = entry.joined ?? entry.surname
        }
        return words.sameWord(position, as: word, 0)
    }
}
