/// A growable run of bytes on memory of its own, for the folding loop that appends every byte of
/// every public text: an `Array` checks its uniqueness and capacity at each append, which was a
/// large part of `check`'s time on a large library. Freed by its owner (`free()`), never copied
/// while in use.
struct ByteBuffer {
    private(set) var base: UnsafeMutablePointer<UInt8>
    private(set) var count = 0
    private var capacity: Int

    init(capacity: Int = 64) {
        self.capacity = capacity
        base = .allocate(capacity: capacity)
    }

    var isEmpty: Bool { count == 0 }
    var last: UInt8? { count > 0 ? base[count - 1] : nil }
    var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base, count: count) }

    @inline(__always) mutating func append(_ byte: UInt8) {
        if count == capacity { grow(to: capacity * 2) }
        base[count] = byte
        count += 1
    }

    mutating func append(_ other: UnsafeBufferPointer<UInt8>) {
        if count + other.count > capacity { grow(to: max(capacity * 2, count + other.count)) }
        if let start = other.baseAddress { (base + count).update(from: start, count: other.count) }
        count += other.count
    }

    mutating func removeLast() { count -= 1 }
    mutating func removeAll() { count = 0 }

    private mutating func grow(to size: Int) {
        let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: size)
        larger.update(from: base, count: count)
        base.deallocate()
        base = larger
        capacity = size
    }

    func free() { base.deallocate() }
}
