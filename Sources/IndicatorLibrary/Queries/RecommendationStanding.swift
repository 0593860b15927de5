/// Where a recommendation stands in an edition: what the secretariat recorded, or else what the
/// library's history says (made for the first time, or repeated from earlier editions).
package enum RecommendationStanding: Sendable, Hashable, Comparable, CustomStringConvertible {
    case new
    /// Made in `editions` earlier editions of the library as well.
    case repeated(editions: Int)
    case recorded(Recommendation.Status)

    package var description: String {
        switch self {
        case .new: return "new"
        case .repeated: return "repeated"
        case let .recorded(status): return status.rawValue
        }
    }

    package static func < (lhs: RecommendationStanding, rhs: RecommendationStanding) -> Bool {
        lhs.order < rhs.order
    }

    private var order: Int {
        switch self {
        case .new: return 0
        case .repeated: return 1
        case .recorded(.partiallyImplemented): return 2
        case .recorded(.implemented): return 3
        case .recorded(.withdrawn): return 4
        case .recorded(.carried): return 5
        }
    }
}

extension Library {
    /// The standing of `recommendation` as made in the edition of `year`.
    package func standing(of recommendation: Recommendation, in year: Int) -> RecommendationStanding {
        if let status = recommendation.status?.value { return .recorded(status) }
        let earlier = editionsMaking(recommendation.id.value, before: year)
        return earlier == 0 ? .new : .repeated(editions: earlier)
    }

    /// How many editions before `year` hold the recommendation `id`: how often it has been repeated.
    package func editionsMaking(_ id: String, before year: Int) -> Int {
        recommendationYears[id]?.prefix { $0 < year }.count ?? 0
    }
}
