/// The collections still open while a value is pulled, and the values read in them so far: a
/// mapping's keys and values alternate. Emptied after each value, its memory kept.
struct NodeStack {
    /// A collection still open: where its values start in `values`.
    private struct Open {
        let isMapping: Bool
        let mark: Node.Mark
        let start: Int
    }

    private var open: [Open] = []
    private var values: [Node] = []

    init() {}

    mutating func pulled(from events: YAMLEvents, startingWith first: YAMLEvents.Event)
        throws(YAMLEvents.Failure) -> Node {
        defer {
            open.removeAll(keepingCapacity: true)
            values.removeAll(keepingCapacity: true)
        }
        var event = first
        while true {
            let finished: Node
            switch event {
            case let .scalar(scalar):
                finished = .scalar(scalar)
            case let .mappingStart(mark):
                open.append(Open(isMapping: true, mark: mark, start: values.count))
                event = try events.next()
                continue
            case let .sequenceStart(mark):
                open.append(Open(isMapping: false, mark: mark, start: values.count))
                event = try events.next()
                continue
            case .end, .documentEnd:
                // `.documentEnd` cannot come inside a collection: libyaml ends every collection first.
                guard let done = open.popLast() else { preconditionFailure("an end event with nothing open") }
                finished = closed(done)
            }
            guard !open.isEmpty else { return finished }
            values.append(finished)
            event = try events.next()
        }
    }

    /// The collection that has just ended, its values taken off the stack.
    private mutating func closed(_ done: Open) -> Node {
        let count = values.count - done.start
        defer { values.removeLast(count) }
        guard done.isMapping else {
            return .sequence(Node.Sequence(items: Array(values[done.start...]), mark: done.mark))
        }
        // A mapping ends after a value: its keys and values come in pairs.
        let start = done.start
        let pairs = (0..<count / 2).map { pair in
            (key: values[start + 2 * pair], value: values[start + 2 * pair + 1])
        }
        return .mapping(Node.Mapping(pairs: pairs, mark: done.mark))
    }
}
