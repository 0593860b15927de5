/// One line of a `.rels` part: a link from a part to another (or to outside the package).
struct Relationship: Equatable {
    enum Kind: Equatable {
        case styles, settings, fontTable, theme, webSettings, numbering, stylesWithEffects, header, footer, other

        init(type: String) {
            switch type.split(separator: "/").last.map(String.init) ?? "" {
            case "styles": self = .styles
            case "settings": self = .settings
            case "fontTable": self = .fontTable
            case "theme": self = .theme
            case "webSettings": self = .webSettings
            case "numbering": self = .numbering
            case "stylesWithEffects": self = .stylesWithEffects
            case "header": self = .header
            case "footer": self = .footer
            default: self = .other
            }
        }

        /// The parts of a reference document the written document takes as they are (numbering is
        /// taken and added to; header and footer are taken and added to through the section).
        var isKept: Bool {
            switch self {
            case .styles, .settings, .fontTable, .theme, .webSettings, .stylesWithEffects: return true
            case .numbering, .header, .footer, .other: return false
            }
        }
    }

    let id: String
    let type: String
    let target: String
    let isExternal: Bool

    var kind: Kind { Kind(type: type) }

    /// The target as a package path, resolved from the folder of the part that links to it.
    func path(from folder: String) -> String {
        if target.hasPrefix("/") { return String(target.dropFirst()) }
        var components = folder.isEmpty ? [] : folder.split(separator: "/").map(String.init)
        for component in target.split(separator: "/") {
            switch component {
            case ".": continue
            case "..": if !components.isEmpty { components.removeLast() }
            default: components.append(String(component))
            }
        }
        return components.joined(separator: "/")
    }

    static func read(_ xml: Substring) -> [Relationship] {
        XMLScan.elements("Relationship", in: xml).compactMap { element in
            guard let id = element.attributes["Id"], let type = element.attributes["Type"],
                  let target = element.attributes["Target"] else { return nil }
            return Relationship(id: id, type: type, target: target,
                                isExternal: element.attributes["TargetMode"] == "External")
        }
    }

    /// The `.rels` part of the part at `path`: `word/_rels/header1.xml.rels` for `word/header1.xml`.
    static func partPath(for path: String) -> String {
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { String(path[..<$0]) } ?? ""
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        return (folder.isEmpty ? "" : folder + "/") + "_rels/\(name).rels"
    }

    static func folder(of path: String) -> String {
        path.lastIndex(of: "/").map { String(path[..<$0]) } ?? ""
    }
}
