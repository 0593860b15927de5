internal import DOCXWriter
import Foundation
internal import Mustache

/// The templates of the Final Document: those built into the tool (`builtIn()`, made from
/// Templates/ when it was built, so that it runs from any folder), or those of a folder given with
/// `--templates`, read and checked when the command runs, so that editing one changes the next
/// document without rebuilding anything.
///
/// Every `NAME.mustache` file is a template, usable from the others as the partial `{{> NAME}}`
/// (the bundled HTML template takes its style sheet from `style.css.mustache` that way). The Word
/// document's look is the folder's `reference.docx`, read only when a .docx is asked for.
public struct TemplateSet: Sendable {
    let library: MustacheLibrary
    /// Where the reference document comes from: the folder's file, or the one built in.
    let reference: ReferenceSource
    /// Template name to the file as the user named it, for messages.
    let files: [String: String]
    /// The folder as messages name it.
    let folder: String

    /// Reads and checks every template in `folder`; `shownAs` is how messages name the folder.
    /// Throws every problem found, each located in its file.
    public static func load(from folder: String, shownAs: String) throws(TemplateErrors) -> TemplateSet {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder)
                .filter { $0.hasSuffix(".mustache") && !$0.hasPrefix(".") }.sorted()
        } catch {
            throw TemplateErrors([TemplateError(file: shownAs, message: "cannot read the templates folder")])
        }
        var texts: [String: (file: String, text: String)] = [:]
        var errors: [TemplateError] = []
        for fileName in names {
            let shown = "\(shownAs)/\(fileName)"
            let name = String(fileName.dropLast(".mustache".count))
            guard let data = FileManager.default.contents(atPath: "\(folder)/\(fileName)") else {
                errors.append(TemplateError(file: shown, message: "cannot read the template"))
                continue
            }
            guard let text = String(data: data, encoding: .utf8) else {
                errors.append(TemplateError(file: shown, message: "the template is not UTF-8 text"))
                continue
            }
            texts[name] = (shown, text)
        }
        return try parse(texts, errors: errors, shownAs: shownAs,
                         reference: .file(path: "\(folder)/\(Self.referenceName)", shownAs: "\(shownAs)/\(Self.referenceName)"))
    }

    /// The Word document whose styles the .docx takes.
    static let referenceName = "reference.docx"

    /// The templates built into the tool, as Templates/ held them when it was built.
    public static func builtIn() throws(TemplateErrors) -> TemplateSet {
        let shownAs = "built-in templates"
        var texts: [String: (file: String, text: String)] = [:]
        for file in BuiltInTemplates.files { texts[file.name] = ("\(shownAs)/\(file.name).mustache", file.text) }
        return try parse(texts, errors: [], shownAs: shownAs, reference: .builtIn(shownAs: "\(shownAs)/\(Self.referenceName)"))
    }

    /// Parses and checks templates by name; `errors` are those met reading them.
    private static func parse(_ texts: [String: (file: String, text: String)], errors: [TemplateError],
                              shownAs: String, reference: ReferenceSource) throws(TemplateErrors) -> TemplateSet {
        var errors = errors
        var templates: [String: MustacheTemplate] = [:]
        var inclusions: [String: [TemplateCheck.Inclusion]] = [:]
        for (name, entry) in texts.sorted(by: { $0.key < $1.key }) {
            do {
                templates[name] = try MustacheTemplate(string: Self.pragma + entry.text)
            } catch let error as MustacheTemplate.ParserError {
                errors.append(TemplateError(file: entry.file, line: max(error.context.lineNumber - 1, 1),
                                            column: error.context.columnNumber, message: Self.describe(error.error)))
                continue
            } catch {
                errors.append(TemplateError(file: entry.file, message: "\(error)"))
                continue
            }
            let check = TemplateCheck(file: entry.file, text: entry.text, partials: Set(texts.keys)).run()
            errors += check.errors
            inclusions[name] = check.inclusions
        }
        errors += cycles(in: inclusions, files: texts.mapValues(\.file))
        guard errors.isEmpty else { throw TemplateErrors(errors) }
        return TemplateSet(library: MustacheLibrary(templates: templates), reference: reference,
                           files: texts.mapValues(\.file), folder: shownAs)
    }

    /// A template that includes itself, directly or through others, would render forever (the view
    /// model is not recursive, so no data could end it): each cycle is an error at the tag closing it.
    private static func cycles(in inclusions: [String: [TemplateCheck.Inclusion]],
                               files: [String: String]) -> [TemplateError] {
        var errors: [TemplateError] = []
        var reported: Set<String> = []
        func visit(_ name: String, path: [String]) {
            for inclusion in inclusions[name] ?? [] {
                if let start = path.firstIndex(of: inclusion.name) {
                    let cycle = path[start...] + [inclusion.name]
                    guard reported.insert(Set(cycle).sorted().joined(separator: ",")).inserted else { continue }
                    errors.append(TemplateError(
                        file: files[name] ?? name, line: inclusion.line, column: inclusion.column,
                        message: "the template includes itself (\(cycle.joined(separator: " → "))): "
                            + "the document would never end"))
                } else if inclusions[inclusion.name] != nil {
                    visit(inclusion.name, path: path + [inclusion.name])
                }
            }
        }
        for name in inclusions.keys.sorted() { visit(name, path: [name]) }
        return errors
    }

    /// Every value reaches the template already rendered for its format (escaped for HTML), so the
    /// engine must not escape it again, whatever the template's own pragmas say.
    /// On a line of its own (which the engine drops), so the template's first line stays standalone:
    /// the parser's line numbers are one more than the file's.
    private static let pragma = "{{% CONTENT_TYPE: TEXT}}\n"

    private static func describe(_ error: Error) -> String {
        switch error as? MustacheTemplate.Error {
        case .sectionCloseNameIncorrect?:
            return "this closing tag does not close the section opened last: each {{#name}} needs its {{/name}}"
        case .unfinishedName?: return "a tag is not finished: '{{' without its '}}'"
        case .expectedSectionEnd?: return "a section is never closed: add its {{/name}}"
        case .invalidSetDelimiter?: return "a set-delimiter tag {{= =}} is malformed"
        case .invalidConfigVariableSyntax?, .unrecognisedConfigVariable?:
            return "a pragma {{% ...}} is not one the template engine knows"
        default:
            if "\(error)" == "overflow" { return "the template ends inside a tag: a '{{' is never closed" }
            return "the template cannot be read: \(error)"
        }
    }

    func has(_ name: String) -> Bool { files[name] != nil }

    /// The reference document read and checked, or the error saying why it cannot serve.
    func referenceDocument() throws(TemplateError) -> ReferenceDocument {
        do throws(DOCXError) {
            switch reference {
            case let .file(path, shownAs):
                guard FileManager.default.fileExists(atPath: path) else {
                    throw DOCXError(file: shownAs, message: "no such file: the docx output takes its styles from it "
                                    + "(copy Templates/reference.docx into the templates folder)")
                }
                return try ReferenceDocument(contentsOf: path, shownAs: shownAs)
            case let .builtIn(shownAs):
                guard let data = Data(base64Encoded: BuiltInReference.base64, options: .ignoreUnknownCharacters) else {
                    throw DOCXError(file: shownAs, message: "the copy built into the tool is damaged: run `make templates`")
                }
                return try ReferenceDocument(data: data, shownAs: shownAs)
            }
        } catch {
            throw TemplateError(error)
        }
    }
    func file(_ name: String) -> String { files[name] ?? "\(folder)/\(name).mustache" }
}

/// Where a template set's Word reference document is.
enum ReferenceSource: Sendable {
    case file(path: String, shownAs: String)
    case builtIn(shownAs: String)
}

/// All the problems of a templates folder, reported together.
public struct TemplateErrors: Error, CustomStringConvertible, Sendable {
    public let errors: [TemplateError]

    public init(_ errors: [TemplateError]) {
        self.errors = errors.sorted { ($0.file, $0.line ?? 0, $0.column ?? 0) < ($1.file, $1.line ?? 0, $1.column ?? 0) }
    }

    public var description: String { errors.map(\.description).joined(separator: "\n") }
}
