import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// What a reader of a .docx sees, read from its parts: the header, the body and the footer, one line
/// per paragraph, a run's line break as a line feed.
public enum WordText {
    public static func visibleText(of data: Data) throws -> String {
        let package = try WorkbookReader(data: data)
        let parts = package.parts.keys.sorted()
        let ordered = parts.filter { $0.hasPrefix("word/header") } + ["word/document.xml"]
            + parts.filter { $0.hasPrefix("word/footer") }
        return try ordered.flatMap { try paragraphs(package, $0) }.joined(separator: "\n")
    }

    /// The paragraphs of one part as text.
    public static func paragraphs(_ package: WorkbookReader, _ part: String) throws -> [String] {
        try package.xml(part).nodes(forXPath: "//*[local-name()='p']").map { paragraph in
            try paragraph.nodes(forXPath: ".//*[local-name()='t' or local-name()='br' or local-name()='instrText']")
                .map { node in
                    switch node.localName {
                    case "br": return "\n"
                    case "instrText": return "{\(node.stringValue?.trimmingCharacters(in: .whitespaces) ?? "")}"
                    default: return node.stringValue ?? ""
                    }
                }
                .joined()
        }
    }
}
