import IndicatorLibrary

/// Dates and lists as a document in a given language writes them: "7 December 2021",
/// "Kazakhstan, Russia, and Ukraine".
enum DateWriting {
    private static let englishMonths = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]
    /// Genitive, as in "7 декабря 2021 г.".
    private static let russianMonthsGenitive = [
        "января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
        "ноября", "декабря",
    ]
    private static let russianMonths = [
        "январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь",
        "ноябрь", "декабрь",
    ]

    /// In a language without month names here, the ISO form: unambiguous, if not idiomatic.
    static func write(_ date: CalendarDate, language: String) -> String {
        switch (language, date.month, date.day) {
        case let ("en", month?, day?): return "\(day) \(englishMonths[month - 1]) \(date.year)"
        case let ("en", month?, nil): return "\(englishMonths[month - 1]) \(date.year)"
        case let ("ru", month?, day?): return "\(day) \(russianMonthsGenitive[month - 1]) \(date.year) г."
        case let ("ru", month?, nil): return "\(russianMonths[month - 1]) \(date.year) г."
        case ("en", nil, _), ("ru", nil, _): return "\(date.year)"
        default: return date.description
        }
    }

    /// "A, B, and C" (the serial comma, as the mission's English documents write it); "A, B и C".
    static func list(_ items: [String], language: String) -> String {
        guard items.count > 1, let last = items.last else { return items.first ?? "" }
        let rest = items.dropLast()
        switch language {
        case "ru": return rest.joined(separator: ", ") + " и " + last
        default:
            return items.count == 2
                ? "\(items[0]) and \(last)" : rest.joined(separator: ", ") + ", and " + last
        }
    }
}
