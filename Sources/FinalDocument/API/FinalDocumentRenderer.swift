import IndicatorLibrary
internal import Mustache

/// Renders an edition's Final Document through the templates, in memory: the caller writes the
/// results only when every format rendered.
public enum FinalDocumentRenderer {
    /// The edition comes redacted for its audience: the document prints what it is given. One document
    /// per language and format, in the edition's languages (or those of `languages`, in the edition's
    /// order) and the formats' order.
    public static func render(_ edition: RedactedEdition, with templates: TemplateSet, formats: [DocumentFormat],
                              languages: [String]? = nil) throws(TemplateErrors) -> [RenderedDocument] {
        let audience = edition.audience
        let declared = edition.edition.meeting.languages.map(\.value)
        var documents: [RenderedDocument] = []
        var errors: [TemplateError] = []
        for format in formats where !templates.has(format.templateName) {
            errors.append(TemplateError(file: templates.file(format.templateName),
                                        message: "no such template: the \(format.rawValue) output needs it"))
        }
        guard errors.isEmpty else { throw TemplateErrors(errors) }
        for language in declared where languages?.contains(language) ?? true {
            guard let wording = Wordings.builtIn(language) else {
                // The checker refuses an edition in a language without words; nothing to render here.
                errors.append(TemplateError(file: "Templates/strings/\(language).yaml",
                                            message: "no words for language '\(language)'"))
                continue
            }
            for format in formats {
                let view = DocumentViewBuilder(library: edition.library, edition: edition.edition, format: format,
                                               audience: audience, isDraft: edition.isDraft, wording: wording)
                    .build()
                let text = templates.library.render(view, withTemplate: format.templateName) ?? ""
                if view.marked, !text.contains(view.marking) {
                    errors.append(TemplateError(
                        file: templates.file(format.templateName),
                        message: "an internal or draft document must say '\(view.marking)' on every page, and this "
                            + "template does not print {{marking}} when {{#marked}} is set"))
                    continue
                }
                documents.append(RenderedDocument(format: format, language: language,
                                                  isFirstLanguage: language == declared.first, text: text))
            }
        }
        guard errors.isEmpty else { throw TemplateErrors(errors) }
        return documents
    }
}
