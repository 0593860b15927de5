/// A YAML document as the library's readers walk it: scalars as written (the readers type them
/// themselves), mappings in file order, every node with the line and column it starts at.
///
/// Built straight from libyaml's events by `YAMLParser`: lighter than a general YAML tree, with no tag
/// resolution and no hashing of keys, and aliases already measured against bombs.
enum Node {
    case scalar(Scalar)
    case mapping(Mapping)
    case sequence(Sequence)

    /// 1-based, columns counted in Unicode scalars as libyaml counts them. Held in 32 bits each (a
    /// file is at most 64 MB), since a large file's tree holds millions of marks at once.
    struct Mark {
        private let storedLine: UInt32
        private let storedColumn: UInt32

        var line: Int { Int(storedLine) }
        var column: Int { Int(storedColumn) }

        init(line: Int, column: Int) {
            storedLine = UInt32(clamping: line)
            storedColumn = UInt32(clamping: column)
        }
    }

    struct Scalar {
        enum Style {
            case plain, singleQuoted, doubleQuoted, literal, folded
        }

        let string: String
        let style: Style
        let mark: Mark
    }

    struct Mapping: Swift.Sequence {
        let pairs: [(key: Node, value: Node)]
        let mark: Mark

        func makeIterator() -> IndexingIterator<[(key: Node, value: Node)]> {
            pairs.makeIterator()
        }
    }

    struct Sequence: Swift.Sequence {
        let items: [Node]
        let mark: Mark

        func makeIterator() -> IndexingIterator<[Node]> {
            items.makeIterator()
        }
    }

    var mark: Mark? {
        switch self {
        case let .scalar(scalar): return scalar.mark
        case let .mapping(mapping): return mapping.mark
        case let .sequence(sequence): return sequence.mark
        }
    }

    var scalar: Scalar? {
        if case let .scalar(scalar) = self { return scalar }
        return nil
    }

    var string: String? { scalar?.string }
}
