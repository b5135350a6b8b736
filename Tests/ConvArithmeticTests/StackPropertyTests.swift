import Testing

@testable import ConvArithmetic

/// Receptive fields and overlaps of random stacks, against brute force; a failure names its seed.
@Suite("Stack properties over random stacks")
struct StackPropertyTests {
  static let count = 2_000

  /// A random stack of 1–5 layers and an input it fits, or nil when the stack is refused.
  static func randomStack(_ seed: UInt64, kinds: [LayerKind]) -> (LayerStack, Pair)? {
    var rng = SplitMix64(seed: seed)
    func pair(_ range: ClosedRange<Int>) -> Pair {
      Pair(Int.random(in: range, using: &rng), Int.random(in: range, using: &rng))
    }
    let count = Int.random(in: 1...5, using: &rng)
    var layers: [Layer] = []
    for _ in 0..<count {
      let kind = kinds[Int.random(in: 0..<kinds.count, using: &rng)]
      let kernel = pair(1...4)
      let stride = pair(1...3)
      let dilation = kind == .avgPool ? Pair(1) : pair(1...3)
      let padding = kind.isPool ? Pair.zip(kernel, pair(0...2)) { min($0 / 2, $1) } : pair(0...3)
      let outputPadding =
        kind == .deconv
        ? Pair.zip(stride, dilation) { Int.random(in: 0..<max($0, $1), using: &rng) } : Pair(0)
      layers.append(
        Layer(
          kind, kernel: kernel, stride: stride, padding: padding, dilation: dilation,
          outputPadding: outputPadding))
    }
    let stack = LayerStack(layers)
    let input = pair(1...40)
    guard (try? stack.outputSizes(input: input)) != nil else { return nil }
    return (stack, input)
  }

  /// The input indices (padding and virtual cells included) that cells `cells` of layer `index`
  /// read, found by following every tap back: no interval arithmetic.
  static func dependencies(of cells: Set<Int>, at index: Int, in stack: LayerStack, axis: Axis)
    -> Set<Int>
  {
    var current = cells
    for l in stride(from: index, through: 0, by: -1) {
      let layer = stack.layers[l]
      let k = layer.kernel[axis]
      let s = layer.stride[axis]
      let p = layer.padding[axis]
      let d = layer.dilation[axis]
      var previous = Set<Int>()
      if layer.kind == .deconv {
        // v = u·s − p + t·d: search every u that could reach the cells.
        guard let low = current.min(), let high = current.max() else { return [] }
        for u in ((low + p - d * (k - 1)) / s - 2)...((high + p) / s + 2) {
          for t in 0..<k where current.contains(u * s - p + t * d) { previous.insert(u) }
        }
      } else {
        for v in current {
          for t in 0..<k { previous.insert(v * s - p + t * d) }
        }
      }
      current = previous
    }
    return current
  }

  @Test("the closed form equals the fields found by following every tap back")
  func closedFormEqualsBruteForce() throws {
    var checked = 0
    for seed in 0..<UInt64(20 * Self.count) where checked < Self.count {
      guard let (stack, input) = Self.randomStack(seed, kinds: [.conv, .maxPool, .avgPool])
      else { continue }
      let fields = try stack.receptiveField(input: input)
      for (index, field) in fields.enumerated() {
        for axis in Axis.allCases {
          // Cell 0, the last cell, and one between.
          let size = field.outputSize[axis]
          for cell in Set([0, size / 2, size - 1]) {
            let reached = Self.dependencies(of: [cell], at: index, in: stack, axis: axis)
            let start = field.first[axis] + cell * field.jump[axis]
            #expect(reached.min() == start, "seed \(seed), layer \(index), \(axis)")
            #expect(
              reached.max() == start + field.size[axis] - 1, "seed \(seed), layer \(index), \(axis)"
            )
          }
        }
      }
      checked += 1
    }
    #expect(checked == Self.count)
  }

  @Test("with deconvs, the traced fields are the widest span and cell 0's start, by brute force")
  func tracedFieldsEqualBruteForce() throws {
    var checked = 0
    for seed in 0..<UInt64(20 * Self.count) where checked < Self.count / 2 {
      guard let (stack, input) = Self.randomStack(seed, kinds: [.conv, .maxPool, .deconv]),
        stack.layers.contains(where: { $0.kind == .deconv })
      else { continue }
      let fields = try stack.receptiveField(input: input)
      for (index, field) in fields.enumerated() {
        for axis in Axis.allCases {
          var widest = 0
          var first: Int?
          for cell in 0..<field.outputSize[axis] {
            let reached = Self.dependencies(of: [cell], at: index, in: stack, axis: axis)
            guard let low = reached.min(), let high = reached.max() else { continue }
            if first == nil { first = low }
            widest = max(widest, high - low + 1)
          }
          #expect(field.size[axis] == widest, "seed \(seed), layer \(index), \(axis)")
          #expect(field.first[axis] == first ?? 0, "seed \(seed), layer \(index), \(axis)")
        }
      }
      checked += 1
    }
    #expect(checked == Self.count / 2)
  }

  @Test("overlap counts equal the engine's own transposed convolutions of ones, scattered in 2-D")
  func overlapEqualsScatter() throws {
    var checked = 0
    for seed in 0..<UInt64(20 * Self.count) where checked < Self.count {
      guard let (stack, input) = Self.randomStack(seed &* 31, kinds: [.deconv, .deconv, .conv])
      else { continue }
      guard let counts = try? stack.overlap(input: Pair(min(input.h, 6), min(input.w, 6))) else {
        continue
      }
      var grid = Matrix(rows: min(input.h, 6), cols: min(input.w, 6), repeating: 1)
      for layer in stack.layers {
        let ones = Matrix(rows: layer.kernel.h, cols: layer.kernel.w, repeating: 1)
        grid =
          layer.kind == .deconv
          ? try TransposedConvolution.convTranspose2d(
            grid, ones, stride: layer.stride, padding: layer.padding, dilation: layer.dilation,
            outputPadding: layer.outputPadding)
          : try Convolution.conv2d(
            grid, ones, stride: layer.stride, padding: layer.padding, dilation: layer.dilation)
      }
      #expect(counts == grid, "seed \(seed)")
      checked += 1
    }
    #expect(checked >= Self.count / 2)
  }

  @Test("output sizes equal the sizes the engine's operations produce")
  func sizesEqualOperations() throws {
    var checked = 0
    for seed in 0..<UInt64(20 * Self.count) where checked < Self.count / 2 {
      guard
        let (stack, input) = Self.randomStack(
          seed &+ 77, kinds: [.conv, .maxPool, .avgPool, .deconv])
      else { continue }
      let sizes = try stack.outputSizes(input: input)
      var grid = Matrix.zeros(input)
      for (layer, size) in zip(stack.layers, sizes) {
        let ones = Matrix(rows: layer.kernel.h, cols: layer.kernel.w, repeating: 1)
        switch layer.kind {
        case .conv:
          grid = try Convolution.conv2d(
            grid, ones, stride: layer.stride, padding: layer.padding, dilation: layer.dilation)
        case .deconv:
          grid = try TransposedConvolution.convTranspose2d(
            grid, ones, stride: layer.stride, padding: layer.padding, dilation: layer.dilation,
            outputPadding: layer.outputPadding)
        case .maxPool:
          grid = try Pooling.maxPool2d(
            grid, kernel: layer.kernel, stride: layer.stride, padding: layer.padding,
            dilation: layer.dilation
          ).output
        case .avgPool:
          grid = try Pooling.avgPool2d(
            grid, kernel: layer.kernel, stride: layer.stride, padding: layer.padding)
        }
        #expect(grid.size == size, "seed \(seed)")
      }
      checked += 1
    }
    #expect(checked == Self.count / 2)
  }
}

