/// One edition of a `RedactedLibrary`, with the library it belongs to (the renderers read earlier
/// editions and the catalog through it).
public struct RedactedEdition: Sendable {
    package let edition: Edition
    package let redacted: RedactedLibrary
    /// Built with `--draft` from an edition that is not ready to publish: every page and sheet says so.
    public let isDraft: Bool
    /// Set for a one-country extract (`report --country KZ`): the country's code.
    public let extractOf: String?

    package var library: Library { redacted.library }
    public var audience: Audience { redacted.audience }
    public var year: Int { edition.year }

    /// Made only by `RedactedLibrary`, from an edition it has redacted.
    init(edition: Edition, redacted: RedactedLibrary, isDraft: Bool = false, extractOf: String? = nil) {
        self.edition = edition
        self.redacted = redacted
        self.isDraft = isDraft
        self.extractOf = extractOf
    }

    /// The same edition, to be rendered as a draft.
    public func markedAsDraft() -> RedactedEdition {
        RedactedEdition(edition: edition, redacted: redacted, isDraft: true, extractOf: extractOf)
    }

    /// The edition as one country's extract, for an advocacy brief: the opening, the regional
    /// paragraphs that name the country (in any of its names), its situation and its appeal, the
    /// intentions and calls; only its findings, recommendations and figures. `code` is a catalog code.
    public func only(country code: String) -> RedactedEdition {
        let names = library.catalog.country(code)?.name.value.translations.map(\.text) ?? []
        let meeting = edition.meeting
        let narrative = meeting.narrative.filter { block in
            switch block {
            case let .country(country): return country.value == code
            case let .text(paragraph):
                return paragraph.value.translations.contains { translation in
                    names.contains { translation.text.range(of: $0, options: .caseInsensitive) != nil }
                }
            }
        }
        let extract = meeting.replacing(narrative: narrative, appeals: meeting.appeals.filter { $0.value == code },
                                        findings: [])
        return RedactedEdition(
            edition: Edition(year: edition.year, meeting: extract, countries: edition.countries.filter { $0.country.value == code },
                             folder: edition.folder),
            redacted: redacted, isDraft: isDraft, extractOf: code)
    }
}
