import Testing
import Parallelism

/// The channel between a maker on one core and a writer on another.
struct ChannelTests {
    /// The batches the writer has written go back to the maker with its next batch, to be freed on
    /// the maker's thread.
    @Test func writtenBatchesGoBackToTheMaker() {
        let channel = Channel<[String]>(capacity: 16)
        var back: [[String]] = []
        #expect(channel.put(["row 0"], takingBack: &back))
        #expect(channel.put(["row 1"], takingBack: &back))
        #expect(back.isEmpty)
        let first = channel.take(returning: nil)
        let second = channel.take(returning: first)
        #expect(second == ["row 1"])
        #expect(channel.put(["row 2"], takingBack: &back))
        #expect(back == [["row 0"]])
        back.removeAll()
        #expect(channel.put(["row 3"], takingBack: &back))
        #expect(back.isEmpty)
    }

    /// A channel holds at most its capacity: the maker waits for room, and the chunks come in order.
    @Test func theMakerWaitsForRoomAndTheChunksComeInOrder() {
        let channel = Channel<Int>.made(capacity: 2) { channel in
            var back: [Int] = []
            for chunk in 0..<100 where !channel.put(chunk, takingBack: &back) { break }
            channel.finish()
        }
        var taken: [Int] = []
        var written: Int?
        while let chunk = channel.take(returning: written) {
            taken.append(chunk)
            written = chunk
        }
        #expect(taken == Array(0..<100))
    }
}
