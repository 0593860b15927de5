import Foundation

/// The numbering part of the written document: the reference's definitions kept, and one definition
/// per kind of list the document uses plus one instance per list, each restarting at 1, so that
/// every appeal's recommendations are numbered from 1 and Word renumbers them after an edit.
struct NumberingPart {
    /// The `w:numId` of each list.
    let numIds: [ListID: Int]
    let xml: String

    init(reference: String?, lists: [ListKind]) {
        let base = reference ?? #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
            + #"<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"></w:numbering>"#
        let firstAbstract = Self.largest("w:abstractNumId", in: base) + 1
        let firstNum = Self.largest("w:numId", in: base) + 1
        let kinds = ListKind.allCases.filter(lists.contains)
        var abstractIds: [ListKind: Int] = [:]
        var definitions = ""
        for (offset, kind) in kinds.enumerated() {
            let id = firstAbstract + offset
            abstractIds[kind] = id
            definitions += #"<w:abstractNum w:abstractNumId="\#(id)"><w:multiLevelType w:val="multilevel"/>"#
            for level in 0...ListItem.deepest {
                let format = kind == .bulleted ? "bullet" : "decimal"
                let text = kind == .bulleted ? kind.levelText : kind.levelText.replacingOccurrences(of: "%1", with: "%\(level + 1)")
                let left = 567 * (level + 1)
                definitions += #"<w:lvl w:ilvl="\#(level)"><w:start w:val="1"/><w:numFmt w:val="\#(format)"/>"#
                    + #"<w:lvlText w:val="\#(XMLScan.escape(text))"/><w:lvlJc w:val="left"/>"#
                    + #"<w:pPr><w:ind w:left="\#(left)" w:hanging="425"/></w:pPr></w:lvl>"#
            }
            definitions += "</w:abstractNum>"
        }
        var instances = ""
        var numIds: [ListID: Int] = [:]
        for (index, kind) in lists.enumerated() {
            let numId = firstNum + index
            numIds[ListID(index: index, kind: kind)] = numId
            instances += #"<w:num w:numId="\#(numId)"><w:abstractNumId w:val="\#(abstractIds[kind] ?? firstAbstract)"/>"#
                + #"<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>"#
        }
        // The schema's order: bullet pictures, definitions, instances, then the clean-up marker.
        var xml = base
        let close = xml.range(of: "</w:numbering>")?.lowerBound ?? xml.endIndex
        let cleanup = XMLScan.startTag("w:numIdMacAtCleanup", in: xml[...], from: xml.startIndex) ?? close
        xml.insert(contentsOf: instances, at: cleanup)
        let firstInstance = XMLScan.startTag("w:num", in: xml[...], from: xml.startIndex)
            ?? xml.range(of: "</w:numbering>")?.lowerBound ?? xml.endIndex
        xml.insert(contentsOf: definitions, at: firstInstance)
        self.xml = xml
        self.numIds = numIds
    }

    /// The largest number an attribute `name="N"` holds anywhere in `xml`, or 0.
    private static func largest(_ name: String, in xml: String) -> Int {
        var largest = 0
        var rest = xml[...]
        while let found = rest.range(of: "\(name)=\"") {
            let digits = rest[found.upperBound...].prefix(while: \.isNumber)
            largest = max(largest, Int(digits) ?? 0)
            rest = rest[found.upperBound...]
        }
        return largest
    }
}
