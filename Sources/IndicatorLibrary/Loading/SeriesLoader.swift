/// Reads one file of `series/`: a list of yearly figures, each with its source.
///
/// ```yaml
/// - indicator: rights.ituc-rating
///   country: KZ
///   year: 2022
///   value: 5
///   source: {title: "EPSU, Global Rights Index 2022", url: "https://www.epsu.org/..."}
/// ```
struct SeriesLoader {
    let bag: DiagnosticBag
    let names: CatalogNames

    func values(_ events: YAMLEvents, file: String) throws(YAMLEvents.Failure) -> [SeriesValue] {
        let reader = NodeReader(file: file, bag: bag)
        let keys = ["indicator", "country", "year", "value", "source"]
        return try reader.list(pulling: events, what: "the list of yearly figures") { node -> SeriesValue? in
            guard let fields = reader.mapping(node, what: "a yearly figure", keys: keys) else { return nil }
            let indicator = fields.required("indicator")
                .flatMap { reader.identifier($0, what: "indicator", dotted: true) }.map(names.shared)
            let country = fields.required("country").flatMap { reader.countryCode($0, what: "country") }
            let year = fields.required("year").flatMap { reader.int($0, what: "year", range: 1900...2100) }
            let value = fields.required("value").flatMap(reader.quantity)
            let source = fields.required("source").flatMap(reader.source)
            guard let indicator, let country, let year, let value, let source else { return nil }
            return SeriesValue(indicator: indicator, country: country, year: year, value: value, source: source,
                               location: fields.location)
        } ?? []
    }
}
