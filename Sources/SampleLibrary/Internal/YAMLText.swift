/// The little YAML the generator writes: keys, plain words, and long text folded at the width people
/// keep in the library's files.
enum YAMLText {
    static let width = 100

    /// `key: >-` and the text folded under it, the key at column `indent` (after `- ` when it opens a
    /// list item); a short text stays on the key's line.
    static func folded(_ key: String, _ text: String, indent: Int, item: Bool = false) -> String {
        let opening = item ? String(repeating: " ", count: indent - 2) + "- " : String(repeating: " ", count: indent)
        return opening + wrapped(text, after: "\(key): ", indent: indent + 2)
    }

    /// A list item that is only text (`- >-` and the text under it).
    static func foldedItem(_ text: String, indent: Int) -> String {
        String(repeating: " ", count: indent) + "- " + wrapped(text, after: "", indent: indent + 2)
    }

    private static func wrapped(_ text: String, after lead: String, indent: Int) -> String {
        if indent + lead.count + text.count <= width { return lead + text + "\n" }
        let pad = String(repeating: " ", count: indent)
        var out = lead + ">-\n"
        var line = ""
        for word in text.split(separator: " ") {
            if !line.isEmpty && indent + line.count + 1 + word.count > width {
                out += pad + line + "\n"
                line = ""
            }
            line += line.isEmpty ? String(word) : " \(word)"
        }
        if !line.isEmpty { out += pad + line + "\n" }
        return out
    }

    /// A stable hash (FNV-1a): what a name's confidentiality is drawn from, the same in every edition.
    static func stableHash(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0100_0000_01B3
        }
        return hash
    }
}
