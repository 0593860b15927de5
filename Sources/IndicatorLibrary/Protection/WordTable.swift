/// A map from a word's hash (`FoldedWords.hashes`) to a value, by open addressing on the hash itself.
///
/// The hash is already FNV-1a of the word's bytes, so it needs no second hashing: a `Dictionary`
/// would run each of the millions of look-ups of a large library's check through SipHash again.
struct WordTable<Value> {
    private var keys: [UInt64]
    private var slots: [Int32]
    private var values: [Value] = []
    private var mask: Int

    init() {
        keys = Array(repeating: 0, count: 8)
        slots = Array(repeating: -1, count: 8)
        mask = 7
    }

    var count: Int { values.count }

    subscript(key: UInt64) -> Value? {
        guard let slot = slot(of: key), slots[slot] >= 0 else { return nil }
        return values[Int(slots[slot])]
    }

    /// The value for `key`, made by `make` when there is none yet, changed in place by `change`.
    mutating func update(_ key: UInt64, default make: @autoclosure () -> Value, _ change: (inout Value) -> Void) {
        if (values.count + 1) * 2 > slots.count { grow() }
        guard let slot = slot(of: key) else { return }
        if slots[slot] < 0 {
            keys[slot] = key
            slots[slot] = Int32(values.count)
            values.append(make())
        }
        change(&values[Int(slots[slot])])
    }

    /// The slot holding `key`, or the empty one where it would go. The table is never full.
    private func slot(of key: UInt64) -> Int? {
        var slot = Int(truncatingIfNeeded: key ^ (key >> 29)) & mask
        for _ in 0..<slots.count {
            if slots[slot] < 0 || keys[slot] == key { return slot }
            slot = (slot + 1) & mask
        }
        return nil
    }

    private mutating func grow() {
        let old = (keys, slots)
        keys = Array(repeating: 0, count: old.0.count * 2)
        slots = Array(repeating: -1, count: old.0.count * 2)
        mask = keys.count - 1
        for (key, value) in zip(old.0, old.1) where value >= 0 {
            if let slot = slot(of: key) {
                keys[slot] = key
                slots[slot] = value
            }
        }
    }
}
