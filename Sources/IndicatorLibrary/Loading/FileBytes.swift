import Foundation

/// A library file's bytes, read once into the buffer libyaml parses from.
///
/// The files of an edition are read on every core at once, and a large one is tens of megabytes: a
/// copy of its bytes per step (the file's data, an array of it, the parser's input) multiplied the
/// loading's transient memory on top of the model being built. Here the bytes are read straight into
/// the one buffer that the checks before parsing, the parser and the error reports all read.
final class FileBytes {
    private let storage: UnsafeMutableBufferPointer<UInt8>
    /// The bytes read.
    let count: Int

    /// Why a file's bytes could not be had.
    enum Failure: Error {
        case unreadable
        /// The file grew past `limit` while it was read.
        case tooLarge
    }

    /// Bytes given in memory (a test's text).
    init(_ bytes: [UInt8]) {
        storage = .allocate(capacity: max(bytes.count, 1))
        _ = storage.initialize(from: bytes)
        count = bytes.count
    }

    /// Reads the file at `path`, expected to hold `expectedSize` bytes, refusing more than `limit`.
    init(readingFileAt path: String, expectedSize: Int, limit: Int) throws(Failure) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw .unreadable }
        defer { close(descriptor) }
        // One byte more than expected, so that a file that grew since its size was read is seen to.
        var buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(expectedSize, 0) + 1)
        var filled = 0
        while true {
            if filled == buffer.count {
                guard buffer.count <= limit else {
                    buffer.deallocate()
                    throw .tooLarge
                }
                let larger = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: min(buffer.count * 2, limit + 1))
                _ = larger.initialize(from: buffer[0..<filled])
                buffer.deallocate()
                buffer = larger
            }
            let got = buffer.baseAddress.map { read(descriptor, $0 + filled, buffer.count - filled) } ?? -1
            if got < 0 && errno == EINTR { continue }
            guard got >= 0 else {
                buffer.deallocate()
                throw .unreadable
            }
            if got == 0 { break }
            filled += got
        }
        storage = buffer
        count = filled
    }

    deinit {
        storage.deallocate()
    }

    /// The bytes, valid only while this object lives: a reader keeps it alive while it reads them.
    var bytes: UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: UnsafeBufferPointer(storage)[0..<count])
    }
}
