@testable import IndicatorLibrary
import Testing

/// How a revised summary is shown word by word: what both texts keep, what went, what came.
struct WordDiffTests {
    @Test(arguments: [
        // White space of any kind separates words and is not compared.
        ("a  b\n", "a b", [WordDiff.Piece.same("a b")]),
        ("a\u{00A0}b", "a\u{2003}b", [.same("a b")]),
        ("", "", []),
        ("old text", "", [.removed("old text")]),
        // A change at either end, or in the middle, of a longer text.
        ("x a b c", "a b c", [.removed("x"), .same("a b c")]),
        ("a b c", "a b c y", [.same("a b c"), .added("y")]),
        ("Свобода собраний ограничена", "Свобода объединений ограничена",
         [.same("Свобода"), .removed("собраний"), .added("объединений"), .same("ограничена")]),
        // Repeated words: the common words are kept, the one between them goes.
        ("a b a", "a a", [.same("a"), .removed("b"), .same("a")]),
    ])
    func piecesOfARevision(old: String, new: String, expected: [WordDiff.Piece]) {
        #expect(WordDiff.compare(old, new) == expected)
    }

    /// On random revisions of a small vocabulary (many repeated words, the hard case): the same and
    /// removed words give back the old text, the same and added words the new one, and as many words
    /// are kept as the longest common subsequence, computed here the plain way, holds.
    @Test func aComparisonKeepsTheLongestCommonSubsequence() {
        var seed: UInt64 = 0x2021
        func next(_ bound: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((seed >> 33) % UInt64(bound))
        }
        let vocabulary = ["the", "union", "strike", "ban", "a", "свобода"]
        for _ in 0..<500 {
            let old = (0..<next(12)).map { _ in vocabulary[next(vocabulary.count)] }
            var new = old
            for _ in 0..<next(4) {
                switch next(3) {
                case 0 where !new.isEmpty: new.remove(at: next(new.count))
                case 1: new.insert(vocabulary[next(vocabulary.count)], at: next(new.count + 1))
                default: if !new.isEmpty { new[next(new.count)] = vocabulary[next(vocabulary.count)] }
                }
            }
            let pieces = WordDiff.compare(old.joined(separator: " "), new.joined(separator: " "))
            var kept: [String] = [], oldOrder: [String] = [], newOrder: [String] = []
            for piece in pieces {
                switch piece {
                case let .same(text):
                    let words = text.split(separator: " ").map(String.init)
                    kept += words
                    oldOrder += words
                    newOrder += words
                case let .removed(text):
                    oldOrder += text.split(separator: " ").map(String.init)
                case let .added(text):
                    newOrder += text.split(separator: " ").map(String.init)
                }
            }
            #expect(oldOrder == old, "\(old) → \(new)")
            #expect(newOrder == new, "\(old) → \(new)")
            #expect(kept.count == Self.longestCommonSubsequence(old, new), "\(old) → \(new)")
        }
    }

    /// The byte-level white-space test agrees with Unicode's White_Space property on every scalar,
    /// each as its UTF-8 bytes followed by a letter (so that no test reads past the end).
    @Test func whiteSpaceIsUnicodesWhiteSpace() {
        var disagreements: [String] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let bytes = Array(String(scalar).utf8) + [0x61]
            let length = bytes.withUnsafeBufferPointer { WhiteSpace.length($0, at: 0) }
            if (length > 0) != scalar.properties.isWhitespace || (length > 0 && length != bytes.count - 1) {
                disagreements.append(String(value, radix: 16))
            }
        }
        #expect(disagreements.isEmpty)
    }

    static func longestCommonSubsequence(_ a: [String], _ b: [String]) -> Int {
        var table = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0..<a.count {
            for j in 0..<b.count {
                table[i + 1][j + 1] = a[i] == b[j] ? table[i][j] + 1 : max(table[i][j + 1], table[i + 1][j])
            }
        }
        return table[a.count][b.count]
    }
}
