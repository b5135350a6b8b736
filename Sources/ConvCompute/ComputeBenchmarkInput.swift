import ConvArithmetic
import ConvJSON

/// Request batches for measuring `compute` throughput, the same bytes for convscope and PyTorch.
///
///     let text = ComputeBenchmarkInput.mixed(count: 20_000, seed: 1)
///     // 20,000 lines, each a valid conv2d or conv_transpose2d request
public enum ComputeBenchmarkInput {
  /// `count` request lines, half conv2d and half conv_transpose2d, in a seeded random order.
  ///
  /// Inputs are 5×5 to 16×16 (each side drawn apart), kernels 2 to 4 per side,
  /// values of four decimals in [−2, 2]; stride 1–3, padding 0–1, dilation 1–2
  /// (1 where a dilated kernel would not fit a direct convolution's padded input)
  /// and output_padding below max(stride, dilation), so every request is valid.
  public static func mixed(count: Int, seed: UInt64) -> String {
    var text = ""
    _ = mixed(count: count, seed: seed) { bytes in
      text += String(decoding: bytes, as: UTF8.self)
      return true
    }
    return text
  }

  /// The most lines `--generate-benchmark` writes: about 1.5 GB of requests.
  public static let largestCount = 1_000_000

  /// The same lines as ``mixed(count:seed:)``, handed to `write` about 1,000 at a time so
  /// that memory stays small for any count; stops and returns false when `write` does.
  public static func mixed(
    count: Int, seed: UInt64, write: (UnsafeRawBufferPointer) -> Bool
  ) -> Bool {
    var random = SplitMix64(seed: seed)
    var writer = JSONWriter(capacity: min(count, 1_000) * 1_500)
    for line in 0..<count {
      if line > 0 && line % 1_000 == 0 {
        guard writer.withUnsafeBytes(write) else { return false }
        writer.removeAll()
      }
      let transposed = random.next() & 1 == 1
      let input = Pair2(
        h: Int.random(in: 5...16, using: &random), w: Int.random(in: 5...16, using: &random))
      let kernel = Pair2(
        h: Int.random(in: 2...4, using: &random), w: Int.random(in: 2...4, using: &random))
      let stride = Pair2(
        h: Int.random(in: 1...3, using: &random), w: Int.random(in: 1...3, using: &random))
      let padding = Pair2(
        h: Int.random(in: 0...1, using: &random), w: Int.random(in: 0...1, using: &random))
      var dilation = Pair2(
        h: Int.random(in: 1...2, using: &random), w: Int.random(in: 1...2, using: &random))
      // A direct convolution needs the dilated kernel to fit in the padded input.
      if !transposed && (kernel.h - 1) * dilation.h + 1 > input.h + 2 * padding.h { dilation.h = 1 }
      if !transposed && (kernel.w - 1) * dilation.w + 1 > input.w + 2 * padding.w { dilation.w = 1 }
      writer.writeRaw(
        transposed
          ? "{\"op\": \"conv_transpose2d\", \"input\": " : "{\"op\": \"conv2d\", \"input\": ")
      writeValues(input, &writer, &random)
      writer.writeRaw(", \"kernel\": ")
      writeValues(kernel, &writer, &random)
      writePair("stride", stride, &writer)
      writePair("padding", padding, &writer)
      writePair("dilation", dilation, &writer)
      if transposed {
        let outputPadding = Pair2(
          h: Int.random(in: 0..<max(stride.h, dilation.h), using: &random),
          w: Int.random(in: 0..<max(stride.w, dilation.w), using: &random))
        writePair("output_padding", outputPadding, &writer)
      }
      writer.writeRaw("}\n")
    }
    return writer.count == 0 || writer.withUnsafeBytes(write)
  }

  /// A plain (h, w) pair; the engine's `Pair` would do, but this keeps the generator self-contained.
  private struct Pair2 {
    var h: Int
    var w: Int
  }

  private static func writeValues(
    _ size: Pair2, _ writer: inout JSONWriter, _ random: inout SplitMix64
  ) {
    writer.writeRaw("[")
    for r in 0..<size.h {
      if r > 0 { writer.writeRaw(", ") }
      writer.writeRaw("[")
      for c in 0..<size.w {
        if c > 0 { writer.writeRaw(", ") }
        writer.writeNumber(Double(Int.random(in: -20_000...20_000, using: &random)) / 10_000)
      }
      writer.writeRaw("]")
    }
    writer.writeRaw("]")
  }

  private static func writePair(_ name: StaticString, _ pair: Pair2, _ writer: inout JSONWriter) {
    writer.writeRaw(", \"")
    writer.writeRaw(name)
    writer.writeRaw("\": [")
    writer.writeInteger(pair.h)
    writer.writeRaw(", ")
    writer.writeInteger(pair.w)
    writer.writeRaw("]")
  }
}
