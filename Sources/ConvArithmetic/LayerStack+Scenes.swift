/// What the `receptive` and `overlap` scenes read from a stack, beyond fields and paths.
extension OverlapProfile {
  /// How several cells of a profile combine into one shown cell.
  public enum Combine: Sendable {
    /// Paths add up: a block shows every path that reaches it.
    case sum
    /// Counts keep their peak: a block shows its largest count.
    case max
  }

  /// The profile with every `block` cells per axis combined into one, so that a map wider
  /// than `side` cells fits in at most `side`; `block` is 1 on an axis that already fits.
  ///
  /// Both combinations stay outer products: the sum of `h[r]·w[c]` over a block is
  /// `Σh · Σw`, and the largest is `max h · max w` (counts are never negative).
  ///
  ///     OverlapProfile(height: [1, 2, 3, 2], width: [1]).scaled(toAtMost: 2, .sum).profile.height  // [3, 5]
  public func scaled(toAtMost side: Int, _ combine: Combine) -> (
    profile: OverlapProfile, block: Pair
  ) {
    let side = Swift.max(1, side)
    func block(_ n: Int) -> Int { n <= side ? 1 : (n + side - 1) / side }
    func bin(_ values: [Double], _ b: Int) -> [Double] {
      guard b > 1 else { return values }
      return stride(from: 0, to: values.count, by: b).map { start in
        let slice = values[start..<Swift.min(start + b, values.count)]
        return combine == .sum ? slice.reduce(0, +) : (slice.max() ?? 0)
      }
    }
    let b = Pair(block(height.count), block(width.count))
    return (OverlapProfile(height: bin(height, b.h), width: bin(width, b.w)), b)
  }

  /// The smallest and largest count on the grid, or on the cells `inside` marks per axis.
  public func spread(inside: (height: [Bool], width: [Bool])? = nil) -> ClosedRange<Double>? {
    func pick(_ values: [Double], _ mask: [Bool]?) -> [Double] {
      guard let mask else { return values }
      return zip(values, mask).filter(\.1).map(\.0)
    }
    let h = pick(height, inside?.height)
    let w = pick(width, inside?.width)
    guard let hLow = h.min(), let hHigh = h.max(), let wLow = w.min(), let wHigh = w.max() else {
      return nil
    }
    return (hLow * wLow)...(hHigh * wHigh)
  }
}

extension LayerStack {
  /// The same upsampling done as Distill recommends: each deconv becomes a nearest resize
  /// by its stride (a deconv with an all-ones kernel as large as its stride) followed by a
  /// stride-1 conv with its kernel and padding ⌊d(k − 1)/2⌋; a conv stays as it is, after
  /// a 1×1 deconv that changes nothing, so that layer l always answers at index `2l + 1`
  /// of this stack's ``overlapProfiles(input:)``.
  ///
  ///     LayerStack([Layer(.deconv, kernel: Pair(3), stride: Pair(2))]).resizeThenConvolve.layers.count  // 2
  public var resizeThenConvolve: LayerStack {
    LayerStack(
      layers.flatMap { layer -> [Layer] in
        guard layer.kind == .deconv else { return [Layer(.deconv, kernel: Pair(1)), layer] }
        let resize = Layer(.deconv, kernel: layer.stride, stride: layer.stride)
        let d = layer.dilation
        let same = Pair(d.h * (layer.kernel.h - 1) / 2, d.w * (layer.kernel.w - 1) / 2)
        let conv = Layer(.conv, kernel: layer.kernel, padding: same, dilation: layer.dilation)
        return [resize, conv]
      })
  }

  /// Per layer, per axis, which output cells are inside the border: every tap that adds
  /// to them reads a cell that was itself inside (all of the input is). Counts differ at
  /// the border because taps fall off the map there, whatever the kernel and stride.
  public func interiors(input: Pair) throws(StackError) -> [(height: [Bool], width: [Bool])] {
    let sizes = try outputSizes(input: input)
    var height = [Bool](repeating: true, count: input.h)
    var width = [Bool](repeating: true, count: input.w)
    var result: [(height: [Bool], width: [Bool])] = []
    for (index, layer) in layers.enumerated() {
      let p = layer.parameters(input: Pair(0))
      height = Self.interior(height, p.along(.height), layer.kind, sizes[index].h)
      width = Self.interior(width, p.along(.width), layer.kind, sizes[index].w)
      result.append((height, width))
    }
    return result
  }

