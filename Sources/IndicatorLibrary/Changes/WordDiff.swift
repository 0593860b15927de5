/// A word-level comparison of two texts, for showing how a summary or a recommendation was revised.
///
/// Words are runs of non-space characters; the longest common subsequence of the two word lists is
/// kept, the rest shown as removed or added. The words both texts begin and end with are matched
/// first, so only the revised middle costs the quadratic table: a summary edited in one clause is
/// compared in the time it takes to read it, which matters when an edition revises every summary.
package enum WordDiff {
    package enum Piece: Sendable, Hashable {
        case same(String)
        case removed(String)
        case added(String)
    }

    /// The pieces, adjacent words of the same kind joined by a space.
    package static func compare(_ old: String, _ new: String) -> [Piece] {
        let before = words(old)
        let after = words(new)

        var prefix = 0
        while prefix < before.count, prefix < after.count, before[prefix] == after[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < before.count - prefix, suffix < after.count - prefix,
              before[before.count - 1 - suffix] == after[after.count - 1 - suffix] { suffix += 1 }

        var builder = Builder(before: before, after: after)
        builder.add(.same, before.indices.prefix(prefix))
        let (n, m) = (before.count - prefix - suffix, after.count - prefix - suffix)
        if n == 0 || m == 0 {
            builder.add(.removed, prefix..<(prefix + n))
            builder.add(.added, prefix..<(prefix + m))
        } else {
            // lengths[i * width + j]: the longest common subsequence of the middles from i and from j.
            let width = m + 1
            var lengths = [Int32](repeating: 0, count: (n + 1) * width)
            for i in stride(from: n - 1, through: 0, by: -1) {
                for j in stride(from: m - 1, through: 0, by: -1) {
                    lengths[i * width + j] = before[prefix + i] == after[prefix + j]
                        ? lengths[(i + 1) * width + j + 1] + 1
                        : max(lengths[(i + 1) * width + j], lengths[i * width + j + 1])
                }
            }
            var (i, j) = (0, 0)
            while i < n || j < m {
                if i < n, j < m, before[prefix + i] == after[prefix + j] {
                    builder.add(.same, prefix + i)
                    i += 1
                    j += 1
                } else if i < n, j == m || lengths[(i + 1) * width + j] >= lengths[i * width + j + 1] {
                    builder.add(.removed, prefix + i)
                    i += 1
                } else {
                    builder.add(.added, prefix + j)
                    j += 1
                }
            }
        }
        builder.add(.same, (before.count - suffix)..<before.count)
        return builder.pieces()
    }

    /// A word as written: its UTF-8 bytes, compared byte for byte after a hash made once, so that the
    /// table's comparisons are mostly of two integers (a `String` comparison normalises non-ASCII
    /// words first, which cost more than the rest of the comparison).
    struct Word: Equatable {
        let bytes: ArraySlice<UInt8>
        let hash: UInt64

        init(_ bytes: ArraySlice<UInt8>) {
            self.bytes = bytes
            hash = FNV1a.hash(bytes)
        }

        static func == (lhs: Word, rhs: Word) -> Bool { lhs.hash == rhs.hash && lhs.bytes == rhs.bytes }
    }

    /// Runs of characters between white space (Unicode's White_Space, as `Character.isWhitespace`).
    static func words(_ text: String) -> [Word] {
        let bytes = Array(text.utf8)
        var words: [Word] = []
        var start: Int?
        var index = 0
        bytes.withUnsafeBufferPointer { buffer in
            while index < buffer.count {
                let length = WhiteSpace.length(buffer, at: index)
                if length > 0 {
                    if let first = start { words.append(Word(bytes[first..<index])) }
                    start = nil
                    index += length
                } else {
                    if start == nil { start = index }
                    index += 1
                }
            }
        }
        if let first = start { words.append(Word(bytes[first..<bytes.count])) }
        return words
    }

    /// Gathers runs of words of one kind into pieces.
    private struct Builder {
        enum Kind { case same, removed, added }
        let before: [Word]
        let after: [Word]
        private var runs: [(kind: Kind, bytes: [UInt8])] = []

        init(before: [Word], after: [Word]) {
            self.before = before
            self.after = after
        }

        /// The word at `index` (of the old text for same and removed, of the new text for added).
        mutating func add(_ kind: Kind, _ index: Int) {
            let word = kind == .added ? after[index] : before[index]
            if let last = runs.last, last.kind == kind {
                runs[runs.count - 1].bytes.append(0x20)
                runs[runs.count - 1].bytes.append(contentsOf: word.bytes)
            } else {
                runs.append((kind, Array(word.bytes)))
            }
        }

        mutating func add<Indices: Sequence<Int>>(_ kind: Kind, _ indices: Indices) {
            for index in indices { add(kind, index) }
        }

        func pieces() -> [Piece] {
            runs.map { run in
                let text = String(decoding: run.bytes, as: UTF8.self)
                switch run.kind {
                case .same: return .same(text)
                case .removed: return .removed(text)
                case .added: return .added(text)
                }
            }
        }
    }
}
