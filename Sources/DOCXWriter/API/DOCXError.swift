/// A Word document that cannot be written: a reference document that cannot be used (named as the
/// user named it, with the part at fault), or a package that cannot be made.
public struct DOCXError: Error, CustomStringConvertible, Sendable {
    /// The file at fault as the user named it (`Templates/reference.docx`).
    public let file: String
    /// The part of the package, when the problem is inside one (`word/styles.xml`).
    public let part: String?
    public let message: String

    public init(file: String, part: String? = nil, message: String) {
        self.file = file
        self.part = part
        self.message = message
    }

    public var description: String {
        "\(file): error: \(part.map { "\($0): " } ?? "")\(message)"
    }
}
