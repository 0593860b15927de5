import ArgumentParser
import Pipeline

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Check the library, then write everything an edition publishes into Reports/YEAR/.",
        discussion: """
            The Final Document (final-document.md, .html, .docx, and .pdf made by LibreOffice from the .docx: \
            Debian libreoffice-writer-nogui, which `make deps` installs), the indicator workbook \
            (indicators-YEAR.xlsx) and, when the library holds an earlier edition, the changes since it \
            (changes-FROM-YEAR.md). All are made before any is written, then the folder's set is replaced in \
            one step: a reader sees the old set or the new one, never some of each, and with any error the \
            old set stays as it was. Files in the folder that the tool does not make are kept. Refuses an \
            edition not ready to publish unless --draft. Public unless --internal (then into internal/). With \
            --country, one country's extract of each, beside the whole edition's.
            """
    )

    @Argument(help: "The edition: the year of the meeting, as its folder in the library is named.")
    var year: Int

    @OptionGroup var library: LibraryOptions
    @OptionGroup var templates: TemplateOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var draft: DraftOption
    @OptionGroup var language: LanguageOption
    @OptionGroup var country: CountryOption

    func run() throws {
        try Publish.run(Publication(year: year, dataFolder: library.data, templatesFolder: templates.templates,
                                    outputFolder: output.out, audience: output.audience, draft: draft.draft,
                                    languages: language.languages, country: country.country,
                                    products: Publication.everything))
    }
}