@Suite("Paths back from one cell")
struct StackPathTests {
  @Test("two 3×3 convs: the input counts 1, 2, 3, 2, 1 per axis, their outer product in 2-D")
  func twoConvs() throws {
    let stack = LayerStack([Layer(.conv, kernel: Pair(3)), Layer(.conv, kernel: Pair(3))])
    let maps = try stack.paths(input: Pair(5), cell: Pair(0))
    #expect(maps.count == 3)
    #expect(maps[0].height == [1, 2, 3, 2, 1])
    #expect(maps[0].grid[2, 2] == 9)
    #expect(maps[1].height == [1, 1, 1])
    #expect(maps[2].grid == Matrix(rows: 1, cols: 1, repeating: 1))
    #expect(throws: StackError.cellOutside(cell: Pair(1, 0), output: Pair(1))) {
      try stack.paths(input: Pair(5), cell: Pair(1, 0))
    }
  }

  @Test("path counts are the engine's adjoint operations applied to one impulse, in 2-D")
  func pathsAreAdjoints() throws {
    var checked = 0
    for seed in 0..<UInt64(40_000) where checked < 1_000 {
      guard
        let (stack, input) = StackPropertyTests.randomStack(
          seed &* 13, kinds: [.conv, .maxPool, .deconv]),
        // The adjoint of a deconv is a conv only when the output padding stays below the stride.
        stack.layers.allSatisfy({
          $0.outputPadding.h < $0.stride.h && $0.outputPadding.w < $0.stride.w
        })
      else { continue }
      let sizes = try stack.outputSizes(input: input)
      let last = sizes[sizes.count - 1]
      var rng = SplitMix64(seed: seed)
      let cell = Pair(
        Int.random(in: 0..<last.h, using: &rng), Int.random(in: 0..<last.w, using: &rng))
      let maps = try stack.paths(input: input, cell: cell)
      var grid = Matrix.zeros(last)
      grid[cell.h, cell.w] = 1
      #expect(maps[maps.count - 1].grid == grid, "seed \(seed)")
      for l in stride(from: stack.layers.count - 1, through: 0, by: -1) {
        let layer = stack.layers[l]
        let before = l == 0 ? input : sizes[l - 1]
        let ones = Matrix(rows: layer.kernel.h, cols: layer.kernel.w, repeating: 1)
        if layer.kind == .deconv {
          grid = try Convolution.conv2d(
            grid, ones, stride: layer.stride, padding: layer.padding, dilation: layer.dilation)
        } else {
          let p = layer.parameters(input: before)
          let restore = Pair(
            AxisShape.outputPaddingToRestore(
              i: before.h, k: p.kernel.h, s: p.stride.h, p: p.padding.h, d: p.dilation.h),
            AxisShape.outputPaddingToRestore(
              i: before.w, k: p.kernel.w, s: p.stride.w, p: p.padding.w, d: p.dilation.w))
          guard
            let back = try? TransposedConvolution.convTranspose2d(
              grid, ones, stride: layer.stride, padding: layer.padding, dilation: layer.dilation,
              outputPadding: restore)
          else { break }
          grid = back
        }
        #expect(grid.size == before, "seed \(seed), layer \(l)")
        #expect(maps[l].grid == grid, "seed \(seed), layer \(l)")
      }
      checked += 1
    }
    #expect(checked == 1_000)
  }
}
