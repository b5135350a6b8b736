import ConvArithmetic
import ConvCompute
import Foundation
import Testing

/// Well-formed requests with hostile parameter values: every one must get an answer, never a trap.
@Suite("Random requests with extreme parameters")
struct RandomRequestTests {
  static let ops = [
    "conv2d", "conv_transpose2d", "max_pool2d", "max_unpool2d", "upsample_nearest",
    "upsample_bilinear",
    "bilinear_kernel",
  ]
  // Values near the limits are mixed in, but none that give a legitimately huge answer,
  // which would only make the test slow: RequestErrorTests covers the limits' edges.
  static let integers = [
    "1", "1", "2", "2", "3", "0", "-1", "7", "64", "100", "5000", "9999999999",
  ]
  static let scales = ["0.5", "1", "2", "1.7", "0", "-2", "1e-300", "40", "4097", "3.3"]

  static func pick<T>(_ values: [T], _ random: inout SplitMix64) -> T {
    values[Int(random.next() % UInt64(values.count))]
  }

  static func grid(_ random: inout SplitMix64, integers: Bool = false) -> String {
    let rows = Int.random(in: 1...6, using: &random)
    let cols = Int.random(in: 1...6, using: &random)
    let cells = (0..<rows).map { _ in
      "["
        + (0..<cols).map { _ in
          integers
            ? String(Int.random(in: -2...40, using: &random))
            : String(Double(Int.random(in: -99...99, using: &random)) / 10)
        }.joined(separator: ", ") + "]"
    }
    return "[" + cells.joined(separator: ", ") + "]"
  }

  static func pair(_ random: inout SplitMix64) -> String {
    random.next() & 1 == 0
      ? pick(integers, &random) : "[\(pick(integers, &random)), \(pick(integers, &random))]"
  }

  static func request(_ random: inout SplitMix64) -> String {
    let op = pick(ops, &random)
    let allowed = ComputeOp(rawValue: op)!.fields
    var fields = [#""op": "\#(op)""#]
    let optional: [(String, (inout SplitMix64) -> String)] = [
      ("input", { grid(&$0) }), ("kernel", { grid(&$0) }), ("kernel_size", { pair(&$0) }),
      ("stride", { pair(&$0) }),
      ("padding", { pair(&$0) }), ("dilation", { pair(&$0) }), ("output_padding", { pair(&$0) }),
      ("indices", { grid(&$0, integers: true) }), ("output_size", { pair(&$0) }),
      ("scale", { pick(scales, &$0) }), ("size", { pair(&$0) }), ("align_corners", { _ in "true" }),
      ("ceil_mode", { _ in "true" }),
      ("style", { pick(["\"fcn\"", "\"caffe\"", "\"caffe_legacy\""], &$0) }),
    ]
    // Mostly the op's own fields, each often present; now and then a foreign one.
    for (name, make) in optional
    where allowed.contains(name) ? random.next() % 4 != 0 : random.next() % 40 == 0 {
      fields.append(#""\#(name)": \#(make(&random))"#)
    }
    return "{" + fields.joined(separator: ", ") + "}"
  }

  @Test func everyRequestGetsOneWellFormedAnswer() {
    var random = SplitMix64(seed: 2024)
    let requests = (0..<4_000).map { _ in Self.request(&random) }
    let (output, summary) = ComputeProtocol.run(requests.joined(separator: "\n") + "\n")
    let answers = output.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
    #expect(answers.count == requests.count)
    #expect(summary.answered == requests.count)
    var outputs = 0
    for answer in answers {
      let object = (try? JSONSerialization.jsonObject(with: Data(answer.utf8))) as? [String: Any]
      #expect(object != nil, "\(answer.prefix(200))")
      if let sentence = object?["error"] as? String {
        #expect(sentence.hasSuffix("."))
      } else {
        outputs += 1
        #expect(object?["output"] is [[NSNumber]])
      }
    }
    // The mix should exercise both answers and refusals.
    #expect(outputs > 100)
    #expect(summary.errors > 100)
  }
}
