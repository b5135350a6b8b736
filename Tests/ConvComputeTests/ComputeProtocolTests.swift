import ConvArithmetic
import ConvCompute
import Foundation
import Testing

private let good = #"{"op": "bilinear_kernel", "size": 2, "style": "fcn"}"#
private let goodAnswer = #"{"output": [[0.25, 0.25], [0.25, 0.25]]}"#

private func lines(_ text: String) -> [String] {
  text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init).dropLast()
}

@Suite("Streaming protocol")
struct ComputeProtocolTests {
  @Test func answersEachLineInOrderAndSetsTheExitStatus() {
    let input = [good, #"{"op": "conv3d"}"#, "[1,", good].joined(separator: "\n") + "\n"
    let (output, summary) = ComputeProtocol.run(input)
    let answers = lines(output)
    #expect(answers.count == 4)
    #expect(answers[0] == goodAnswer)
    #expect(answers[1].hasPrefix(#"{"error": "Unknown op \"conv3d\""#))
    #expect(answers[2].hasPrefix(#"{"error": "Line 3 is not valid JSON: "#))
    #expect(answers[3] == goodAnswer)
    #expect(summary == ComputeSummary(answered: 4, errors: 2, ioFailure: nil))
    #expect(summary.exitStatus == 1)

    let (_, clean) = ComputeProtocol.run(good + "\n" + good + "\n")
    #expect(clean.exitStatus == 0)
    #expect(ComputeProtocol.run("").summary.exitStatus == 0)
  }

  /// Blank lines are not requests: they get no answer, but still count for line numbers.
  @Test func skipsBlankLinesButCountsThem() {
    let input = "\n   \n\t\r\n" + good + "\r\n\n" + "{oops}\n\n"
    let (output, summary) = ComputeProtocol.run(input)
    let answers = lines(output)
    #expect(answers.count == 2)
    #expect(answers[0] == goodAnswer)
    #expect(
      answers[1].hasPrefix(
        #"{"error": "Line 6 is not valid JSON: expected a field name in double quotes"#))
    #expect(summary.answered == 2)
    #expect(ComputeProtocol.answer(line: "  \r") == nil)
  }

  @Test func answersALastLineWithoutNewline() {
    let (output, summary) = ComputeProtocol.run(good + "\n" + good)
    #expect(output == goodAnswer + "\n" + goodAnswer + "\n")
    #expect(summary.exitStatus == 0)
  }

  @Test func splitsLinesTheSameWhateverTheReadSize() {
    let batch =
      Array(ComputeBenchmarkInput.mixed(count: 40, seed: 9).utf8) + Array("\n{bad\n\(good)".utf8)
    let whole = ComputeProtocol.run(batch)
    for chunkSize in [1, 2, 7, 64, 1000] {
      var source = BytesSource(batch, chunkSize: chunkSize)
      var sink = BytesSink()
      let summary = ComputeProtocol.run(input: &source, output: &sink)
      #expect(sink.bytes == whole.output, "chunk size \(chunkSize)")
      #expect(summary == whole.summary)
    }
  }

  @Test func refusesOverlongLinesWithoutHoldingThem() {
    let long = "[" + String(repeating: "1,", count: 600) + "1]"
    for chunkSize in [5, 100, 10_000] {
      var source = BytesSource(
        Array("\(good)\n\(long)\n\(good)\n\(long)".utf8), chunkSize: chunkSize)
      var sink = BytesSink()
      let summary = ComputeProtocol.run(input: &source, output: &sink, maxLineBytes: 1000)
      let answers = lines(String(decoding: sink.bytes, as: UTF8.self))
      #expect(answers.count == 4, "chunk size \(chunkSize)")
      #expect(answers[0] == goodAnswer)
      #expect(
        answers[1]
          == #"{"error": "Line 2 is longer than 1000 bytes, the most one request line may hold."}"#)
      #expect(answers[2] == goodAnswer)
      #expect(answers[3].contains("Line 4 is longer than 1000 bytes"))
      #expect(summary.errors == 2)
    }
  }

  @Test func answersEveryLineOfRandomGarbageWithoutTrapping() {
    var random = SplitMix64(seed: 11)
    let pieces = [
      "{", "}", "[", "]", "\"op\"", ":", ",", "\"conv2d\"", "\"max_unpool2d\"", "\"input\"",
      "\"kernel\"",
      "\"indices\"", "\"kernel_size\"", "\"stride\"", "\"scale\"", "\"size\"", "[[1, 2], [3, 4]]",
      "[[1]]", "0", "-1",
      "2", "1e400", "1.5", "true", "null", "\"x\"", " ", "\u{00}", "é", "[[5]]",
      "99999999999999999999",
    ]
    var text = ""
    var expectedLines = 0
    for _ in 0..<3_000 {
      var line = ""
      for _ in 0..<Int.random(in: 1...14, using: &random) {
        line += pieces.randomElement(using: &random)!
      }
      if line.contains(where: { !" \t\r".contains($0) }) { expectedLines += 1 }
      text += line + "\n"
    }
    let (output, summary) = ComputeProtocol.run(text)
    #expect(summary.answered == expectedLines)
    #expect(lines(output).count == expectedLines)
    for answer in lines(output) {
      #expect(foundationJSON(answer) != nil, "\(answer.prefix(200))")
    }
  }

  @Test func invalidUTF8IsAnErrorLine() {
    let bytes: [UInt8] = Array(#"{"op": ""#.utf8) + [0xFF, 0xFE] + Array("\"}\n".utf8)
    let (output, summary) = ComputeProtocol.run(bytes)
    #expect(summary.errors == 1)
    #expect(String(decoding: output, as: UTF8.self).contains("invalid UTF-8"))
  }
}

@Suite("Benchmark batch")
struct ComputeBenchmarkInputTests {
  @Test func isValidMixedAndReproducible() {
    let text = ComputeBenchmarkInput.mixed(count: 500, seed: 5)
    #expect(text == ComputeBenchmarkInput.mixed(count: 500, seed: 5))
    #expect(text != ComputeBenchmarkInput.mixed(count: 500, seed: 6))
    let requests = lines(text)
    #expect(requests.count == 500)
    let transposed = requests.filter { $0.hasPrefix(#"{"op": "conv_transpose2d""#) }.count
    #expect(transposed > 200 && transposed < 300)
    let (output, summary) = ComputeProtocol.run(text)
    #expect(
      summary == ComputeSummary(answered: 500, errors: 0, ioFailure: nil), "\(output.prefix(300))")
    for request in requests.prefix(50) {
      let object = foundationJSON(request)
      let input = object?["input"] as? [[NSNumber]]
      let kernel = object?["kernel"] as? [[NSNumber]]
      #expect((5...16).contains(input?.count ?? 0) && (5...16).contains(input?.first?.count ?? 0))
      #expect((2...4).contains(kernel?.count ?? 0) && (2...4).contains(kernel?.first?.count ?? 0))
    }
  }
}

@Suite("Parallel answering")
struct ParallelComputeTests {
  /// Two threads must give the same bytes, counts and line numbers as one.
  @Test func matchesTheSerialRunByteForByte() {
    var text = ComputeBenchmarkInput.mixed(count: 1_500, seed: 21)
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    // Sprinkle errors and blank lines through both halves, so line numbers are checked.
    for index in stride(from: 3, to: lines.count - 1, by: 97) { lines[index] = "{broken" }
    for index in stride(from: 50, to: lines.count - 1, by: 211) { lines[index] = "" }
    text = lines.joined(separator: "\n")
    let serial = ComputeProtocol.run(text, parallel: false)
    let parallel = ComputeProtocol.run(text, parallel: true)
    #expect(serial.summary.errors > 10)
    #expect(parallel.summary == serial.summary)
    #expect(parallel.output == serial.output)
    #expect(serial.output.contains("Line 1459 is not valid JSON"))

    // Too-long lines inside a parallel step are refused the same way.
    let bytes = Array(text.utf8)
    let shortSerial = ComputeProtocol.run(bytes, maxLineBytes: 1_200, parallel: false)
    let shortParallel = ComputeProtocol.run(bytes, maxLineBytes: 1_200, parallel: true)
    #expect(shortSerial.summary.errors > serial.summary.errors)
    #expect(shortParallel.summary == shortSerial.summary)
    #expect(shortParallel.output == shortSerial.output)
  }
}
