import ArgumentParser

/// `--country KZ`: one country's extract of the edition, beside the whole edition's outputs (its files
/// carry the code: final-document-KZ.md, indicators-2021-KZ.xlsx, changes-2019-2021-KZ.md).
struct CountryOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "One country's extract, in files named with its code (final-document-KZ.md, indicators-YEAR-KZ.xlsx): "
            + "its situation and appeal, the regional paragraphs that name it, its findings, recommendations and "
            + "figures; any case.", valueName: "code"))
    var country: String?
}
