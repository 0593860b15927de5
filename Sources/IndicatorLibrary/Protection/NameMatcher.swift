/// Finds where protected names stand in a text, in any of the forms a writer would use for them.
///
/// A name is read as given names and a surname: `Erzhan Elshimbayev`, `Elshimbayev, Erzhan` (the
/// surname first, before a comma) and `Erzhan K. Elshimbayev` (an initial, which is left out) are
/// the same name. In a text, these are certain mentions:
/// - the given name and the surname next to each other in either order, or with up to two words
///   between them (a patronymic, a middle name, an initial, a stray word from a Markdown link);
/// - the name's words run together (`Erzhan_Elshimbayev`, `ErzhanElshimbayev`);
/// - a name of one word, that word.
///
/// The surname alone (`Mr Elshimbayev`) is an uncertain mention when it is distinctive (five letters or
/// more): it may be another person of the same family name, which an editor can acknowledge.
///
/// Every spelling is folded by `TextFolder` first, so all of this holds across scripts, look-alike
/// letters and romanisations.
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
    }

    /// Fewer letters than this and a surname alone is too common to say anything.
    static let distinctiveLetters = 5

    private let spellings: [Spelling]
    private enum Role { case given, surname, joined, whole }
    private var index = WordTable<[(spelling: Int32, role: Role)]>()

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
                index.update(given.hashes[0], default: []) { $0.append((number, .given)) }
                index.update(spelling.surname.hashes[0], default: []) { $0.append((number, .surname)) }
            } else {
                index.update(spelling.surname.hashes[0], default: []) { $0.append((number, .whole)) }
            }
            if let joined = spelling.joined {
                index.update(joined.hashes[0], default: []) { $0.append((number, .joined)) }
            }
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
            for candidate in candidates where same(words, position, candidate.spelling, candidate.role) {
                hits.append((position, candidate.spelling, candidate.role))
            }
        }
        guard !hits.isEmpty else { return [] }
        var found: [Int: Match] = [:]
        func record(_ spelling: Spelling, _ certainty: Certainty) {
            let match = Match(person: spelling.person, certainty: certainty,
                              surnameKey: certainty == .certain ? "" : spelling.surname.strings[0])
            if let known = found[spelling.person], known.certainty <= certainty { return }
            found[spelling.person] = match
        }
        for hit in hits {
            let spelling = spellings[Int(hit.spelling)]
            switch hit.role {
            case .joined, .whole:
                record(spelling, .certain)
            case .given:
                continue
            case .surname:
                let near = hits.contains { other in
                    other.spelling == hit.spelling && other.role == .given && other.position != hit.position
                        && abs(other.position - hit.position) <= 3
                }
                if near {
                    record(spelling, .certain)
                } else if spelling.surnameIsDistinctive {
                    record(spelling, .uncertain)
                }
            }
        }
        return found.values.sorted { ($0.person, $0.certainty) < ($1.person, $1.certainty) }
    }

    private func same(_ words: FoldedWords, _ position: Int, _ spelling: Int32, _ role: Role) -> Bool {
        let entry = spellings[Int(spelling)]
        let word: FoldedWords
        switch role {
        case .given: word = entry.given ?? entry.surname
        case .surname, .whole: word = entry.surname
        case .joined: word = entry.joined ?? entry.surname
        }
        return words.sameWord(position, as: word, 0)
    }
}
