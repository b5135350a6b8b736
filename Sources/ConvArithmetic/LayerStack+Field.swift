/// Receptive fields across a stack, by the closed form of Araujo et al. (Distill, 2019).
extension LayerStack {
  /// Per layer: output size, jump, receptive-field size, and where cell 0's field starts.
  ///
  /// For convolutions and pools this is the closed form, with `j₀ = 1`, `r₀ = 1`, `first₀ = 0`:
  ///
  ///     j_l = j_{l−1}·s_l
  ///     r_l = r_{l−1} + d_l(k_l − 1)·j_{l−1}
  ///     first_l = first_{l−1} − p_l·j_{l−1}
  ///
  /// A transposed convolution maps several output cells onto one input cell,
  /// so its cells need not share one field size; a stack holding one is traced
  /// back cell by cell instead (see ``LayerField``).
  public func receptiveField(input: Pair) throws(StackError) -> [LayerField] {
    let sizes = try outputSizes(input: input)
    if !layers.contains(where: { $0.kind == .deconv }) {
      let h = try closedForm(.height)
      let w = try closedForm(.width)
      return sizes.indices.map { l in
        LayerField(
          outputSize: sizes[l], jump: Pair(h[l].jump, w[l].jump), size: Pair(h[l].size, w[l].size),
          first: Pair(h[l].first, w[l].first))
      }
    }
    let h = try tracedBack(.height, sizes: sizes.map(\.h))
    let w = try tracedBack(.width, sizes: sizes.map(\.w))
    return sizes.indices.map { l in
      LayerField(
        outputSize: sizes[l], jump: Pair(h[l].jump, w[l].jump),
        jumpDivisor: Pair(h[l].divisor, w[l].divisor), size: Pair(h[l].size, w[l].size),
        first: Pair(h[l].first, w[l].first))
    }
  }

  /// The closed form along one axis, with every step checked against ``Limits/maxStackValue``.
  func closedForm(_ axis: Axis) throws(StackError) -> [(jump: Int, size: Int, first: Int)] {
    var jump = 1
    var size = 1
    var first = 0
    var result: [(jump: Int, size: Int, first: Int)] = []
    for (index, layer) in layers.enumerated() {
      let k = layer.kernel[axis]
      let grow = try Self.product([layer.dilation[axis], k - 1, jump], index, layer.kind)
      let shift = try Self.product([layer.padding[axis], jump], index, layer.kind)
      size += grow
      first -= shift
      jump = try Self.product([jump, layer.stride[axis]], index, layer.kind)
      if size > Limits.maxStackValue || first < -Limits.maxStackValue {
        throw .beyondLimit(layer: index, kind: layer.kind, limit: Limits.maxStackValue)
      }
      result.append((jump, size, first))
    }
    return result
  }

  /// Fields along one axis found by tracing output cells back to the input, for stacks with a deconv.
  ///
  /// A deconv's output cell `v` reads input cell `u` through tap `t` when
  /// `v = u·s − p + t·d`; shifting `v` by `s` shifts `u` by one, so the fields
  /// repeat with a period of the product of the deconv strides, and only that
  /// many cells per layer need tracing.
  func tracedBack(_ axis: Axis, sizes: [Int]) throws(StackError) -> [(
    jump: Int, divisor: Int, size: Int, first: Int
  )] {
    var result: [(jump: Int, divisor: Int, size: Int, first: Int)] = []
    var budget = Limits.maxTraceWork
    var jump = 1
    var divisor = 1
    var period = 1
    for (index, layer) in layers.enumerated() {
      let s = layer.stride[axis]
      if layer.kind == .deconv {
        divisor = try Self.product([divisor, s], index, layer.kind)
        // Past every size, the period only says "trace every cell", which is always right.
        period = min(period * s, Limits.maxSide + 1)
      } else {
        jump = try Self.product([jump, s], index, layer.kind)
      }
      let common = greatestCommonDivisor(jump, divisor)
      jump /= common
      divisor /= common
      var widest = 0
      var first: Int?
      for cell in 0..<min(period, sizes[index]) {
        guard let span = try span(of: cell, at: index, axis: axis, budget: &budget) else {
          continue
        }
        if first == nil { first = span.low }
        widest = max(widest, span.high - span.low + 1)
      }
      result.append((jump, divisor, widest, first ?? 0))
    }
    return result
  }

