/// Catches a confidential person's name written into text that is published, in any spelling.
///
/// Leaving a confidential finding out of public outputs is not enough: situations, recommendations and
/// calls are free text, and a monitor may name the same activist there, in another script, order or
/// romanisation. A name marked confidential anywhere in the library is protected everywhere, since
/// regenerating an older edition republishes it. A surname alone is an uncertain mention: an error
/// too, unless the file that writes it acknowledges it as someone else's (`acknowledged:`).
struct ConfidentialNames {
    let bag: DiagnosticBag
    private let people: [Person]
    private let matcher: NameMatcher
    /// Per file, its acknowledgements with the surname each names, folded as the matcher folds.
    private let acknowledgements: [String: [(acknowledgement: Acknowledgement, surname: String)]]
    /// The acknowledgements that some uncertain mention used; the others are reported as stale.
    private let usedAcknowledgements = UsedAcknowledgements()

    private final class UsedAcknowledgements {
        var locations: Set<SourceLocation> = []
    }

    /// Where the acknowledgements that this rule's texts needed stand.
    var used: Set<SourceLocation> { usedAcknowledgements.locations }

    /// The same rule, reporting into `bag` and with acknowledgements of its own to mark used: one part
    /// of the texts checks with it on its own core, without making the matcher again.
    func reporting(into bag: DiagnosticBag) -> ConfidentialNames {
        ConfidentialNames(bag: bag, people: people, matcher: matcher, acknowledgements: acknowledgements)
    }

    private init(bag: DiagnosticBag, people: [Person], matcher: NameMatcher,
                 acknowledgements: [String: [(acknowledgement: Acknowledgement, surname: String)]]) {
        self.bag = bag
        self.people = people
        self.matcher = matcher
        self.acknowledgements = acknowledgements
    }

    init(library: Library, bag: DiagnosticBag, folder: TextFolder) {
        self.bag = bag
        people = Self.protectedPeople(in: library)
        matcher = NameMatcher(names: people.map { [$0.name.value] + $0.also.map(\.value) }, folder: folder)
        var acknowledgements: [String: [(Acknowledgement, String)]] = [:]
        for edition in library.editions {
            let files = [(edition.meeting.file, edition.meeting.acknowledged)]
                + edition.countries.map { ($0.file, $0.acknowledged) }
            for (file, list) in files {
                for acknowledgement in list {
                    let words = folder.words(acknowledgement.name.value).strings
                    acknowledgements[file, default: []].append((acknowledgement, words.last ?? ""))
                }
            }
        }
        self.acknowledgements = acknowledgements
    }

    var isEmpty: Bool { people.isEmpty && acknowledgements.isEmpty }

    /// Adds the protected names that `words` (one translation of a text) hold to `found`, each with
    /// the surest way a translation holds it.
    func collect(_ words: FoldedWords, into found: inout [Int: NameMatcher.Match]) {
        guard !matcher.isEmpty else { return }
        for match in matcher.matches(in: words) where found[match.person].map({ match.certainty < $0.certainty }) ?? true {
            found[match.person] = match
        }
    }

    /// Reports each protected name that `text` holds (`found`, from `collect`).
    func report(_ text: PublicTexts.Text, _ found: [Int: NameMatcher.Match]) {
        guard !found.isEmpty else { return }
        for match in found.values.sorted(by: { $0.person < $1.person }) {
            let person = people[match.person]
            let marked = Diagnostic.Note("'\(person.name.value)' is marked confidential here", at: person.name.location)
            switch match.certainty {
            case .certain:
                bag.error("\(text.role) names '\(person.name.value)', who is marked confidential; a public output "
                          + "would print the name. Remove it from the text, or write the finding as confidential "
                          + "and keep the name in its people", at: text.location, notes: [marked])
            case .uncertain:
                // A person's name in full that shares only the surname is another person.
                if text.isName { continue }
                if let acknowledged = acknowledgements[text.location.file]?.first(where: {
                    $0.surname == match.surnameKey
                }) {
                    usedAcknowledgements.locations.insert(acknowledged.acknowledgement.location)
                    continue
                }
                bag.error("\(text.role) may name '\(person.name.value)', who is marked confidential: it holds the "
                          + "surname. If it is another person, say so in this file under 'acknowledged:' (name and "
                          + "reason); otherwise remove the name", at: text.location, notes: [marked])
            }
        }
    }

    /// Lists every acknowledgement in `bag`, and warns of those that no text needs (`used` gathers
    /// what every part's rule used).
    func reportAcknowledgements(into bag: DiagnosticBag, used: Set<SourceLocation>) {
        for list in acknowledgements.values {
            for (acknowledgement, _) in list {
                if used.contains(acknowledgement.location) {
                    bag.note("'\(acknowledgement.name.value)' acknowledged as not a confidential person: "
                             + acknowledgement.reason.value, at: acknowledgement.location)
                } else {
                    bag.warning("'\(acknowledgement.name.value)' is acknowledged, but no text of this file resembles "
                                + "a confidential name any more; remove the acknowledgement",
                                at: acknowledgement.location)
                }
            }
        }
    }

    private static func protectedPeople(in library: Library) -> [Person] {
        var seen: Set<String> = []
        var people: [Person] = []
        for edition in library.editions {
            for finding in edition.findings {
                for person in finding.people where person.confidential.value {
                    let key = ([person.name.value] + person.also.map(\.value)).joined(separator: "\u{0}")
                    guard seen.insert(key).inserted else { continue }
                    people.append(person)
                }
            }
        }
        return people
    }
}
