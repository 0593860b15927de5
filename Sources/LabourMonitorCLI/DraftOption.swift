import ArgumentParser

/// `--draft`: make the documents of an edition that is not ready to publish.
struct DraftOption: ParsableArguments {
    @Flag(name: .long, help: ArgumentHelp(
        "Build an edition that is not ready to publish: every page and sheet is marked \"DRAFT — NOT FOR "
            + "PUBLICATION\" and the files go to a draft/ folder."))
    var draft = false
}
