/// A line chart as inline SVG: years spaced as years on the horizontal axis, a line broken where a
/// year has no figure (a gap is a gap), a dot for every figure, so that a single year draws something.
/// The page gives its data as a table beside it; the chart itself is for the eye only.
struct LineChart {
    struct Line {
        let label: String
        /// Each year of the chart's, with its value or nil (not recorded).
        let values: [Int: Double]
    }

    let title: String
    let years: [Int]
    let lines: [Line]
    /// For a rating: the scale's labels, best first, drawn at the top.
    var scale: [String] = []

    static let width = 600.0
    static let height = 220.0
    private static let left = 50.0, right = 110.0, top = 15.0, bottom = 30.0
    private static let colours = ["#1f4e79", "#c00000", "#548235", "#7f6000", "#7030a0", "#2f5597", "#843c0c", "#404040"]

    var svg: String {
        guard let first = years.first, let last = years.last else { return "" }
        let span = Double(max(last - first, 1))
        let plotWidth = Self.width - Self.left - Self.right
        let plotHeight = Self.height - Self.top - Self.bottom
        let maximum = scale.isEmpty ? max(lines.flatMap(\.values.values).max() ?? 1, 1) : Double(max(scale.count - 1, 1))
        func x(_ year: Int) -> Double { Self.left + (years.count == 1 ? plotWidth / 2 : Double(year - first) / span * plotWidth) }
        func y(_ value: Double) -> Double {
            // A rating's best label (rank 0) at the top; a quantity's 0 at the bottom.
            scale.isEmpty ? Self.top + plotHeight * (1 - value / maximum) : Self.top + plotHeight * (value / maximum)
        }
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(Self.number(Self.width)) \(Self.number(Self.height))\" "
            + "role=\"img\" aria-label=\"\(HTML.escape(title))\">\n"
        svg += "<line x1=\"\(Self.number(Self.left))\" y1=\"\(Self.number(Self.top + plotHeight))\" x2=\"\(Self.number(Self.left + plotWidth))\" "
            + "y2=\"\(Self.number(Self.top + plotHeight))\" stroke=\"#666\"/>\n"
        for year in years {
            svg += "<text x=\"\(Self.number(x(year)))\" y=\"\(Self.number(Self.height - 10))\" font-size=\"11\" "
                + "text-anchor=\"middle\">\(year)</text>\n"
        }
        let ticks: [(Double, String)] = scale.isEmpty
            ? [(0, "0"), (maximum / 2, Self.number(maximum / 2)), (maximum, Self.number(maximum))]
            : scale.enumerated().map { (Double($0.offset), $0.element) }
        for (value, label) in ticks {
            svg += "<text x=\"\(Self.number(Self.left - 6))\" y=\"\(Self.number(y(value) + 4))\" font-size=\"11\" "
                + "text-anchor=\"end\">\(HTML.escape(label))</text>\n"
        }
        for (index, line) in lines.enumerated() {
            let colour = Self.colours[index % Self.colours.count]
            var segment: [String] = []
            func flush() {
                if segment.count > 1 {
                    svg += "<polyline fill=\"none\" stroke=\"\(colour)\" stroke-width=\"2\" points=\"\(segment.joined(separator: " "))\"/>\n"
                }
                segment = []
            }
            for year in years {
                guard let value = line.values[year] else { flush(); continue }
                segment.append("\(Self.number(x(year))),\(Self.number(y(value)))")
                svg += "<circle cx=\"\(Self.number(x(year)))\" cy=\"\(Self.number(y(value)))\" r=\"3\" fill=\"\(colour)\"/>\n"
            }
            flush()
            svg += "<text x=\"\(Self.number(Self.width - Self.right + 8))\" y=\"\(Self.number(Self.top + 14 * Double(index) + 8))\" "
                + "font-size=\"11\" fill=\"\(colour)\">\(HTML.escape(line.label))</text>\n"
        }
        return svg + "</svg>\n"
    }

    /// A coordinate with one decimal at most, the same on every machine.
    static func number(_ value: Double) -> String {
        let tenths = (value * 10).rounded()
        return tenths.truncatingRemainder(dividingBy: 10) == 0 ? String(Int(tenths / 10)) : String(tenths / 10)
    }
}
