import Foundation
import Testing
import WorkbookReading

/// A build killed at any moment (power cut, a closed laptop, SIGKILL) leaves the output folder with
/// the whole old set or the whole new one: never a truncated document, a broken workbook, or some
/// files old and some new. (PublishingTests kills it at each step of placing, exactly.)
@Suite struct InterruptedBuildTests {
    static let rounds = 40

    @Test func aKilledBuildLeavesEachOutputWholeOldOrWholeNew() throws {
        let workspace = try CLI.workspace()
        defer { try? FileManager.default.removeItem(at: workspace) }

        // The outputs before (the bundled data) and after an edit of the library, each made whole.
        let before = try Self.build(in: workspace, into: "Before").outputs
        // A recommendation's text: the document's appeals, the workbook and the changes all print it.
        try CLI.edit(workspace.appendingPathComponent("Indicators/2021/KZ.yaml"),
                     replacing: "Overturn without delay all sentences", with: "Overturn at once all sentences")
        try CLI.edit(workspace.appendingPathComponent("Indicators/2021/KZ.yaml"),
                     replacing: "Безотлагательно отменить", with: "Немедленно отменить")
        let (after, duration) = try Self.build(in: workspace, into: "After")
        try #require(before.keys.sorted() == after.keys.sorted() && before.count == 12)
        for (name, bytes) in after where before[name] == bytes {
            Issue.record("\(name) does not change with the edit, so the test could not tell old from new")
        }
        for outputs in [before, after] {
            let workbook = try #require(outputs.first { $0.key.hasSuffix(".xlsx") })
            let path = workspace.appendingPathComponent("check.xlsx").path
            try workbook.value.write(to: URL(fileURLWithPath: path))
            #expect(try !WorkbookReader(path: path).sheetNames.isEmpty)
        }

        let out = workspace.appendingPathComponent("Out")
        var outcomes: [String: Int] = [:]
        for round in 0..<Self.rounds {
            // Most rounds replace an earlier build; some write into an empty folder.
            let hadEarlier = round % 4 != 0
            try? FileManager.default.removeItem(at: out)
            try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
            if hadEarlier {
                for (name, bytes) in before { try bytes.write(to: out.appendingPathComponent(name)) }
            }
            // Half the kills anywhere in the run, half near its end, where the files are written.
            let delay = round % 2 == 0 ? Double.random(in: 0...(duration * 1.2))
                                       : Double.random(in: (duration * 0.6)...(duration * 1.1))
            _ = try CLI.run(["build", "2021", "--out", "Out"], in: workspace, timeout: delay)

            var states: [String] = []
            for name in after.keys.sorted() {
                let file = out.appendingPathComponent(name)
                guard let bytes = try? Data(contentsOf: file) else {
                    #expect(!hadEarlier, "round \(round), killed after \(delay) s: \(name) was removed")
                    states.append("absent")
                    continue
                }
                let state = bytes == after[name] ? "new" : bytes == before[name] && hadEarlier ? "old" : "broken"
                #expect(state != "broken",
                        "round \(round), killed after \(delay) s: \(name) is neither old nor new (\(bytes.count) bytes)")
                states.append(state)
            }
            #expect(Set(states).count == 1, "round \(round), killed after \(delay) s: a mixed set \(states)")
            for name in try FileManager.default.contentsOfDirectory(atPath: out.path) where after[name] == nil {
                #expect(name.hasPrefix(".") && name.contains(".tmp-"),
                        "round \(round): an unexpected file \(name) in the output folder")
            }
            outcomes[Set(states).sorted().joined(separator: "+"), default: 0] += 1
        }
        print("killed builds, outputs found: \(outcomes.sorted { $0.key < $1.key })")
        #expect(outcomes.keys.contains { $0.contains("old") || $0.contains("absent") },
                "no kill landed before the outputs were replaced: the test proved nothing")

        // A normal run afterwards finishes the job and clears what the killed runs left behind.
        let run = try CLI.run(["build", "2021", "--out", "Out"], in: workspace)
        #expect(run.status == 0)
        let left = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        #expect(left == after.keys.sorted(), "a normal run left \(left)")
        let beside = try FileManager.default.contentsOfDirectory(atPath: workspace.path).filter { $0.hasPrefix(".") }
        #expect(beside.isEmpty, "the staging folders of the killed runs are removed: \(beside)")
        for (name, bytes) in after {
            #expect(try Data(contentsOf: out.appendingPathComponent(name)) == bytes)
        }
    }

    /// Runs `build 2021` into `folder` to its end: the outputs by name, and how long it took.
    static func build(in workspace: URL, into folder: String) throws -> (outputs: [String: Data], duration: Double) {
        let started = Date()
        let run = try CLI.run(["build", "2021", "--out", folder], in: workspace)
        let duration = Date().timeIntervalSince(started)
        try #require(run.status == 0, "build failed:\n\(run.errors)")
        let url = workspace.appendingPathComponent(folder)
        let names = try FileManager.default.contentsOfDirectory(atPath: url.path)
        #expect(!names.contains { $0.hasPrefix(".") }, "a normal run left \(names)")
        var outputs: [String: Data] = [:]
        for name in names { outputs[name] = try Data(contentsOf: url.appendingPathComponent(name)) }
        return (outputs, duration)
    }
}
