/// `docProps/core.xml` and `docProps/app.xml`.
enum CorePropertiesXML {
    static func xml(_ properties: CoreProperties) -> String {
        var xml = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
            + #"<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" "#
            + #"xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" "#
            + #"xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">"#
        xml += "<dc:title>\(XMLScan.escape(properties.title))</dc:title>"
        if let subject = properties.subject { xml += "<dc:subject>\(XMLScan.escape(subject))</dc:subject>" }
        if let creator = properties.creator { xml += "<dc:creator>\(XMLScan.escape(creator))</dc:creator>" }
        if let description = properties.description {
            xml += "<dc:description>\(XMLScan.escape(description))</dc:description>"
        }
        if let language = properties.language { xml += "<dc:language>\(XMLScan.escape(language))</dc:language>" }
        if let date = properties.date {
            let stamp = "\(XMLScan.escape(date))T00:00:00Z"
            xml += #"<dcterms:created xsi:type="dcterms:W3CDTF">\#(stamp)</dcterms:created>"#
                + #"<dcterms:modified xsi:type="dcterms:W3CDTF">\#(stamp)</dcterms:modified>"#
        }
        return xml + "</cp:coreProperties>"
    }

    static let app = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
        + #"<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">"#
        + "<Application>labour-monitor</Application></Properties>"
}
