import Foundation
import Testing

/// Same input, same bytes: an output carries nothing of when, where or by whom it was made, so that
/// a published file can be regenerated and compared, and a change in it always means a change in the data.
@Suite struct ReproducibilityTests {
    /// Every command that writes, with where it writes.
    static let commands: [[String]] = [
        ["build", "2021", "--out", "Out/2021"],
        ["report", "2019", "--out", "Out/2019"],
        ["workbook", "2019", "--out", "Out/2019"],
        ["diff", "2019", "2021", "--format", "markdown", "--out", "Out/diff"],
        ["build", "2021", "--internal", "--out", "Out/internal"],
        ["diff", "2019", "2021", "--format", "json", "--out", "Out/diff"],
        ["diff", "2019", "2021", "--format", "text", "--out", "Out/diff"],
    ]

    @Test func twoBuildsInDifferentFoldersAtDifferentTimesAreByteIdentical() throws {
        let first = try CLI.workspace()
        let second = try CLI.workspace().appendingPathComponent("another/working folder")
        defer {
            try? FileManager.default.removeItem(at: first)
            try? FileManager.default.removeItem(at: second.deletingLastPathComponent().deletingLastPathComponent())
        }
        try FileManager.default.createDirectory(at: second, withIntermediateDirectories: true)
        for part in ["Indicators", "Templates"] {
            try FileManager.default.copyItem(at: first.appendingPathComponent(part), to: second.appendingPathComponent(part))
        }

        let firstOutputs = try Self.outputs(in: first, environment: ["TZ": "UTC", "LC_ALL": "C"])
        // A zip stores times to two seconds: wait past that, and run under another time zone and locale.
        Thread.sleep(forTimeInterval: 2.2)
        let secondOutputs = try Self.outputs(in: second, environment: ["TZ": "Asia/Almaty", "LC_ALL": "ru_RU.UTF-8"])

        #expect(firstOutputs.keys.sorted() == secondOutputs.keys.sorted())
        #expect(firstOutputs.count == 38, """
            12 + 12 internal (and its .gitignore) from build, 5 for 2019, the changes to files in 3 formats and \
            2 languages, and 2 to standard output
            """)
        #expect(firstOutputs["diff --format json"] == firstOutputs["diff/changes-2019-2021.json"],
                "the same comparison printed or written")
        for (name, bytes) in firstOutputs.sorted(by: { $0.key < $1.key }) {
            #expect(secondOutputs[name] == bytes, "\(name) differs between the two builds")
        }
    }

    /// The written files under `Out/`, and the standard output of `diff`, by name.
    static func outputs(in workspace: URL, environment: [String: String]) throws -> [String: Data] {
        var outputs: [String: Data] = [:]
        for command in commands {
            let run = try CLI.run(command, in: workspace, environment: environment)
            try #require(run.status == 0, "\(command.joined(separator: " ")) failed:\n\(run.errors)")
        }
        for format in ["text", "json"] {
            let run = try CLI.run(["diff", "2019", "2021", "--format", format], in: workspace, environment: environment)
            try #require(run.status == 0)
            outputs["diff --format \(format)"] = Data(run.output.utf8)
        }
        let out = workspace.appendingPathComponent("Out")
        for file in FileManager.default.subpaths(atPath: out.path) ?? [] {
            var isFolder: ObjCBool = false
            let url = out.appendingPathComponent(file)
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue else {
                continue
            }
            outputs[file] = try Data(contentsOf: url)
        }
        return outputs
    }
}
