/// One value of a YAML document as the library's readers walk it: scalars as written (the readers
/// type them themselves), mappings in file order, every node with the line and column it starts at.
///
/// Built from the events a reader pulls (`YAMLEvents`), one part of a file at a time (a finding, a
/// field), never the whole file: lighter than a general YAML tree, with no tag resolution and no
/// hashing of keys, and aliases already replayed within the limit.
enum Node {
    case scalar(Scalar)
    case mapping(Mapping)
    case sequence(Sequence)

    /// 1-based, columns counted in Unicode scalars as libyaml counts them. Held in 32 bits each, which
    /// a library file's size limit (`YAMLSource.maximumFileSize`) never reaches: every value read
    /// keeps its mark, so they are many.
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

        var underestimatedCount: Int { pairs.count }
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

    /// The value that starts with `first`, its events pulled up to its end. Built without recursion, so
    /// that nesting costs no stack, and on the events' working space (`NodeStack`), so that a value costs an
    /// allocation per collection, of its exact size, and none for the building.
    static func pulled(from events: YAMLEvents, startingWith first: YAMLEvents.Event) throws(YAMLEvents.Failure)
        -> Node {
        if case let .scalar(scalar) = first { return .scalar(scalar) }
        var stack = events.takeStack()
        defer { events.giveBack(stack) }
        return try stack.pulled(from: events, startingWith: first)
    }
}
