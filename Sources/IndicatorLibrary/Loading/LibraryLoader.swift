import Foundation
internal import Parallelism

/// Reads a library folder laid out as the format page says: `catalog/`, `ratifications.yaml`, one
/// folder per edition year. Reports every structural problem and builds as much of the library as it can,
/// so that the checker can go on to cross-references in the same run.
struct LibraryLoader {
    /// The folder on disk, and how to print paths under it (as the user named it).
    let root: String
    let displayRoot: String
    let bag: DiagnosticBag
    /// The editions to read, by year; nil for every one. The catalog, the ratification facts and the
    /// series are read always.
    var editionsRead: Set<Int>?
    private let fileManager = FileManager.default

    init(root: String, displayRoot: String? = nil, bag: DiagnosticBag) {
        self.root = root
        self.displayRoot = LibraryPaths.root(displayRoot ?? root)
        self.bag = bag
    }

    func display(_ relative: String) -> String {
        LibraryPaths.shown(relative, under: displayRoot)
    }

    private func path(_ relative: String) -> String {
        (root as NSString).appendingPathComponent(relative)
    }

    private func isDirectory(_ relative: String) -> Bool {
        var directory: ObjCBool = false
        return fileManager.fileExists(atPath: path(relative), isDirectory: &directory) && directory.boolValue
    }

    /// What `reading` makes of a file of the library, or nil after saying why the file cannot be read.
    private func read<Result>(_ relative: String, _ reading: YAMLSource.Reading<Result>) -> Result? {
        guard fileManager.fileExists(atPath: path(relative)) else {
            bag.error("missing file: the library needs \(relative)", at: .file(display(relative)))
            return nil
        }
        return YAMLSource.read(path: path(relative), displayPath: display(relative), into: bag, reading)
    }

    /// Nothing of `namespace` is known when its file cannot be read, so that what refers into it is
    /// not reported again.
    private func unknown<Item>(_ namespace: DiagnosticBag.Namespace...) -> [Item] {
        namespace.forEach(bag.noteUnreadable)
        return []
    }

    func load() -> Library? {
        guard isDirectory("") else {
            bag.error("no library folder here; give the folder that holds catalog/ and the editions",
                      at: .file(displayRoot))
            return nil
        }
        checkTopLevelEntries()
        let countries = read("catalog/countries.yaml") { events, bag throws(YAMLEvents.Failure) in
            try CatalogLoader(bag: bag).countries(events, file: display("catalog/countries.yaml"))
        } ?? unknown(.country)
        let instruments = read("catalog/instruments.yaml") { events, bag throws(YAMLEvents.Failure) in
            try CatalogLoader(bag: bag).instruments(events, file: display("catalog/instruments.yaml"))
        } ?? unknown(.instrument)
        let taxonomy = read("catalog/indicators.yaml") { events, bag throws(YAMLEvents.Failure) in
            try CatalogLoader(bag: bag).taxonomy(events, file: display("catalog/indicators.yaml"))
        } ?? CatalogLoader.Taxonomy(themes: unknown(.theme), indicators: unknown(.indicator), groups: unknown(.group))
        let facts = read("ratifications.yaml") { events, bag throws(YAMLEvents.Failure) in
            try RatificationsLoader(bag: bag).facts(events, file: display("ratifications.yaml"))
        } ?? []
        let names = CatalogNames(indicators: taxonomy.indicators.map(\.id.value), groups: taxonomy.groups.map(\.value))
        let editions = editions(editionYears().filter { year in editionsRead.map { $0.contains(Int(year) ?? -1) } ?? true },
                                names: names)
        let series = entries("series").filter { $0.hasSuffix(".yaml") }.flatMap { name in
            read("series/\(name)") { events, bag throws(YAMLEvents.Failure) in
                try SeriesLoader(bag: bag, names: names).values(events, file: display("series/\(name)"))
            } ?? []
        }
        let catalog = Catalog(countries: countries, instruments: instruments, themes: taxonomy.themes,
                              indicators: taxonomy.indicators, groups: taxonomy.groups, groupTitles: taxonomy.groupTitles)
        return Library(catalog: catalog, ratifications: RatificationLedger(facts: facts), editions: editions,
                       root: displayRoot, series: series)
    }

    private func entries(_ relative: String) -> [String] {
        ((try? fileManager.contentsOfDirectory(atPath: path(relative))) ?? [])
            .filter { !$0.hasPrefix(".") }
            .sorted()
    }

    private func checkTopLevelEntries() {
        for name in entries("") where !["catalog", "ratifications.yaml", "series", "README.md"].contains(name) {
            if isEditionYear(name) { continue }
            if isDirectory(name) {
                bag.error("'\(name)' is not an edition: edition folders are named by the meeting's year, such as 2021",
                          at: .file(display(name)))
            } else {
                bag.warning("'\(name)' is not part of the library format and is ignored", at: .file(display(name)))
            }
        }
        for name in entries("catalog")
        where !["countries.yaml", "instruments.yaml", "indicators.yaml", "README.md"].contains(name) {
            let hint = Suggestion.hint(for: name, among: ["countries.yaml", "instruments.yaml", "indicators.yaml"])
            bag.warning("'\(name)' is not a catalog file and is ignored\(hint)", at: .file(display("catalog/\(name)")))
        }
    }

    private func isEditionYear(_ name: String) -> Bool {
        name.count == 4 && name.allSatisfy(\.isASCIIDigitCharacter) && isDirectory(name)
    }

    private func editionYears() -> [String] {
        entries("").filter(isEditionYear)
    }

    /// The files of one edition, decided before any is read: its meeting (if it has one) and its
    /// country files, in order.
    private struct EditionFiles {
        let year: String
        let number: Int
        let hasMeeting: Bool
        let countries: [(name: String, code: String)]
    }

