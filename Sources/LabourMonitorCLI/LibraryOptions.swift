import ArgumentParser
import Foundation
import OutputFiles

/// `--data`: the library every command reads.
struct LibraryOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The library folder (the one holding catalog/ and a folder per edition).",
                                            valueName: "dir"))
    var data = "Indicators"

    /// A folder of one edition given for the library (`--data Indicators/2024`) is a usage mistake
    /// with a plain fix, told before anything is read.
    func validate() throws {
        let manager = FileManager.default
        let folder = URL(fileURLWithPath: data)
        guard manager.fileExists(atPath: folder.appendingPathComponent("meeting.yaml").path),
              !manager.fileExists(atPath: folder.appendingPathComponent("catalog").path) else { return }
        let parent = ParentFolder.of(data)
        throw ValidationError("--data names the library, not an edition: '\(data)' is the folder of one edition "
                              + "(it holds meeting.yaml); give its parent, --data \(parent.isEmpty ? "." : parent), and "
                              + "the year as an argument")
    }
}
