import Foundation

/// A span of editions as a user types it: `2019...2021`, `2019-2021` or a single `2021`.
public struct YearRange: Sendable, Hashable {
    public let range: ClosedRange<Int>

    public init(_ range: ClosedRange<Int>) {
        self.range = range
    }

    /// Nil for anything else, including a span that runs backwards.
    public init?(parsing text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        for separator in ["...", "..", "-", "–"] {
            let parts = trimmed.components(separatedBy: separator)
            guard parts.count == 2 else { continue }
            guard let from = Self.year(parts[0]), let to = Self.year(parts[1]), from <= to else { return nil }
            self.init(from...to)
            return
        }
        guard let year = Self.year(trimmed) else { return nil }
        self.init(year...year)
    }

    private static func year(_ text: String) -> Int? {
        let digits = text.trimmingCharacters(in: .whitespaces)
        guard digits.count == 4, digits.allSatisfy(\.isASCII), let year = Int(digits) else { return nil }
        return year
    }
}
