import Foundation
internal import ZIPFoundation

/// The parts of a package being written, in the order they are added, with their content types;
/// zipped once complete.
struct PackageParts {
    let reference: ReferenceDocument
    private var parts: [(path: String, data: Data)] = []
    private var written: Set<String> = []
    /// Part name (`/word/document.xml`) to content type.
    private var overrides: [(part: String, type: String)] = []

    init(reference: ReferenceDocument) {
        self.reference = reference
    }

    mutating func add(_ path: String, _ text: String, type: String?) {
        add(path, Data(text.utf8), type: type)
    }

    mutating func add(_ path: String, _ data: Data, type: String?) {
        guard written.insert(path).inserted else { return }
        parts.append((path, data))
        if let type { overrides.append(("/" + path, type)) }
    }

    /// A part of the reference as it is, with its relationships and the parts they link to (a
    /// header's logo), under the same names.
    mutating func copy(_ path: String) {
        guard !written.contains(path), let data = reference.parts[path] else { return }
        add(path, data, type: reference.overrides["/" + path])
        copyRelated(path)
    }

    private mutating func copyRelated(_ path: String) {
        let relsPath = Relationship.partPath(for: path)
        guard let rels = reference.text(relsPath) else { return }
        add(relsPath, Data(rels.utf8), type: nil)
        for relationship in Relationship.read(rels[...]) where !relationship.isExternal {
            copy(relationship.path(from: Relationship.folder(of: path)))
        }
    }

    /// The reference's header (or footer) with `paragraphs` added at its end, or a new part holding
    /// them; its path.
    mutating func addHeaderOrFooter(_ referencePath: String?, default defaultPath: String, root: String,
                                    paragraphs: String, type: String) -> String {
        if let referencePath, var xml = reference.text(referencePath),
           let close = xml.range(of: "</\(root)>", options: .backwards) {
            xml.insert(contentsOf: paragraphs, at: close.lowerBound)
            add(referencePath, xml, type: type)
            copyRelated(referencePath)
            return referencePath
        }
        let xml = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
            + #"<\#(root) xmlns:w="\#(Namespace.main)" xmlns:r="\#(Namespace.relationships)">"#
            + (paragraphs.isEmpty ? "<w:p/>" : paragraphs) + "</\(root)>"
        add(defaultPath, xml, type: type)
        return defaultPath
    }

    static func relationships(_ list: [(type: String, target: String)]) -> String {
        var xml = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
            + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
        for (index, relationship) in list.enumerated() {
            xml += #"<Relationship Id="rId\#(index + 1)" Type="\#(XMLScan.escape(relationship.type))" "#
                + #"Target="\#(XMLScan.escape(relationship.target))"/>"#
        }
        return xml + "</Relationships>"
    }

    /// `[Content_Types].xml`: the extensions of the parts written, and each part's own type.
    private var contentTypes: String {
        var defaults: [String: String] = ["rels": ContentType.relationships, "xml": "application/xml"]
        for part in parts {
            let name = part.path.split(separator: "/").last ?? ""
            guard let dot = name.lastIndex(of: ".") else { continue }
            let ext = name[name.index(after: dot)...].lowercased()
            if defaults[ext] == nil, let type = reference.defaults[ext] { defaults[ext] = type }
        }
        var xml = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
            + #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#
        for (ext, type) in defaults.sorted(by: { $0.key < $1.key }) {
            xml += #"<Default Extension="\#(XMLScan.escape(ext))" ContentType="\#(XMLScan.escape(type))"/>"#
        }
        for override in overrides {
            xml += #"<Override PartName="\#(XMLScan.escape(override.part))" ContentType="\#(XMLScan.escape(override.type))"/>"#
        }
        return xml + "</Types>"
    }

    /// The package: `[Content_Types].xml` first, as readers expect, then the parts in the order added,
    /// each with the same fixed time.
    func zip(shownAs: String) throws(DOCXError) -> Data {
        do {
            let archive = try Archive(data: Data(), accessMode: .create)
            for (path, data) in [("[Content_Types].xml", Data(contentTypes.utf8))] + parts.map({ ($0.path, $0.data) }) {
                try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count),
                                     modificationDate: Self.fixedTime, compressionMethod: .deflate) { position, size in
                    data.subdata(in: Int(position)..<Int(position) + size)
                }
            }
            guard let data = archive.data else {
                throw DOCXError(file: shownAs, message: "the package could not be made in memory")
            }
            return data
        } catch let error as DOCXError {
            throw error
        } catch {
            throw DOCXError(file: shownAs, message: "the package could not be made (\(error))")
        }
    }

    /// 1 January 1980, the first time a ZIP entry can hold.
    static let fixedTime = Date(timeIntervalSince1970: 315_532_800)
}

enum Namespace {
    static let main = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
}

enum ContentType {
    static let relationships = "application/vnd.openxmlformats-package.relationships+xml"
    static let document = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
    static let numbering = "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"
    static let header = "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"
    static let footer = "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"
    static let core = "application/vnd.openxmlformats-package.core-properties+xml"
    static let app = "application/vnd.openxmlformats-officedocument.extended-properties+xml"
}

enum RelationshipType {
    private static let office = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let officeDocument = "\(office)/officeDocument"
    static let numbering = "\(office)/numbering"
    static let header = "\(office)/header"
    static let footer = "\(office)/footer"
    static let app = "\(office)/extended-properties"
    static let core = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"
}
