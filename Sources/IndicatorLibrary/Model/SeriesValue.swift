/// A yearly figure recorded apart from the editions (`Indicators/series/*.yaml`): a union's count
/// for a year, a country's ITUC rating, for any year, with or without a meeting that year. It joins the
/// editions' values of the same indicator and country in one series.
package struct SeriesValue: Sendable, Hashable {
    package let indicator: Located<String>
    package let country: Located<String>
    package let year: Located<Int>
    package let value: Located<IndicatorValue.Quantity>
    /// Every figure says where it comes from.
    package let source: Source
    package let location: SourceLocation

    init(indicator: Located<String>, country: Located<String>, year: Located<Int>,
         value: Located<IndicatorValue.Quantity>, source: Source, location: SourceLocation) {
        self.indicator = indicator
        self.country = country
        self.year = year
        self.value = value
        self.source = source
        self.location = location
    }

    /// The source as the workbook's comments print it: the title, and the address.
    package var sourceText: String {
        [source.title.map { $0.value.text }, source.url.map(\.value)].compactMap { $0 }.joined(separator: ", ")
    }
}
