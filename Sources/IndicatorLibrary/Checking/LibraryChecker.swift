import Foundation
internal import Parallelism

/// The rules that span files: every reference resolves, ids are unique, dates agree with their
/// edition, ratification facts do not contradict each other. Runs on whatever the loader could build,
/// so a library with a syntax error in one file still has the rest of its mistakes reported.
struct LibraryChecker {
    let library: Library
    let bag: DiagnosticBag
    /// False only when a test injects the fault of rules that miss everything.
    var confidentialityRules = true

    func run() {
        checkCatalog()
        RatificationRules(library: library, bag: bag).run()
        SeriesRules(library: library, bag: bag).run()
        checkEditionOrder()
        checkEditionsAndTexts()
    }

    /// One piece of the work that runs on every core: the editions' rules, or the text rules over a
    /// run of the library's parts.
    private enum Job {
        case editions
        case texts([PublicTexts.Part])
    }

    /// The editions' rules and the text rules, together on every core. The text rules are most of
    /// checking's time: they are cut into several runs of parts, taken by whichever core is free, so
    /// that the cores finish together; the editions' rules (and the first appearance of each id, which
    /// only they need) are one job, taken first, beside the texts. Each job collects into a bag of its
    /// own that knows what could not be read, and the bags are gathered back in the jobs' order (the
    /// editions', then the texts').
    private func checkEditionsAndTexts() {
        let texts = PublicTexts(library: library)
        let parts = texts.parts
        let runs = max(1, min(parts.count, 4 * ProcessInfo.processInfo.activeProcessorCount))
        let chunks = (0..<runs).map { run in
            Array(parts[(parts.count * run / runs)..<(parts.count * (run + 1) / runs)])
        }
        let jobs = [Job.editions] + chunks.map(Job.texts)
        let library = library
        let bag = bag
        // The rules' matchers are made once for every run of texts: they are the same for all.
        let folder = TextFolder()
        let confidentialityRules = confidentialityRules
        let names = ConfidentialNames(library: library, bag: bag, folder: folder)
        let summaries = ConfidentialFindings(library: library, bag: bag, folder: folder)
        let results = ParallelMap.map(jobs) { job -> (bag: DiagnosticBag, names: ConfidentialNames?) in
            let jobBag = bag.withUnreadable()
            switch job {
            case .editions:
                let firstYears = FirstAppearance(library: library)
                for edition in library.editions {
                    EditionRules(library: library, edition: edition, firstYears: firstYears, bag: jobBag).run()
                    TranslationRules(library: library, edition: edition, bag: jobBag).run()
                }
                return (jobBag, nil)
            case let .texts(chunk):
                let names = Self.checkTexts(chunk, of: texts, names: names.reporting(into: jobBag),
                                            summaries: summaries.reporting(into: jobBag),
                                            confidentialityRules: confidentialityRules, bag: jobBag)
                return (jobBag, names)
            }
        }
        for result in results { bag.absorb(result.bag) }
        let comparers = results.compactMap(\.names)
        if let first = comparers.first {
            first.reportAcknowledgements(into: bag, used: comparers.reduce(into: []) { $0.formUnion($1.used) })
        }
    }

    /// The text rules (markup, confidential names and summaries) over the public texts of `parts`,
    /// each text split into words once and let go, so the words of a large library are never all held
    /// at once. Returns the names' rules when they compared anything, for the acknowledgements.
    private static func checkTexts(_ parts: [PublicTexts.Part], of texts: PublicTexts, names: ConfidentialNames,
                                   summaries: ConfidentialFindings, confidentialityRules: Bool,
                                   bag: DiagnosticBag) -> ConfidentialNames? {
        let folder = TextFolder()
        let markup = TextMarkup(bag: bag)
        let compares = confidentialityRules && (!names.isEmpty || !summaries.isEmpty)
        var words = FoldedWords()
        for part in parts {
            texts.forEach(in: part) { text in
                markup.check(text)
                guard compares else { return }
                var people: [Int: NameMatcher.Match] = [:]
                var repeated: [Int] = []
                text.text.forEachTranslation { translation in
                    folder.words(translation, into: &words)
                    names.collect(words, into: &people)
                    summaries.collect(text, words, into: &repeated)
                }
                names.report(text, people)
                summaries.report(text, repeated)
            }
        }
        return compares ? names : nil
    }

