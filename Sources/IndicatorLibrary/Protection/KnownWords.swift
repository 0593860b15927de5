import Foundation

/// The words a `TextFolder` has folded, by their bytes as written, each with the key it folded to.
///
/// Texts repeat their words: a large library writes the same words in finding after finding, and
/// folding a word letter by letter (its characters' tables, transliteration, look-alikes, the
/// romanisation key) costs many times more than finding it again. A word is found only by its exact
/// bytes, so what it gives is what folding those bytes gave: the table remembers, it never guesses.
///
/// It holds a bounded number of words in memory of its own, so that a library of any size costs the
/// same here; when it is full it starts again empty. Its owner frees it (`free()`); it is never
/// copied while in use.
struct KnownWords {
    /// One word: its bytes as written, then its key, in `pool`.
    struct Slot {
        var hash: UInt64 = 0
        var keyHash: UInt64 = 0
        var start: Int32 = 0
        /// The length of the word as written; 0 for an empty slot (no word is empty).
        var written: Int32 = 0
        var keyLength: Int32 = 0
        /// Whether the word folded to a word at all: one of letters that fold to nothing (`Ь`) did not.
        var isWord = false
    }

    /// Words longer than this are folded each time: they are rare, and would crowd the pool.
    static let longestWord = 64
    private static let firstSlots = 1 << 10
    private static let mostSlots = 1 << 14
    private static let largestPool = 1 << 19

    private var slots: UnsafeMutableBufferPointer<Slot>
    private var pool = ByteBuffer(capacity: 1 << 12)
    private var count = 0

    init() {
        slots = .allocate(capacity: Self.firstSlots)
        slots.initialize(repeating: Slot())
    }

    /// A hash of `bytes` eight at a time: only the table's probing depends on it, since a word is
    /// found by comparing its bytes.
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        guard let base = bytes.baseAddress else { return 0 }
        var hash = UInt64(bytes.count) &* 0x9E37_79B9_7F4A_7C15
        var index = 0
        while index + 8 <= bytes.count {
            hash = (hash ^ UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)) &* 0xBF58_476D_1CE4_E5B9
            hash ^= hash >> 31
            index += 8
        }
        // The last bytes: eight that end where the word ends (overlapping the ones read) when it has
        // eight, otherwise two loads of four, or the bytes one by one.
        let left = bytes.count - index
        var tail: UInt64 = 0
        if left > 0 {
            let raw = UnsafeRawPointer(base)
            if bytes.count >= 8 {
                tail = raw.loadUnaligned(fromByteOffset: bytes.count - 8, as: UInt64.self)
            } else if left >= 4 {
                tail = UInt64(raw.loadUnaligned(fromByteOffset: index, as: UInt32.self)) << 32
                    | UInt64(raw.loadUnaligned(fromByteOffset: bytes.count - 4, as: UInt32.self))
            } else {
                for offset in index..<bytes.count { tail = tail << 8 | UInt64(base[offset]) }
            }
        }
        hash = (hash ^ tail) &* 0x94D0_49BB_1331_11EB
        return hash ^ (hash >> 29)
    }

    /// The word written as `written`, if it was folded before.
    func find(_ written: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Slot? {
        guard let bytes = written.baseAddress else { return nil }
        let mask = slots.count - 1
        var index = Int(truncatingIfNeeded: hash) & mask
        while true {
            let slot = slots[index]
            if slot.written == 0 { return nil }
            if slot.hash == hash, Int(slot.written) == written.count,
               memcmp(pool.base + Int(slot.start), bytes, written.count) == 0 {
                return slot
            }
            index = (index + 1) & mask
        }
    }

    /// The key that the word in `slot` folded to.
    func key(_ slot: Slot) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: pool.base + Int(slot.start) + Int(slot.written), count: Int(slot.keyLength))
    }

    /// Remembers that `written` folded to `key` (or, when `isWord` is false, to no word).
    mutating func insert(_ written: UnsafeBufferPointer<UInt8>, hash: UInt64, key: UnsafeBufferPointer<UInt8>,
                         keyHash: UInt64, isWord: Bool) {
        guard !written.isEmpty, written.count <= Self.longestWord else { return }
        if pool.count + written.count + key.count > Self.largestPool { removeAll() }
        if (count + 1) * 2 > slots.count {
            if slots.count < Self.mostSlots { grow() } else { removeAll() }
        }
        let start = Int32(pool.count)
        pool.append(written)
        pool.append(key)
        let mask = slots.count - 1
        var index = Int(truncatingIfNeeded: hash) & mask
        while slots[index].written != 0 { index = (index + 1) & mask }
        slots[index] = Slot(hash: hash, keyHash: keyHash, start: start, written: Int32(written.count),
                            keyLength: Int32(key.count), isWord: isWord)
        count += 1
    }

    private mutating func removeAll() {
        slots.update(repeating: Slot())
        pool.removeAll()
        count = 0
    }

    /// Twice the slots, each word placed again by its hash.
    private mutating func grow() {
        let old = slots
        slots = .allocate(capacity: old.count * 2)
        slots.initialize(repeating: Slot())
        let mask = slots.count - 1
        for slot in old where slot.written != 0 {
            var index = Int(truncatingIfNeeded: slot.hash) & mask
            while slots[index].written != 0 { index = (index + 1) & mask }
            slots[index] = slot
        }
        old.deallocate()
    }

    func free() {
        slots.deallocate()
        pool.free()
    }
}
