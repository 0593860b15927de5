/// A synthetic indicator library of any size, in the format's full shape: a catalog, ratification
/// facts, yearly series (a rating and a count, reaching back before the editions), and editions
/// whose countries hold findings (with people, sources and confidential ones),
/// recommendations and values. It passes `check`, and the same size and seed always give the same
/// bytes.
///
/// For trying the tool on a library the size of one's own, and for the benchmarks. Findings follow
/// matters over the years as real ones do: each edition keeps four fifths of the previous edition's
/// ids and opens new ones, so that `diff` has continuing, new and resolved findings to report.
public enum SampleLibrary {
    /// One file: its path inside the library folder, and its text.
    public struct File: Sendable {
        public let path: String
        public let text: String
    }

    /// Hands every file to `visit`, one at a time, so that a library of millions of findings is never
    /// held in memory whole.
    public static func generate<Failure: Error>(_ size: SampleSize, _ visit: (File) throws(Failure) -> Void)
        throws(Failure) {
        let plan = SamplePlan(size: size)
        try visit(File(path: "catalog/countries.yaml", text: plan.countriesFile()))
        try visit(File(path: "catalog/instruments.yaml", text: SamplePlan.instrumentsFile))
        try visit(File(path: "catalog/indicators.yaml", text: SamplePlan.indicatorsFile))
        try visit(File(path: "ratifications.yaml", text: plan.ratificationsFile()))
        try visit(File(path: "series/sample.yaml", text: plan.seriesFile()))
        for (index, year) in size.editionYears.enumerated() {
            try visit(File(path: "\(year)/meeting.yaml", text: plan.meetingFile(year: year, edition: index + 1)))
            for country in 0..<size.countries {
                try visit(File(path: "\(year)/\(SamplePlan.code(country)).yaml",
                               text: plan.countryFile(country, year: year, edition: index)))
            }
        }
    }
}
