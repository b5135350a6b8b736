import ConvArithmetic
import Testing

@testable import ConvCompute

@Suite("Parallel pieces")
struct ParallelPieceTests {
  /// Runs `bytes` through the streaming protocol in reads of `readSize` bytes.
  private func run(
    _ bytes: [UInt8], parallel: Bool, heldOutputLimit: Int = ComputeProtocol.heldOutputLimit,
    readSize: Int = ComputeProtocol.chunkSize, maxLineBytes: Int = ComputeProtocol.maxLineBytes
  ) -> (output: [UInt8], summary: ComputeSummary) {
    var source = BytesSource(bytes, chunkSize: readSize)
    var sink = BytesSink()
    let summary = ComputeProtocol.stream(
      input: &source, output: &sink, maxLineBytes: maxLineBytes, parallel: parallel,
      language: .english, heldOutputLimit: heldOutputLimit)
    return (sink.bytes, summary)
  }

  /// Pieces that stop at their output limit are finished by the reading thread, in order.
  @Test(arguments: [1, 4_096, 200_000])
  func piecesStoppingEarlyGiveTheSerialBytes(limit: Int) {
    var lines = ComputeBenchmarkInput.mixed(count: 3_000, seed: 5)
      .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    for index in stride(from: 7, to: lines.count - 1, by: 131) { lines[index] = "[1, 2" }
    for index in stride(from: 90, to: lines.count - 1, by: 173) { lines[index] = "  " }
    let bytes = Array(lines.joined(separator: "\n").utf8)
    #expect(bytes.count > 4 * ComputeProtocol.pieceBytes)
    let serial = run(bytes, parallel: false)
    let parallel = run(bytes, parallel: true, heldOutputLimit: limit)
    #expect(serial.summary.errors > 10)
    #expect(parallel.summary == serial.summary)
    // A Bool, not the arrays: on a failure, describing a megabyte-long difference takes minutes.
    let sameBytes = parallel.output == serial.output
    #expect(sameBytes)
  }

  /// A line left open by one read, then a parallel step, then more: line numbers and order hold.
  @Test(arguments: [100_003, 262_144, 1 << 20])
  func readsOfAnySizeGiveTheSerialBytes(readSize: Int) {
    var lines = ComputeBenchmarkInput.mixed(count: 2_500, seed: 8)
      .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    for index in stride(from: 11, to: lines.count - 1, by: 157) { lines[index] = "{\"op\": 3}" }
    let bytes = Array(lines.joined(separator: "\n").utf8)
    let serial = run(bytes, parallel: false, readSize: readSize, maxLineBytes: 1_500)
    let parallel = run(bytes, parallel: true, readSize: readSize, maxLineBytes: 1_500)
    #expect(serial.summary.errors > 10)
    #expect(parallel.summary == serial.summary)
    let sameBytes = parallel.output == serial.output
    #expect(sameBytes)
  }
}