  /// The lowest and highest input index that output cell `cell` of layer `index` depends on,
  /// or nil when no input reaches it (a deconv whose kernel is shorter than its stride).
  ///
  /// The cells are followed tap by tap as a set, not as an interval: a dilated
  /// or strided layer leaves holes, and a deconv behind a hole may read nothing there.
  func span(of cell: Int, at index: Int, axis: Axis, budget: inout Int) throws(StackError) -> (
    low: Int, high: Int
  )? {
    var cells: Set<Int> = [cell]
    for l in stride(from: index, through: 0, by: -1) {
      let layer = layers[l]
      let k = layer.kernel[axis]
      let s = layer.stride[axis]
      let p = layer.padding[axis]
      let d = layer.dilation[axis]
      var previous = Set<Int>()
      previous.reserveCapacity(cells.count * k)
      // A deep stack of wide deconvs could trace for minutes; it is refused instead.
      budget -= cells.count * k
      if budget < 0 { throw .traceTooLong(layer: l, kind: layer.kind, limit: Limits.maxTraceWork) }
      for v in cells {
        for t in 0..<k {
          if layer.kind == .deconv {
            // v = u·s − p + t·d for a whole u.
            let scaled = v + p - t * d
            if floorMod(scaled, s) == 0 { previous.insert(floorDiv(scaled, s)) }
          } else {
            let (scaled, overflow) = v.multipliedReportingOverflow(by: s)
            if overflow || abs(scaled) > Limits.maxStackValue {
              throw .beyondLimit(layer: l, kind: layer.kind, limit: Limits.maxStackValue)
            }
            previous.insert(scaled - p + t * d)
          }
        }
      }
      if previous.count > Limits.maxCells {
        throw .beyondLimit(layer: l, kind: layer.kind, limit: Limits.maxCells)
      }
      cells = previous
    }
    guard let low = cells.min(), let high = cells.max() else { return nil }
    return (low, high)
  }
}

/// The greatest common divisor of two positive integers.
func greatestCommonDivisor(_ a: Int, _ b: Int) -> Int {
  var (x, y) = (a, b)
  while y != 0 { (x, y) = (y, x % y) }
  return x
}

/// How many kernel taps land on each cell after stacked transposed convolutions.
///
/// With an all-ones input and all-ones kernels the 2-D map is the outer
/// product of one count per axis, so each axis is computed alone and the
/// grid is formed once: no work grows with the area of any intermediate map.
public struct OverlapProfile: Hashable, Sendable {
  /// The counts down the rows and across the columns.
  public var height: [Double]
  public var width: [Double]

  public init(height: [Double], width: [Double]) {
    self.height = height
    self.width = width
  }

  public var size: Pair { Pair(height.count, width.count) }

  /// The counts on every cell: `height[r] · width[c]`.
  public var grid: Matrix {
    Matrix(rows: height.count, cols: width.count) { r, c in height[r] * width[c] }
  }
}

extension LayerStack {
  /// The overlap after each layer: deconvs stamp every input count into their kernel's
  /// footprint; convs (as in resize-then-convolve) sum the counts under their window.
  public func overlapProfiles(input: Pair) throws(StackError) -> [OverlapProfile] {
    for (index, layer) in layers.enumerated() where layer.kind.isPool {
      throw .kindNotAllowed(layer: index, kind: layer.kind, allowed: [.conv, .deconv])
    }
    let sizes = try outputSizes(input: input)
    try checkAxisWork(input: input, sizes: sizes)
    var height = [Double](repeating: 1, count: input.h)
    var width = [Double](repeating: 1, count: input.w)
    var profiles: [OverlapProfile] = []
    for (index, layer) in layers.enumerated() {
      height = Self.overlap(
        height, layer.parameters(input: Pair(0)).along(.height), layer.kind, sizes[index].h)
      width = Self.overlap(
        width, layer.parameters(input: Pair(0)).along(.width), layer.kind, sizes[index].w)
      profiles.append(OverlapProfile(height: height, width: width))
    }
    return profiles
  }

  /// The overlap counts on the last layer's output, as a grid.
  public func overlap(input: Pair) throws(StackError) -> Matrix {
    let profiles = try overlapProfiles(input: input)
    let last = profiles[profiles.count - 1]
    do {
      try Limits.checkGrid(.output, last.size)
    } catch {
      throw .layer(index: layers.count - 1, kind: layers[layers.count - 1].kind, reason: error)
    }
    return last.grid
  }

  /// One axis of one layer: a deconv scatters, a conv gathers; padding cells hold nothing.
  static func overlap(_ counts: [Double], _ a: AxisParameters, _ kind: LayerKind, _ size: Int)
    -> [Double]
  {
    var output = [Double](repeating: 0, count: size)
    if kind == .deconv {
      for (u, count) in counts.enumerated() {
        for t in 0..<a.k {
          let v = u * a.s - a.p + t * a.d
          if v >= 0 && v < size { output[v] += count }
        }
      }
    } else {
      for v in 0..<size {
        var sum = 0.0
        for t in 0..<a.k {
          let u = v * a.s - a.p + t * a.d
          if u >= 0 && u < counts.count { sum += counts[u] }
        }
        output[v] = sum
      }
    }
    return output
  }
}

extension LayerStack {
  /// Refuses a stack whose per-axis passes (each layer's larger side times its kernel, summed
  /// over the layers) would take more than ``Limits/maxWork`` steps.
  func checkAxisWork(input: Pair, sizes: [Pair]) throws(StackError) {
    var work = 0
    for (index, layer) in layers.enumerated() {
      let before = index == 0 ? input : sizes[index - 1]
      let side = max(before.h, before.w, sizes[index].h, sizes[index].w)
      work += try Self.product([side, layer.kernel.h + layer.kernel.w], index, layer.kind)
      if work > Limits.maxWork {
        throw .layer(
          index: index, kind: layer.kind,
          reason: .beyondLimit(.work, value: work, limit: Limits.maxWork))
      }
    }
  }
}
