/// A word-level comparison of two texts, for showing how a summary or a recommendation was revised.
///
/// Words are runs of non-space characters; the longest common subsequence of the two word lists is
/// kept, the rest shown as removed or added. Quadratic in the number of words, which for a summary or
/// a recommendation (tens to hundreds of words) is nothing.
public enum WordDiff {
    public enum Piece: Sendable, Hashable {
        case same(String)
        case removed(String)
        case added(String)
    }

    /// The pieces, adjacent words of the same kind joined by a space.
    public static func compare(_ old: String, _ new: String) -> [Piece] {
        let before = old.split(whereSeparator: \.isWhitespace).map(String.init)
        let after = new.split(whereSeparator: \.isWhitespace).map(String.init)
        let (n, m) = (before.count, after.count)
        // lengths[i][j]: the longest common subsequence of before[i...] and after[j...].
        var lengths = Array(repeating: Array(repeating: 0, count: m + 1), count: n + 1)
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                lengths[i][j] = before[i] == after[j] ? lengths[i + 1][j + 1] + 1
                    : max(lengths[i + 1][j], lengths[i][j + 1])
            }
        }
        var pieces: [Piece] = []
        func append(_ piece: Piece) {
            switch (pieces.last, piece) {
            case let (.same(a)?, .same(b)): pieces[pieces.count - 1] = .same(a + " " + b)
            case let (.removed(a)?, .removed(b)): pieces[pieces.count - 1] = .removed(a + " " + b)
            case let (.added(a)?, .added(b)): pieces[pieces.count - 1] = .added(a + " " + b)
            default: pieces.append(piece)
            }
        }
        var (i, j) = (0, 0)
        while i < n || j < m {
            if i < n, j < m, before[i] == after[j] {
                append(.same(before[i]))
                i += 1
                j += 1
            } else if i < n, j == m || lengths[i + 1][j] >= lengths[i][j + 1] {
                append(.removed(before[i]))
                i += 1
            } else {
                append(.added(after[j]))
                j += 1
            }
        }
        return pieces
    }
}
