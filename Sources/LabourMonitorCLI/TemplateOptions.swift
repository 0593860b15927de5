import ArgumentParser

/// `--templates`: another layout for the Final Document than the one built into the tool.
struct TemplateOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "A templates folder to use instead of the templates built into the tool (a copy of Templates/ to edit).",
        valueName: "dir"))
    var templates: String?
}