  /// One axis of ``interiors(input:)``.
  static func interior(_ inside: [Bool], _ a: AxisParameters, _ kind: LayerKind, _ size: Int)
    -> [Bool]
  {
    var output = [Bool](repeating: true, count: size)
    for v in 0..<size {
      var reads = false
      for t in 0..<a.k {
        let u: Int
        if kind == .deconv {
          let scaled = v + a.p - t * a.d
          guard floorMod(scaled, a.s) == 0 else { continue }
          u = floorDiv(scaled, a.s)
        } else {
          u = v * a.s - a.p + t * a.d
        }
        reads = true
        if u < 0 || u >= inside.count || !inside[u] {
          output[v] = false
          break
        }
      }
      if !reads { output[v] = false }
    }
    return output
  }

  /// The input cells, per axis, that output cell `cell` of the last layer sees, padding
  /// included: `first + u·jump … first + u·jump + size − 1` of the closed form.
  public func fieldSpan(input: Pair, cell: Pair) throws(StackError) -> (
    height: ClosedRange<Int>, width: ClosedRange<Int>
  ) {
    let fields = try receptiveField(input: input)
    let last = fields[fields.count - 1]
    let start = Pair(last.first.h + cell.h * last.jump.h, last.first.w + cell.w * last.jump.w)
    return (
      start.h...(start.h + last.size.h - 1), start.w...(start.w + last.size.w - 1)
    )
  }
}

extension LayerStack {
  /// The counts on deconv layer `index`'s output after only its first `stamps` input cells
  /// (row-major) have stamped their kernel, each weighted by the count it holds: the
  /// transposed scene's scatter view, counting taps instead of adding values.
  ///
  ///     let k3s2 = LayerStack([Layer(.deconv, kernel: Pair(3), stride: Pair(2))])
  ///     try k3s2.stampedOverlap(input: Pair(2), layer: 0, stamps: 1)  // 1s on rows and cols 0–2
  public func stampedOverlap(input: Pair, layer index: Int, stamps: Int) throws(StackError)
    -> Matrix
  {
    let profiles = try overlapProfiles(input: input)
    let layer = layers[index]
    let before =
      index == 0
      ? OverlapProfile(
        height: [Double](repeating: 1, count: input.h),
        width: [Double](repeating: 1, count: input.w))
      : profiles[index - 1]
    let output = profiles[index].size
    do {
      try Limits.checkGrid(.output, output)
    } catch {
      throw .layer(index: index, kind: layer.kind, reason: error)
    }
    var counts = Matrix(rows: output.h, cols: output.w) { _, _ in 0 }
    let a = layer.parameters(input: before.size)
    let (h, w) = (a.along(.height), a.along(.width))
    for cell in 0..<min(max(0, stamps), before.size.h * before.size.w) {
      let (u, x) = cell.quotientAndRemainder(dividingBy: before.size.w)
      let count = before.height[u] * before.width[x]
      for th in 0..<h.k {
        let r = u * h.s - h.p + th * h.d
        guard r >= 0 && r < output.h else { continue }
        for tw in 0..<w.k {
          let c = x * w.s - w.p + tw * w.d
          if c >= 0 && c < output.w { counts[r, c] += count }
        }
      }
    }
    return counts
  }

  /// The output cells, per axis, that input cell `cell` of deconv layer `index` stamps.
  public func footprint(of cell: Pair, layer index: Int, output: Pair) -> (
    rows: [Int], cols: [Int]
  ) {
    let a = layers[index].parameters(input: Pair(0))
    func taps(_ axis: Axis) -> [Int] {
      let p = a.along(axis)
      return (0..<p.k).map { cell[axis] * p.s - p.p + $0 * p.d }.filter {
        $0 >= 0 && $0 < output[axis]
      }
    }
    return (taps(.height), taps(.width))
  }
}
