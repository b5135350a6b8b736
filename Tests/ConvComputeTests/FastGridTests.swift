import ConvArithmetic
import ConvJSON
import ConvMessages
import Foundation
import Testing

@testable import ConvCompute

/// Answers `lines` with one session, reading grids the fast way or only through the general parser.
private func answers(_ lines: [String], fastGrids: Bool) -> [UInt8] {
  var session = ComputeSession()
  session.fastGrids = fastGrids
  for (index, line) in lines.enumerated() {
    var text = line
    _ = text.withUTF8 { session.answer(line: $0, lineNumber: index + 1) }
  }
  return session.writer.bytes
}

@Suite("Fast grid reading agrees with the general parser")
struct FastGridTests {
  @Test func givesTheSameBytesForEveryKindOfLine() {
    var random = SplitMix64(seed: 99)
    var lines = (0..<1_500).map { _ in RandomRequestTests.request(&random) }
    lines += RequestErrorTests.cases.map(\.line)
    lines += ReferenceCase.all.map(\.requestLine)
    lines += ComputeBenchmarkInput.mixed(count: 200, seed: 3).split(separator: "\n").map(
      String.init)
    lines += [
      #"{"op": "max_unpool2d", "input": [[1, 2]], "indices": [[0, 2.5]], "kernel_size": 2}"#,
      #"{"op": "max_unpool2d", "input": [[1, 2]], "indices": [[0, 9007199254740993]], "kernel_size": 2}"#,
      #"{"op": "max_unpool2d", "input": [[1, 2]], "indices": [[0, 1e0]], "kernel_size": 2}"#,
      #"{"op": "conv2d", "input": [[1, 2], [3, 4]], "kernel": [[1, 2], [3, 4]] , "stride": [[1, 2]]}"#,
      #"{"op": "conv2d", "input": [[1, 2], [3, 4], ], "kernel": [[1]]}"#,
      #"{"op": "conv2d", "input": [[1, 2], [3, -]], "kernel": [[1]]}"#,
      #"{"op": "conv2d", "input": [[1, 2] [3, 4]], "kernel": [[1]]}"#,
      #"{"op": "conv2d", "input": [[1, 2], [3, 4]], "kernel": [[1]]} trailing"#,
      #"{"op": "conv2d", "input": [[1, 2], [3, 4]], "kernel": [[1]]"#,
      #"{"op": "conv2d", "input": [[1, 2], []], "kernel": [[1]]}"#,
      #"{"op": "conv2d", "input": [[], []], "kernel": [[1]]}"#,
      #"{"op": "conv2d", "input": [[[1]]], "kernel": [[1]]}"#,
      #"{"op": "conv2d", "input": [[1, null]], "kernel": [[1]]}"#,
      #"{"op": "conv2d", "input" : [ [ 1 , 2 ] , [ 3 , 4 ] ] , "kernel" : [ [ -1.5e0 ] ] }"#,
      #"  {"op": "conv2d", "input": [[1e400]], "kernel": [[1]]}  "#,
      "[[1, 2], [3, 4]]",
      "{}",
    ]
    let fast = answers(lines, fastGrids: true)
    let general = answers(lines, fastGrids: false)
    let same = fast == general
    #expect(same, "the fast and general paths answered differently")
    if fast != general {
      let fastLines = String(decoding: fast, as: UTF8.self).split(separator: "\n")
      let generalLines = String(decoding: general, as: UTF8.self).split(separator: "\n")
      for (index, pair) in zip(fastLines, generalLines).enumerated() where pair.0 != pair.1 {
        Issue.record(
          "line \(index + 1): \(lines[index].prefix(120))\nfast:    \(pair.0.prefix(200))\ngeneral: \(pair.1.prefix(200))"
        )
        break
      }
    }
  }

  @Test func limitsValuesOnTheFastPathToo() {
    let line = Array(#"{"op": "conv2d", "kernel": [[1]], "input": [[1, 2, 3], [4, 5, 6]]}"#.utf8)
    // Counted: "op", "kernel", its row and number, "input", its 2 rows and 6 numbers (13 in all).
    let problem = line.withUnsafeBufferPointer { buffer -> JSONProblem? in
      var reader = JSONReader(bytes: buffer, maxValues: 12)
      do throws(JSONParseError) {
        _ = try reader.readRequestObject()
        return nil
      } catch {
        return error.problem
      }
    }
    #expect(problem == .tooManyValues(limit: 12))
  }
}
