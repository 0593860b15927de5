import IndicatorLibrary
internal import Mustache

/// Renders an edition's Final Document through the templates, in memory: the caller writes the
/// results only when every format rendered.
public enum FinalDocumentRenderer {
    /// The edition comes redacted for its audience: the document prints what it is given.
    public static func render(_ edition: RedactedEdition, with templates: TemplateSet,
                              formats: [DocumentFormat]) throws(TemplateErrors) -> [RenderedDocument] {
        let audience = edition.audience
        var documents: [RenderedDocument] = []
        var errors: [TemplateError] = []
        for format in formats {
            guard templates.has(format.templateName) else {
                errors.append(TemplateError(file: templates.file(format.templateName),
                                            message: "no such template: the \(format.rawValue) output needs it"))
                continue
            }
            let view = DocumentViewBuilder(library: edition.library, edition: edition.edition, format: format,
                                           audience: audience, markings: edition.markings)
                .build()
            let text = templates.library.render(view, withTemplate: format.templateName) ?? ""
            if view.marked, !text.contains(view.marking) {
                errors.append(TemplateError(
                    file: templates.file(format.templateName),
                    message: "an internal or draft document must say '\(edition.markings.joined(separator: " · "))' "
                        + "on every page, and this template does not print {{marking}} when {{#marked}} is set"))
                continue
            }
            documents.append(RenderedDocument(format: format, text: text))
        }
        guard errors.isEmpty else { throw TemplateErrors(errors) }
        return documents
    }
}
