/// Text gathered into a buffer and written to a descriptor in large pieces, keeping the first
/// failed write: `StagedTextFile` and `StandardOutput` both write this way, one to a temporary
/// file, one to standard output.
struct BufferedWriter {
    var descriptor: Int32
    private var buffer: [UInt8] = []
    /// The first write that failed; later text is dropped.
    private(set) var failure: String?

    /// Bytes gathered before they are written: large enough that the system calls cost nothing
    /// next to making the text.
    static let bufferSize = 1 << 16

    init(descriptor: Int32) {
        self.descriptor = descriptor
        buffer.reserveCapacity(Self.bufferSize)
    }

    mutating func write(_ string: String) {
        guard failure == nil, descriptor >= 0 else { return }
        var text = string
        text.withUTF8 { bytes in write(UnsafeRawBufferPointer(bytes)) }
    }

    mutating func write(_ bytes: UnsafeRawBufferPointer) {
        guard failure == nil, descriptor >= 0 else { return }
        if buffer.count + bytes.count > Self.bufferSize { flush() }
        if bytes.count >= Self.bufferSize {
            writeOut(bytes)
        } else {
            buffer.append(contentsOf: bytes)
        }
    }

    mutating func flush() {
        guard !buffer.isEmpty else { return }
        if failure == nil {
            let descriptor = descriptor
            failure = buffer.withUnsafeBytes { writeAll($0, to: descriptor) }
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Records a failure met outside the writes (closing the file).
    mutating func fail(_ reason: String) {
        if failure == nil { failure = reason }
    }

    private mutating func writeOut(_ bytes: UnsafeRawBufferPointer) {
        guard failure == nil else { return }
        failure = writeAll(bytes, to: descriptor)
    }
}
