import IndicatorLibrary

/// What a template sees: every number, ordinal, joined list and grouping already decided, every text
/// already rendered for the output format, so that a template only lays it out.
///
/// The property names are the template's vocabulary (`{{ordinal}}`, `{{#appeals}}`); `fieldNames`
/// lists them for the template check, and `Templates/README.md` documents them.
struct DocumentView {
    struct Narrative {
        /// Block text: a regional paragraph or a country's situation.
        let text: String
        /// The country whose situation this is; nil for a regional paragraph.
        let country: String?
    }

    struct Recommendation {
        /// Nil when the block is printed without numbers.
        let number: Int?
        let id: String
        let text: String
    }

    struct Appeal {
        let country: String
        let countryName: String
        let addressee: String
        /// The line over the recommendations, as the language writes it: "— the President … to:".
        let addresseeLine: String
        let numbered: Bool
        let recommendations: [Recommendation]
    }

    struct Item {
        let number: Int
        let text: String
    }

    struct Call {
        let number: Int
        let to: String
        let text: String
    }

    struct Person {
        let name: String
        let confidential: Bool
    }

    struct Source {
        let title: String?
        let url: String?
    }

    struct Finding {
        let id: String
        let kind: String
        let status: String
        let summary: String
        let confidential: Bool
        let people: [Person]
        let sources: [Source]
    }

    struct AnnexSection {
        /// "Central Asia (regional)" or the country's name.
        let heading: String
        let findings: [Finding]
    }

    struct Annex {
        let sections: [AnnexSection]
    }

    let language: String
    /// The words of the language, each rendered for the format, by their names in the strings file
    /// (`{{words.final_document}}`).
    let words: [String: String]
    let `internal`: Bool
    let internalMarking: String
    /// Whether the document must say what it is on every page (internal, draft, or both).
    let marked: Bool
    /// What it must say: the markings joined ("INTERNAL — NOT FOR PUBLICATION · DRAFT — …").
    let marking: String
    let edition: Int
    let ordinal: String
    let event: String
    let mission: String
    /// The heading's lines under "Final Document", as the language writes them: "Fifth Coordination
    /// Meeting" and the mission, or "Пятое координационное совещание" and the mission in the genitive.
    let headingEvent: String
    let headingMission: String
    /// Set when this language's version is an unofficial translation: what the document says so with.
    let unofficial: String?
    /// Set for a one-country extract: what the document says it is, under the heading.
    let extract: String?
    /// "Bishkek, 7 December 2021".
    let placeAndDate: String
    let theme: String?
    /// Set when only part of the edition is known: the note saying what is missing, rendered.
    let partialNote: String?
    let place: String
    let date: String
    let year: Int
    let online: Bool
    let participants: String
    let opening: String
    let narrative: [Narrative]
    let appealsIntro: String?
    let appeals: [Appeal]
    let intentionsIntro: String?
    let intentions: [Item]
    let calls: [Call]
    /// Whether to print the lead-in lines ("state their intention to:"): a section over the list
    /// itself would repeat them once per item.
    let hasAppeals: Bool
    let hasIntentions: Bool
    let hasCalls: Bool
    /// Only in an internal document: every finding, the confidential ones and their people included.
    let annex: Annex?

    /// Every name a template may use, at any depth, with the transforms of the template engine.
    static let fieldNames = Set<String>([
        "language", "words", "headingEvent", "headingMission", "unofficial", "extract", "placeAndDate", "addresseeLine",
        "internal", "internalMarking", "marked", "marking", "edition", "ordinal", "event", "mission", "theme", "partialNote", "place",
        "date", "year", "online", "participants", "opening", "narrative", "text", "country", "appealsIntro",
        "appeals", "countryName", "addressee", "numbered", "recommendations", "number", "id", "intentionsIntro",
        "intentions", "calls", "to", "hasAppeals", "hasIntentions", "hasCalls", "annex", "sections", "heading", "findings", "kind", "status", "summary",
        "confidential", "people", "name", "sources", "title", "url",
    ]).union(Wording.Phrase.allCases.map(\.rawValue))
}
