import Exports
import Foundation
import IndicatorLibrary

/// An exchange file as the merge reads it: its envelope checked (format, version, audience), its
/// parts found, every error at its line and column.
struct ExchangeFile {
    let path: String
    let year: Int
    let organisation: String?
    let meeting: JSONNode
    let countries: [JSONNode]
    let catalog: JSONNode?
    let ratifications: [JSONNode]

    func location(of node: JSONNode) -> SourceLocation {
        SourceLocation(file: path, line: node.line, column: node.column)
    }

    static func read(_ path: String, acceptsInternal: Bool) throws(MergeFailure) -> ExchangeFile {
        func failure(_ message: String, line: Int = 1, column: Int = 1) -> MergeFailure {
            .exchange([.error(message, at: SourceLocation(file: path, line: line, column: column))])
        }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue else {
            throw failure("no such exchange file")
        }
        guard let data = FileManager.default.contents(atPath: path) else { throw failure("cannot read the file") }
        guard !data.isEmpty else {
            throw failure("the file is empty; an exchange file is the JSON that 'labour-monitor export YEAR --format json' writes")
        }
        let bytes = [UInt8](data)
        if let bad = InvalidUTF8.first(in: bytes) {
            throw failure("the file is not UTF-8 text (byte \(bad.offset + 1) cannot be read); an exchange file is "
                          + "JSON in UTF-8", line: bad.line, column: bad.column)
        }
        let root: JSONNode
        do {
            root = try JSONReader.read(bytes)
        } catch {
            throw failure("not JSON: \(error.message)", line: error.line, column: error.column)
        }
        var errors: [Diagnostic] = []
        let at = { (node: JSONNode) in SourceLocation(file: path, line: node.line, column: node.column) }
        func member(_ key: String, of node: JSONNode, _ want: (JSONNode.Content) -> Bool, _ expected: String) -> JSONNode? {
            guard let value = node[key] else {
                errors.append(.error("the exchange file has no '\(key)'", at: at(node)))
                return nil
            }
            guard want(value.content) else {
                errors.append(.error("'\(key)' must be \(expected), found \(value.kind)", at: at(value)))
                return nil
            }
            return value
        }
        guard case .object = root.content else {
            throw failure("an exchange file is one JSON object, found \(root.kind)", line: root.line, column: root.column)
        }
        if let format = member("format", of: root, { if case .string = $0 { true } else { false } }, "a text"),
           format.string != ExchangeDocument.format {
            throw failure("this is not an exchange file of labour-monitor: its format is '\(format.string ?? "")', "
                          + "not '\(ExchangeDocument.format)'", line: format.line, column: format.column)
        }
        if let version = member("version", of: root, { if case .number = $0 { true } else { false } }, "a whole number") {
            guard let number = version.int, number >= 1 else {
                throw failure("'version' must be a whole number from 1", line: version.line, column: version.column)
            }
            if number > ExchangeDocument.version {
                throw failure("the file is of exchange format version \(number), made by a newer labour-monitor; "
                              + "this one reads version \(ExchangeDocument.version): update labour-monitor to merge it",
                              line: version.line, column: version.column)
            }
        }
        if let audience = member("audience", of: root, { if case .string = $0 { true } else { false } }, "a text") {
            switch audience.string {
            case "public": break
            case "internal":
                if !acceptsInternal {
                    throw failure("the file is internal: it holds confidential findings or names; a public merge "
                                  + "refuses it. Ask the partner for a public export, or merge with --internal into "
                                  + "a library kept internal", line: audience.line, column: audience.column)
                }
            default:
                errors.append(.error("'audience' must be public or internal, found '\(audience.string ?? "")'", at: at(audience)))
            }
        }
        var organisation: String?
        if let node = root["organisation"] {
            switch node.content {
            case .null: break
            case let .string(name) where !name.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty: organisation = name
            default: errors.append(.error("'organisation' must be the sender's name, or null", at: at(node)))
            }
        }
        let yearNode = member("year", of: root, { if case .number = $0 { true } else { false } }, "a year")
        let year = yearNode?.int
        if let yearNode, year.map({ !(1900...2100).contains($0) }) ?? true {
            errors.append(.error("'year' must be a year between 1900 and 2100", at: at(yearNode)))
        }
        let meeting = member("meeting", of: root, { if case .object = $0 { true } else { false } }, "an object")
        let countries = member("countries", of: root, { if case .array = $0 { true } else { false } }, "a list")
        let catalog = root["catalog"]
        let ratifications = root["ratifications"]?.items ?? []
        for country in countries?.items ?? [] {
            guard case .object = country.content, country["country"]?.string != nil else {
                errors.append(.error("each of 'countries' is a country file's object, with its 'country' code", at: at(country)))
                continue
            }
        }
        guard errors.isEmpty, let year, let meeting, let countries else { throw .exchange(errors) }
        return ExchangeFile(path: path, year: year, organisation: organisation, meeting: meeting,
                            countries: countries.items ?? [], catalog: catalog, ratifications: ratifications)
    }
}
