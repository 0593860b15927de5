/// Searches the text of a finished output for what only an internal output may hold: the safety net
/// under the rules, run on every public output's bytes before it is placed.
///
/// It looks for every confidential person's name and other spellings in each form the name rule
/// knows (`NameMatcher`), the summary of every confidential finding (five words or more), and the id
/// of every finding that no edition publishes (of three words or more), all folded as `TextFolder`
/// folds, so an output that prints a name through a field the rules never read, in an entity, split
/// by markup or spelled another way, is still stopped. A confidential surname standing alone is a leak
/// too, unless it is explained: part of a public person's full name there, or a surname that an
/// editor acknowledged (`acknowledged:`) as another person's.
public final class LeakScanner {
    /// What was found, and where the library marks it confidential.
    public struct Leak: Sendable, Hashable, CustomStringConvertible {
        public enum Kind: Sendable, Hashable { case name, surname, summary, findingID }
        public let kind: Kind
        /// The name, summary or id as the library writes it.
        public let text: String
        public let markedAt: SourceLocation

        public var description: String {
            switch kind {
            case .name: "the name '\(text)', marked confidential at \(markedAt)"
            case .surname: "the surname of '\(text)', standing alone (not acknowledged as another person's), marked "
                + "confidential at \(markedAt)"
            case .summary: "the summary of a confidential finding (\(markedAt)): '\(text)'"
            case .findingID: "the id '\(text)' of a confidential finding (\(markedAt))"
            }
        }
    }

    private let folder = TextFolder()
    private let people: [Person]
    private let names: NameMatcher
    /// Public people's names, whose words explain a confidential surname among them.
    private let publicNames: NameMatcher
    /// The surnames editors acknowledged as other people's, keyed.
    private let acknowledgedSurnames: Set<String>
    private let phrases: [Leak]
    private let matcher: PhraseMatcher

    /// `library` as loaded, confidential records included: they are what is searched for.
    public init(library: Library) {
        var seen: Set<String> = []
        var people: [Person] = []
        var phrases: [Leak] = []
        var words: [FoldedWords] = []
        var publicIDs: Set<String> = []
        var hiddenIDs: [(String, SourceLocation)] = []
        var publicPeople: [[String]] = []
        var publicSeen: Set<String> = []
        var acknowledged: Set<String> = []
        for edition in library.editions {
            for list in [edition.meeting.acknowledged] + edition.countries.map(\.acknowledged) {
                for acknowledgement in list {
                    if let surname = folder.words(acknowledgement.name.value).strings.last { acknowledged.insert(surname) }
                }
            }
            for finding in edition.findings {
                if !finding.confidential.value {
                    for person in finding.people where !person.confidential.value {
                        let spellings = [person.name.value] + person.also.map(\.value)
                        if publicSeen.insert(spellings.joined(separator: "\u{0}")).inserted { publicPeople.append(spellings) }
                    }
                }
                for person in finding.people where person.confidential.value {
                    if seen.insert(([person.name.value] + person.also.map(\.value)).joined(separator: "\u{0}")).inserted {
                        people.append(person)
                    }
                }
                if finding.confidential.value {
                    hiddenIDs.append((finding.id.value, finding.id.location))
                    for (_, summary) in finding.summary.value.translations {
                        let folded = folder.words(summary)
                        guard folded.count >= ConfidentialFindings.minimumWords else { continue }
                        phrases.append(Leak(kind: .summary, text: summary, markedAt: finding.summary.location))
                        words.append(folded)
                    }
                } else {
                    publicIDs.insert(finding.id.value)
                }
            }
        }
        // An id of a word or two ("kg-12") would be found in any table that prints a country code
        // beside a number; such an id says nothing of the finding either.
        for (id, location) in hiddenIDs where !publicIDs.contains(id) {
            publicIDs.insert(id)
            let folded = folder.words(id)
            guard folded.count >= 3 else { continue }
            phrases.append(Leak(kind: .findingID, text: id, markedAt: location))
            words.append(folded)
        }
        self.people = people
        names = NameMatcher(names: people.map { [$0.name.value] + $0.also.map(\.value) }, folder: folder)
        publicNames = NameMatcher(names: people.isEmpty ? [] : publicPeople, folder: folder)
        acknowledgedSurnames = acknowledged
        self.phrases = phrases
        matcher = PhraseMatcher(words)
    }

    /// Whether there is anything to search for (a library with nothing confidential has not).
    package var isEmpty: Bool { people.isEmpty && phrases.isEmpty }

    /// The texts of `library` (redacted as the output was) in which the scan finds `leak`: the public
    /// texts first, and when none holds it, every text of the model (by reflection, slow, and only
    /// ever asked once a run has already failed).
    package func origins(of leak: Leak, in library: Library) -> [SourceLocation] {
        var origins: [SourceLocation] = []
        func look(_ location: SourceLocation, _ text: String) {
            if !origins.contains(location), scan(text).contains(leak) { origins.append(location) }
        }
        PublicTexts(library: library).forEach { text in text.text.forEachTranslation { look(text.location, $0) } }
        if origins.isEmpty {
            ModelTexts.forEach(in: library) { _, location, text in look(location, text) }
        }
        return origins
    }

    /// What `text` holds that it must not, each once; with `surnamesAlone` false, a confidential
    /// surname alone is not sought (for a reading whose words are not the text's own).
    public func scan(_ text: String, surnamesAlone: Bool = true) -> [Leak] {
        guard !isEmpty else { return [] }
        let words = folder.words(text)
        var leaks: [Leak] = []
        let unexplained = { (match: NameMatcher.Match) in
            match.certainty == .certain
                || (surnamesAlone && !self.acknowledgedSurnames.contains(match.surnameKey)
                    && match.positions.contains { !self.publicNames.explains(surnameAt: $0, in: words) })
        }
        for match in names.matches(in: words) where unexplained(match) {
            let person = people[match.person]
            leaks.append(Leak(kind: match.certainty == .certain ? .name : .surname, text: person.name.value,
                              markedAt: person.name.location))
        }
        leaks += matcher.find(in: words).map { phrases[$0] }
        return leaks
    }
}