    /// One file to read, of `editions[edition]`: its meeting when `country` is nil.
    private struct FileRead {
        let edition: Int
        let country: Int?
    }

    /// What reading one file made, with its diagnostics.
    private enum FileReport {
        case meeting(Meeting?)
        case country(CountryReport?)
    }

    /// The editions of `years`. Which files each holds is decided here, in order; then every file of
    /// every edition is read on every core, each with its own diagnostics, the largest files first so
    /// that the cores finish together; the diagnostics are gathered back edition by edition, in file
    /// order.
    private func editions(_ years: [String], names: CatalogNames) -> [Edition] {
        let editions = years.compactMap(editionFiles)
        var reads: [FileRead] = []
        for (number, edition) in editions.enumerated() {
            if edition.hasMeeting { reads.append(FileRead(edition: number, country: nil)) }
            reads += edition.countries.indices.map { FileRead(edition: number, country: $0) }
        }
        let sizes = reads.map { read in fileSize(relative(read, in: editions)) }
        let order = reads.indices.sorted { sizes[$0] > sizes[$1] || (sizes[$0] == sizes[$1] && $0 < $1) }
        let reports = ParallelMap.map(order.map { reads[$0] }) { read -> (report: FileReport, bag: DiagnosticBag) in
            let fileBag = DiagnosticBag()
            let edition = editions[read.edition]
            let relative = relative(read, in: editions)
            guard read.country != nil else {
                let meeting = YAMLSource.read(path: path(relative), displayPath: display(relative), into: fileBag) {
                    events, bag throws(YAMLEvents.Failure) in
                    try EditionLoader(bag: bag, year: edition.number, names: names).meeting(events, file: display(relative))
                } ?? nil
                return (.meeting(meeting), fileBag)
            }
            let report = YAMLSource.read(path: path(relative), displayPath: display(relative), into: fileBag) {
                events, bag throws(YAMLEvents.Failure) in
                try EditionLoader(bag: bag, year: edition.number, names: names).countryReport(events, file: display(relative))
            } ?? nil
            return (.country(report), fileBag)
        }
        // Back in the order of `reads`: each edition's meeting, then its countries.
        var byRead = reports
        for (position, index) in order.enumerated() { byRead[index] = reports[position] }
        var next = 0
        return editions.compactMap { edition in
            var meeting: Meeting?
            var countries: [CountryReport] = []
            if edition.hasMeeting {
                let read = byRead[next]
                next += 1
                bag.absorb(read.bag)
                if case let .meeting(made) = read.report { meeting = made }
            }
            for file in edition.countries {
                let read = byRead[next]
                next += 1
                bag.absorb(read.bag)
                guard case let .country(report?) = read.report else {
                    bag.noteUnreadable(file.code, in: .countryFile(year: edition.number))
                    continue
                }
                if report.country.value != file.code {
                    bag.error("this file is \(file.name) but says country '\(report.country.value)'; the file name and "
                              + "'country:' must agree", at: report.country.location)
                    bag.noteUnreadable(file.code, in: .countryFile(year: edition.number))
                    continue
                }
                countries.append(report)
            }
            guard let meeting else { return nil }
            return Edition(year: edition.number, meeting: meeting, countries: countries, folder: display(edition.year))
        }
    }

    /// The files of edition `year`, after saying what is wrong with the names of others.
    private func editionFiles(_ year: String) -> EditionFiles? {
        guard let number = Int(year) else { return nil }
        let hasMeeting = fileManager.fileExists(atPath: path("\(year)/meeting.yaml"))
        if !hasMeeting {
            bag.error("edition \(year) has no meeting.yaml", at: .file(display(year)))
        }
        let countries = entries(year).filter { $0 != "meeting.yaml" && $0 != "README.md" }.compactMap { name in
            countryFileCode(name, relative: "\(year)/\(name)").map { (name: name, code: $0) }
        }
        return EditionFiles(year: year, number: number, hasMeeting: hasMeeting, countries: countries)
    }

    private func relative(_ read: FileRead, in editions: [EditionFiles]) -> String {
        let edition = editions[read.edition]
        return "\(edition.year)/\(read.country.map { edition.countries[$0].name } ?? "meeting.yaml")"
    }

    /// The size of a file in bytes, only to order the reading; 0 when it cannot be told (reading it
    /// then says why).
    private func fileSize(_ relative: String) -> Int {
        var status = stat()
        return stat(path(relative), &status) == 0 ? Int(status.st_size) : 0
    }

    /// The country code a file of an edition stands for, or nil after saying why the file is not one.
    private func countryFileCode(_ name: String, relative: String) -> String? {
        let here = SourceLocation.file(display(relative))
        let stem = (name as NSString).deletingPathExtension
        let ext = (name as NSString).pathExtension
        let looksLikeCountry = stem.count == 2 && stem.allSatisfy(\.isLetter)
        if isDirectory(relative) {
            bag.error("'\(name)' is a folder; an edition holds meeting.yaml and one CC.yaml file per country", at: here)
            return nil
        }
        if ext == "yml" || (ext == "yaml" && !looksLikeCountry) || (looksLikeCountry && ext != "yaml") {
            let expected = looksLikeCountry ? "\(stem.uppercased()).yaml" : "meeting.yaml or CC.yaml"
            bag.error("'\(name)' is not a file of the format: expected \(expected)", at: here)
            return nil
        }
        guard ext == "yaml" else {
            bag.warning("'\(name)' is not part of the edition and is ignored", at: here)
            return nil
        }
        guard stem.allSatisfy({ $0.isASCII && $0.isUppercase }) else {
            bag.error("country files are named by the upper-case code: \(stem.uppercased()).yaml, not \(name)", at: here)
            return nil
        }
        return stem
    }
}
