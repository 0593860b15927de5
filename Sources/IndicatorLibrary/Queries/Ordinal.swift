/// The ordinal of an edition in words, as the document's heading writes it ("Fifth").
package enum Ordinal {
    private static let words = [
        "First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth", "Tenth",
        "Eleventh", "Twelfth", "Thirteenth", "Fourteenth", "Fifteenth", "Sixteenth", "Seventeenth",
        "Eighteenth", "Nineteenth",
    ]
    private static let tensWords = ["", "", "Twent", "Thirt", "Fort", "Fift", "Sixt", "Sevent", "Eight", "Ninet"]

    /// "First" ... "Ninety-Ninth"; digits with a suffix beyond that.
    package static func word(_ number: Int) -> String {
        if (1...19).contains(number) { return words[number - 1] }
        if (20...99).contains(number) {
            let (tens, units) = number.quotientAndRemainder(dividingBy: 10)
            if units == 0 { return tensWords[tens] + "ieth" }
            return tensWords[tens] + "y-" + words[units - 1]
        }
        let suffix: String
        switch (number % 10, number % 100) {
        case (_, 11...13): suffix = "th"
        case (1, _): suffix = "st"
        case (2, _): suffix = "nd"
        case (3, _): suffix = "rd"
        default: suffix = "th"
        }
        return "\(number)\(suffix)"
    }
}
