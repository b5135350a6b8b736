import ConvArithmetic

/// Time per engine operation at teaching sizes, and FCN's upscore layer.
enum EngineBenchmarks {
  static func run() throws -> Table {
    var table = Table(title: "Engine, time per operation (release build)")
    for n in [5, 16, 32] {
      let x = Matrix(rows: n, cols: n) { r, c in Double((r * n + c) % 10) }
      let w = Matrix(rows: 3, cols: 3) { r, c in Double(r - c) }
      let p = ConvParameters(input: x.size, kernel: w.size, stride: Pair(2), padding: Pair(1))
      table.add(
        "conv2d \(n)×\(n), k 3, s 2, p 1",
        duration(
          try Timing.secondsPerCall {
            _ = try Convolution.forward(input: x, kernel: w, parameters: p)
          }))
      let small = Matrix(rows: (n + 1) / 2, cols: (n + 1) / 2) { r, c in Double(r + c) }
      let tp = ConvParameters(input: small.size, kernel: w.size, stride: Pair(2), padding: Pair(1))
      table.add(
        "conv_transpose2d scatter \(small.rows)×\(small.cols) → \(tp.transposedOutput.h)²",
        duration(
          try Timing.secondsPerCall {
            _ = try TransposedConvolution.scatter(input: small, kernel: w, parameters: tp)
          }))
      table.add(
        "conv_transpose2d zero insertion \(small.rows)×\(small.cols)",
        duration(
          try Timing.secondsPerCall {
            _ = try TransposedConvolution.zeroInsertion(input: small, kernel: w, parameters: tp)
          }))
      table.add(
        "max_pool2d \(n)×\(n), k 2",
        duration(
          try Timing.secondsPerCall {
            _ = try Pooling.maxPool2d(x, kernel: Pair(2), stride: Pair(2))
          }))
      table.add(
        "upsample_bilinear \(n)×\(n) → \(2 * n)²",
        duration(
          try Timing.secondsPerCall {
            _ = try Upsampling.bilinear(x, .scale(h: 2, w: 2), alignCorners: false)
          }))
      table.add(
        "conv matrix C for \(n)×\(n), k 3",
        duration(
          try Timing.secondsPerCall {
            _ = try ConvMatrix.make(
              parameters: ConvParameters(input: x.size, kernel: w.size), kernel: w)
          }))
    }
    let map = Matrix(rows: 16, cols: 16) { r, c in Double((r + c) % 5) }
    let upscore = try BilinearKernel.make(size: 64, style: .fcn)
    table.add(
      "FCN upscore 16×16 → 544×544 (k 64, s 32)",
      duration(
        try Timing.secondsPerCall {
          _ = try TransposedConvolution.convTranspose2d(map, upscore, stride: Pair(32))
        }))
    table.add(
      "bilinear_kernel 64 (fcn)",
      duration(try Timing.secondsPerCall { _ = try BilinearKernel.make(size: 64, style: .fcn) }))
    return table
  }
}
