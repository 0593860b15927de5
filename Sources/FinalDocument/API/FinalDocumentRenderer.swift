internal import DOCXWriter
import Foundation
import IndicatorLibrary
internal import Mustache

/// Renders an edition's Final Document through the templates, in memory: the caller writes the
/// results only when every format rendered.
public enum FinalDocumentRenderer {
    /// The edition comes redacted for its audience: the document prints what it is given. One document
    /// per language and format, in the edition's languages (or those of `languages`, in the edition's
    /// order) and the formats' order. A PDF is not rendered here: it is the PDF engine's, from the .docx
    /// (ask for `.docx` to have it), so `.pdf` in `formats` is passed over.
    public static func render(_ edition: RedactedEdition, with templates: TemplateSet, formats: [DocumentFormat],
                              languages: [String]? = nil) throws(TemplateErrors) -> [RenderedDocument] {
        let audience = edition.audience
        let declared = edition.edition.meeting.languages.map(\.value)
        var documents: [RenderedDocument] = []
        var errors: [TemplateError] = []
        for format in formats {
            guard let name = format.templateName, !templates.has(name) else { continue }
            errors.append(TemplateError(file: templates.file(name),
                                        message: "no such template: the \(format.rawValue) output needs it"))
        }
        var reference: ReferenceDocument?
        if formats.contains(.docx) {
            do throws(TemplateError) {
                reference = try templates.referenceDocument()
            } catch {
                errors.append(error)
            }
        }
        guard errors.isEmpty else { throw TemplateErrors(errors) }
        for language in declared where languages?.contains(language) ?? true {
            guard let wording = Wordings.builtIn(language) else {
                // The checker refuses an edition in a language without words; nothing to render here.
                errors.append(TemplateError(file: "Templates/strings/\(language).yaml",
                                            message: "no words for language '\(language)'"))
                continue
            }
            for format in formats where format != .pdf {
                let view = DocumentViewBuilder(library: edition.library, edition: edition.edition, format: format,
                                               audience: audience, isDraft: edition.isDraft, wording: wording,
                                               extractOf: edition.extractOf)
                    .build()
                let data: Data
                if let name = format.templateName {
                    let text = templates.library.render(view, withTemplate: name) ?? ""
                    if view.marked, !text.contains(view.marking) {
                        errors.append(TemplateError(
                            file: templates.file(name),
                            message: "an internal or draft document must say '\(view.marking)' on every page, and this "
                                + "template does not print {{marking}} when {{#marked}} is set"))
                        continue
                    }
                    data = Data(text.utf8)
                } else if let reference {
                    let layout = WordLayout(view: view, wording: wording, date: edition.edition.meeting.date.value)
                    do throws(DOCXError) {
                        data = try DOCXWriter.data(of: layout.document(), reference: reference)
                    } catch {
                        errors.append(TemplateError(error))
                        continue
                    }
                } else {
                    continue
                }
                documents.append(RenderedDocument(format: format, language: language,
                                                  isFirstLanguage: language == declared.first, data: data,
                                                  country: edition.extractOf))
            }
        }
        guard errors.isEmpty else { throw TemplateErrors(errors) }
        return documents
    }
}
