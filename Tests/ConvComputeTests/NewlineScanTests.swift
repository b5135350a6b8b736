import ConvArithmetic
import Testing

@testable import ConvCompute

@Suite("Newline scan and I/O failures")
struct NewlineScanTests {
  /// The first newline and the count, one byte at a time: what the word-wise scan must agree with.
  private func naive(_ bytes: [UInt8]) -> (first: Int?, count: Int) {
    (bytes.firstIndex(of: 0x0A), bytes.filter { $0 == 0x0A }.count)
  }

  @Test("the word-wise scan agrees with a byte loop at every length, offset and density")
  func agreesWithByteLoop() {
    var random = SplitMix64(seed: 7)
    for length in 0..<80 {
      for density in [0, 1, 8, 64] {
        // Bytes near 0x0A (0x09, 0x0B, 0x8A) are where a wrong bit trick would misfire.
        let alphabet: [UInt8] = [0x09, 0x0B, 0x8A, 0x0A ^ 0x80, 0x41, 0x00, 0xFF]
        var bytes = (0..<(length + 8)).map { _ in
          alphabet[Int.random(in: 0..<alphabet.count, using: &random)]
        }
        if density > 0 {
          for index in bytes.indices where Int.random(in: 0..<density, using: &random) == 0 {
            bytes[index] = 0x0A
          }
        }
        // Every start offset, so unaligned loads are covered too.
        for offset in 0..<8 {
          let slice = Array(bytes[offset..<(offset + length)])
          let expected = naive(slice)
          slice.withUnsafeBufferPointer { buffer in
            #expect(NewlineScan.first(in: buffer) == expected.first, "\(slice)")
            #expect(NewlineScan.count(in: buffer) == expected.count, "\(slice)")
          }
        }
      }
    }
  }

  @Test("an empty buffer has no newline")
  func empty() {
    #expect(NewlineScan.first(in: UnsafeBufferPointer(start: nil, count: 0)) == nil)
    #expect(NewlineScan.count(in: UnsafeBufferPointer(start: nil, count: 0)) == 0)
  }

  /// A source whose reads fail, saying why as a value.
  private struct FailingSource: ByteSource {
    mutating func read(into buffer: UnsafeMutableRawBufferPointer) -> Int { -1 }
    var failure: String? { "input/output error" }
  }

  /// A sink whose writes fail after the first.
  private struct FullSink: ByteSink {
    var writes = 0
    mutating func write(_ bytes: UnsafeRawBufferPointer) -> Bool {
      writes += 1
      return false
    }
    var failure: String? { "no space left on device" }
  }

  @Test("a failed read or write is reported with the source's or sink's own reason")
  func failureReasons() {
    var failing = FailingSource()
    var sink = BytesSink()
    let readSummary = ComputeProtocol.run(input: &failing, output: &sink)
    #expect(readSummary.ioFailure == "Cannot read the requests: input/output error.")
    #expect(readSummary.exitStatus == 1)

    var source = BytesSource(
      Array(#"{"op": "bilinear_kernel", "size": 2, "style": "fcn"}"#.utf8) + [0x0A])
    var full = FullSink()
    let writeSummary = ComputeProtocol.run(input: &source, output: &full)
    #expect(writeSummary.ioFailure == "Cannot write the answers: no space left on device.")
  }
}
