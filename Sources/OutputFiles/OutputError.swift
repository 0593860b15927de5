/// A file that could not be written, with the system's reason.
public struct OutputError: Error, CustomStringConvertible, Sendable {
    public let path: String
    public let reason: String
    /// Set only by `FaultInjection`: the run stopped as if killed, and must not clean up either.
    public let wasInterrupted: Bool

    /// Set for standard output, which is no file to name.
    private let isStream: Bool

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
        wasInterrupted = false
        isStream = false
    }

    /// A stream that could not be written (`standard output`).
    public init(stream: String, reason: String) {
        path = stream
        self.reason = reason
        wasInterrupted = false
        isStream = true
    }

    private init(interruptedAt step: Int, _ what: String) {
        path = what
        reason = "interrupted at step \(step) by a fault injected for a test"
        wasInterrupted = true
        isStream = false
    }

    static func interrupted(atStep step: Int, _ what: String) -> OutputError {
        OutputError(interruptedAt: step, what)
    }

    public var description: String { "\(path): error: cannot write\(isStream ? "" : " the file"): \(reason)" }
}