    // MARK: - Catalog

    private func checkCatalog() {
        let catalog = library.catalog
        bag.reportDuplicates(catalog.countries.map(\.code), what: "country code")
        bag.reportDuplicates(catalog.instruments.map(\.code), what: "instrument code")
        bag.reportDuplicates(catalog.themes.map(\.id), what: "theme id")
        bag.reportDuplicates(catalog.indicators.map(\.id), what: "indicator id")
        bag.reportDuplicates(catalog.groups, what: "group")

        for instrument in catalog.instruments {
            let code = instrument.code.value
            if instrument.body.value == .ilo, code.range(of: #"^[CP][0-9]{3}$"#, options: .regularExpression) == nil {
                bag.error("ILO instrument code '\(code)' must be C or P followed by three digits, such as C087 or P029",
                          at: instrument.code.location)
            }
            if let since = instrument.fundamentalSince {
                if instrument.category.value == .fundamental {
                    bag.error("'fundamental_since' is for instruments that became fundamental later; \(code) is "
                              + "already in the fundamental category", at: since.location)
                } else if since.value.year < instrument.adopted.value {
                    bag.error("\(code) cannot be fundamental (\(since.value)) before it was adopted "
                              + "(\(instrument.adopted.value))", at: since.location)
                }
            }
        }

        let themeIDs = catalog.themes.map(\.id.value)
        for indicator in catalog.indicators {
            let theme = indicator.theme
            if !themeIDs.contains(theme.value) && !bag.isUnreadable(theme.value, in: .theme) {
                bag.error("unknown theme '\(theme.value)'\(Suggestion.hint(for: theme.value, among: themeIDs))",
                          at: theme.location)
            } else if !indicator.id.value.hasPrefix(theme.value + ".") {
                bag.error("indicator id '\(indicator.id.value)' must start with its theme: '\(theme.value).…'",
                          at: indicator.id.location)
            }
            let kind = indicator.kind.value
            // A rating's scale says which way is better (its first label is the best).
            if kind.isQuantitative && kind != .rating && indicator.better == nil {
                bag.error("a \(kind.rawValue) indicator needs 'better' (lower, higher or none) so that a change "
                          + "can be read", at: indicator.location)
            }
            if kind == .rating, let better = indicator.better {
                bag.error("a rating takes no 'better': its scale goes from the best label to the worst",
                          at: better.location)
            }
            if !kind.isQuantitative, let better = indicator.better {
                bag.error("'better' is for quantitative indicators; findings are coded against qualitative ones",
                          at: better.location)
            }
            if !kind.isQuantitative, let unit = indicator.unit {
                bag.error("'unit' is for quantitative indicators", at: unit.location)
            }
        }
    }

    private func checkEditionOrder() {
        var seen: [Int: Edition] = [:]
        var previous: Edition?
        for edition in library.editions {
            let number = edition.meeting.edition
            if let first = seen[number.value] {
                bag.error("edition number \(number.value) is also the \(first.year) edition's; each meeting has its own",
                          at: number.location, notes: [.init("the \(first.year) edition", at: first.meeting.edition.location)])
            } else if let previous, number.value < previous.meeting.edition.value {
                bag.error("edition \(number.value) (\(edition.year)) comes after edition "
                          + "\(previous.meeting.edition.value) (\(previous.year)); numbers must grow with the years",
                          at: number.location)
            }
            seen[number.value] = seen[number.value] ?? edition
            previous = edition
        }
    }
}

extension DiagnosticBag {
    /// One error per repeated value, at the repetition, with a note at the first definition. Takes the
    /// values lazily and keeps each first one's position, not its location: for the findings of a large
    /// edition this table is the largest thing the edition's rules build.
    func reportDuplicates<Values: RandomAccessCollection>(_ values: Values, what: String, scope: String = "")
        where Values.Element == Located<String> {
        var first: [String: UInt32] = [:]
        first.reserveCapacity(values.count)
        for (offset, value) in values.enumerated() {
            if let original = first[value.value] {
                let definition = values[values.index(values.startIndex, offsetBy: Int(original))]
                error("duplicate \(what) '\(value.value)'\(scope)", at: value.location,
                      notes: [.init("first defined here", at: definition.location)])
            } else {
                first[value.value] = UInt32(offset)
            }
        }
    }
}
