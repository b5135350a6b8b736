import ConvArithmetic
import ConvJSON

extension ComputeBenchmarkInput {
  /// `count` small multi-channel requests, half conv2d and half conv_transpose2d, in a seeded order.
  ///
  /// Each has an 8×8 stack of 1 to 8 input channels, groups drawn from the
  /// divisors of C_in (standard, grouped and depthwise all occur), C_out a
  /// multiple of groups up to 8, a 1×1 to 3×3 kernel in PyTorch's layout, a
  /// bias half the time, stride 1–2 and padding 0–1, values of four decimals
  /// in [−2, 2]. Every request is valid.
  ///
  ///     let text = ComputeBenchmarkInput.channels(count: 10_000, seed: 1)
  public static func channels(count: Int, seed: UInt64) -> String {
    var random = SplitMix64(seed: seed)
    var writer = JSONWriter(capacity: count * 4_000)
    func values(_ n: Int) -> [Double] {
      (0..<n).map { _ in Double(Int.random(in: -20_000...20_000, using: &random)) / 10_000 }
    }
    for _ in 0..<count {
      let transposed = random.next() & 1 == 1
      let inChannels = Int.random(in: 1...8, using: &random)
      let groups = (1...inChannels).filter { inChannels % $0 == 0 }.randomElement(using: &random)!
      let outChannels = groups * Int.random(in: 1...(8 / groups), using: &random)
      let k = Int.random(in: 1...3, using: &random)
      let stride = Int.random(in: 1...2, using: &random)
      let padding = Int.random(in: 0...min(1, k - 1), using: &random)
      // conv: [C_out][C_in/groups][k][k]; transposed: [C_in][C_out/groups][k][k].
      let (outer, inner) =
        transposed ? (inChannels, outChannels / groups) : (outChannels, inChannels / groups)
      writer.writeRaw(
        transposed
          ? "{\"op\": \"conv_transpose2d\", \"input\": " : "{\"op\": \"conv2d\", \"input\": ")
      writeNested([inChannels, 8, 8], values(inChannels * 64), &writer)
      writer.writeRaw(", \"kernel\": ")
      writeNested([outer, inner, k, k], values(outer * inner * k * k), &writer)
      if Bool.random(using: &random) {
        writer.writeRaw(", \"bias\": ")
        writeNested([outChannels], values(outChannels), &writer)
      }
      writer.writeRaw(", \"groups\": ")
      writer.writeInteger(groups)
      writer.writeRaw(", \"stride\": ")
      writer.writeInteger(stride)
      writer.writeRaw(", \"padding\": ")
      writer.writeInteger(padding)
      writer.writeRaw("}\n")
    }
    return String(decoding: writer.bytes, as: UTF8.self)
  }

  /// Writes `values` as nested arrays of `shape`.
  private static func writeNested(_ shape: [Int], _ values: [Double], _ writer: inout JSONWriter) {
    var next = 0
    func level(_ depth: Int) {
      writer.writeRaw("[")
      for index in 0..<shape[depth] {
        if index > 0 { writer.writeRaw(", ") }
        if depth == shape.count - 1 {
          writer.writeNumber(values[next])
          next += 1
        } else {
          level(depth + 1)
        }
      }
      writer.writeRaw("]")
    }
    level(0)
  }
}
