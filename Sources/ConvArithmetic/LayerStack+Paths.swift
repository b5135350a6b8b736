extension LayerStack {
  /// How many paths lead from one cell of the last layer's output back to each cell of every map.
  ///
  /// `result[0]` is the input, `result[l + 1]` layer l's output; a cell whose
  /// count is above zero feeds the chosen cell. Each count is the number of
  /// weight products that join the two cells (all-ones weights), so the
  /// input's counts show the effective receptive field: the centre far
  /// outweighs the rim. Taps that land on padding end their path there.
  ///
  /// A 2-D path is a pair of 1-D paths, one per axis, so each map is the outer
  /// product of two vectors: no work grows with the area of a map.
  ///
  ///     let stack = LayerStack([Layer(.conv, kernel: Pair(3)), Layer(.conv, kernel: Pair(3))])
  ///     try stack.paths(input: Pair(5), cell: Pair(0)).first?.height  // [1, 2, 3, 2, 1]
  public func paths(input: Pair, cell: Pair) throws(StackError) -> [OverlapProfile] {
    let sizes = try outputSizes(input: input)
    let output = sizes[sizes.count - 1]
    if cell.h < 0 || cell.w < 0 || cell.h >= output.h || cell.w >= output.w {
      throw .cellOutside(cell: cell, output: output)
    }
    try checkAxisWork(input: input, sizes: sizes)
    let maps = [input] + sizes
    let height = axisPaths(.height, sizes: maps.map(\.h), cell: cell.h)
    let width = axisPaths(.width, sizes: maps.map(\.w), cell: cell.w)
    return zip(height, width).map { OverlapProfile(height: $0, width: $1) }
  }

  /// Path counts along one axis for every map, input first.
  func axisPaths(_ axis: Axis, sizes: [Int], cell: Int) -> [[Double]] {
    var current = [Double](repeating: 0, count: sizes[sizes.count - 1])
    current[cell] = 1
    var result = [current]
    for (l, layer) in layers.enumerated().reversed() {
      let k = layer.kernel[axis]
      let s = layer.stride[axis]
      let p = layer.padding[axis]
      let d = layer.dilation[axis]
      var previous = [Double](repeating: 0, count: sizes[l])
      for (v, count) in current.enumerated() where count != 0 {
        for t in 0..<k {
          let u: Int
          if layer.kind == .deconv {
            // Output v = u·s − p + t·d: only taps that meet a whole input cell.
            let scaled = v + p - t * d
            guard floorMod(scaled, s) == 0 else { continue }
            u = floorDiv(scaled, s)
          } else {
            u = v * s - p + t * d
          }
          if u >= 0 && u < previous.count { previous[u] += count }
        }
      }
      current = previous
      result.append(current)
    }
    return result.reversed()
  }
}
