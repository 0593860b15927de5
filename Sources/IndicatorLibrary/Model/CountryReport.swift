/// One country's file in an edition: its situation, findings, recommendations and values.
package struct CountryReport: Sendable {
    package let country: Located<String>
    /// Overrides the catalog's addressee for this year's appeal block.
    package let addressee: Located<LocalizedText>?
    /// Markdown paragraphs, as they stand in the document's situation section.
    package let situation: Located<LocalizedText>?
    /// Whether the appeal block numbers its recommendations; nil: numbered when there are two or more.
    /// Published documents are not consistent (2021 numbers Kyrgyzstan's single item, not
    /// Turkmenistan's), so a country file can say which way its year was printed.
    package let numbered: Located<Bool>?
    package let findings: [Finding]
    package let recommendations: [Recommendation]
    package let values: [IndicatorValue]
    /// Names in this file's texts that an editor found to be other people than the confidential ones
    /// they resemble.
    package let acknowledged: [Acknowledgement]
    package let file: String

    init(country: Located<String>, addressee: Located<LocalizedText>?, situation: Located<LocalizedText>?,
                numbered: Located<Bool>? = nil, findings: [Finding], recommendations: [Recommendation], values: [IndicatorValue],
                acknowledged: [Acknowledgement] = [], file: String) {
        self.acknowledged = acknowledged
        self.country = country
        self.addressee = addressee
        self.situation = situation
        self.numbered = numbered
        self.findings = findings
        self.recommendations = recommendations
        self.values = values
        self.file = file
    }

    /// The value recorded for the quantitative indicator `id`, if any.
    package func value(of id: String) -> IndicatorValue? {
        values.first { $0.indicator.value == id }
    }
}
