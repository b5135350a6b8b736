import ConvArithmetic
import ConvMessages

/// Draws exercises of each kind from a seeded generator; every answer is the engine's.
///
/// A draw the engine refuses (a kernel larger than the padded input) returns nil and the
/// worksheet draws again, so every question has an answer.
struct ExerciseMaker {
  var rng: SplitMix64

  /// `count` different exercises, the kinds taking turns, the same for the same seed.
  static func draw(seed: UInt64, count: Int, kinds: [ExerciseKind]) -> [Exercise] {
    var maker = ExerciseMaker(rng: SplitMix64(seed: seed))
    var seen: Set<String> = []
    var exercises: [Exercise] = []
    var turn = 0
    // Each kind's parameter space holds far more than 40 questions, so this ends quickly;
    // the bound only guards against a kind whose draws keep failing.
    while exercises.count < count && turn < count * 200 && !kinds.isEmpty {
      defer { turn += 1 }
      guard let exercise = maker.make(kinds[exercises.count % kinds.count]) else { continue }
      guard seen.insert(String(describing: exercise.question)).inserted else { continue }
      exercises.append(exercise)
    }
    return exercises
  }

  mutating func pick(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &rng) }

  mutating func make(_ kind: ExerciseKind) -> Exercise? {
    switch kind {
    case .outputSize: return outputSize()
    case .transposedSize: return transposedSize()
    case .cellsRead: return cellsRead()
    case .cellValue: return cellValue()
    case .collisions: return collisions()
    case .receptiveField: return receptiveField()
    }
  }

  /// A convolution's output size; one time in three a rectangle.
  mutating func outputSize() -> Exercise? {
    let side = pick(5...16)
    let input = pick(0...2) == 0 ? Pair(side, pick(5...16)) : Pair(side)
    let p = ConvParameters(
      input: input, kernel: Pair(pick(1...5)), stride: Pair(pick(1...3)),
      padding: Pair(pick(0...2)), dilation: Pair(pick(0...3) == 0 ? 2 : 1))
    guard (try? p.validateConvolution()) != nil else { return nil }
    let output = p.convOutput
    let down = Formula.convOutput(p.along(.height))
    let across = Formula.convOutput(p.along(.width))
    return Exercise(
      kind: .outputSize,
      question: .outputSizeQuestion(
        input: input, kernel: p.kernel, stride: p.stride, padding: p.padding, dilation: p.dilation),
      answer: .outputSizeAnswer(output: output, down: down, across: across == down ? nil : across),
      solution: .size(output, parameters: p))
  }

  /// A transposed convolution's output size, output_padding included.
  mutating func transposedSize() -> Exercise? {
    let s = pick(1...3)
    let p = ConvParameters(
      input: Pair(pick(2...8)), kernel: Pair(pick(2...5)), stride: Pair(s),
      padding: Pair(pick(0...2)), outputPadding: Pair(pick(0...(s - 1))))
    guard (try? p.validateTransposed()) != nil else { return nil }
    let output = p.transposedOutput
    return Exercise(
      kind: .transposedSize,
      question: .transposedSizeQuestion(
        input: p.input, kernel: p.kernel, stride: p.stride, padding: p.padding,
        outputPadding: p.outputPadding),
      answer: .transposedSizeAnswer(
        output: output, formula: Formula.transposedOutput(p.along(.height))),
      solution: .size(output, parameters: p))
  }

  /// The rows and columns of the padded input that one output cell's taps read.
  mutating func cellsRead() -> Exercise? {
    let p = ConvParameters(
      input: Pair(pick(5...9)), kernel: Pair(pick(2...3)), stride: Pair(pick(1...3)),
      padding: Pair(pick(0...2)), dilation: Pair(pick(1...2)))
    guard (try? p.validateConvolution()) != nil else { return nil }
    let output = p.convOutput
    let cell = Pair(pick(0...(output.h - 1)), pick(0...(output.w - 1)))
    let taps = ReceptiveField(parameters: p).taps(outputRow: cell.h, outputCol: cell.w)
    let rows = Array(Set(taps.map(\.padded.h))).sorted()
    let cols = Array(Set(taps.map(\.padded.w))).sorted()
    return Exercise(
      kind: .cellsRead,
      question: .cellsReadQuestion(
        input: p.input, kernel: p.kernel, stride: p.stride, padding: p.padding,
        dilation: p.dilation, cell: cell),
      answer: .cellsReadAnswer(rows: rows, cols: cols, padded: p.paddedInput),
      solution: .cells(rows: rows, cols: cols, parameters: p, cell: cell))
  }

  /// One output cell's value from small integer grids, so it can be done by hand.
  mutating func cellValue() -> Exercise? {
    let side = pick(3...4)
    let k = pick(2...3)
    var input = Matrix(rows: side, cols: side, repeating: 0)
    var kernel = Matrix(rows: k, cols: k, repeating: 0)
    for r in 0..<side { for c in 0..<side { input[r, c] = Double(pick(0...5)) } }
    for r in 0..<k { for c in 0..<k { kernel[r, c] = Double(pick(-1...2)) } }
    let parameters = ConvParameters(
      input: input.size, kernel: kernel.size, stride: Pair(pick(1...2)), padding: Pair(pick(0...1)))
    guard
      let result = try? Convolution.forward(input: input, kernel: kernel, parameters: parameters)
    else { return nil }
    let output = result.output.size
    let cell = Pair(pick(0...(output.h - 1)), pick(0...(output.w - 1)))
    let products = result.terms(row: cell.h, col: cell.w).map {
      "\(Self.factor($0.value))·\(Self.factor($0.weight))"
    }
    let value = result.output[cell.h, cell.w]
    return Exercise(
      kind: .cellValue,
      question: .cellValueQuestion(
        input: Self.literal(input), kernel: Self.literal(kernel), stride: parameters.stride,
        padding: parameters.padding, cell: cell),
      answer: .cellValueAnswer(
        cell: cell, products: products.joined(separator: " + "), value: NumberText.format(value)),
      solution: .value(value, input: input, kernel: kernel, parameters: parameters, cell: cell))
  }

  /// The input sizes a strided convolution maps to one output size.
  mutating func collisions() -> Exercise? {
    let a = AxisParameters(i: 1, k: pick(1...5), s: pick(2...4), p: pick(0...2))
    let o = pick(2...9)
    guard let range = AxisShape.inputSizes(producing: o, k: a.k, s: a.s, p: a.p), range.count > 1
    else { return nil }
    let inputs = Array(range)
    let paddings = inputs.map { AxisShape.outputPaddingToRestore(i: $0, k: a.k, s: a.s, p: a.p) }
    return Exercise(
      kind: .collisions,
      question: .collisionsQuestion(kernel: a.k, stride: a.s, padding: a.p, output: o),
      answer: .collisionsAnswer(inputs: inputs, outputPaddings: paddings),
      solution: .inputs(inputs, outputPaddings: paddings, parameters: a, output: o))
  }

  /// The receptive field of a small stack of convolutions and pools.
  mutating func receptiveField() -> Exercise? {
    var layers: [Layer] = []
    for _ in 0..<pick(2...4) {
      if pick(0...3) == 0 {
        layers.append(Layer(.maxPool, kernel: Pair(2)))
      } else {
        let k = [1, 3, 3, 5][pick(0...3)]
        layers.append(
          Layer(
            .conv, kernel: Pair(k), stride: Pair(pick(1...2)), padding: Pair(k / 2),
            dilation: Pair(pick(0...3) == 0 ? 2 : 1)))
      }
    }
    let input = 32
    let stack = LayerStack(layers)
    guard let fields = try? stack.receptiveField(input: Pair(input)), let last = fields.last
    else { return nil }
    var terms: [(grow: Int, jump: Int)] = []
    var jump = 1
    for layer in layers {
      terms.append((layer.dilation.h * (layer.kernel.h - 1), jump))
      jump *= layer.stride.h
    }
    return Exercise(
      kind: .receptiveField,
      question: .receptiveFieldQuestion(layers: LayerNotation.format(layers), input: input),
      answer: .receptiveFieldAnswer(size: last.size.h, recurrence: Formula.receptiveField(terms)),
      solution: .field(last.size.h, layers: layers, input: input))
  }

  /// A grid written out row by row, indented, numbers right-aligned: `  [ 1 -1  2]`.
  static func literal(_ grid: Matrix) -> String {
    let texts = grid.storage.map { NumberText.format($0) }
    let width = texts.map(\.count).max() ?? 1
    return (0..<grid.rows).map { r in
      "  ["
        + (0..<grid.cols).map { c in
          let text = texts[r * grid.cols + c]
          return String(repeating: " ", count: width - text.count) + text
        }.joined(separator: " ") + "]"
    }.joined(separator: "\n")
  }

  /// A factor of a product: negative numbers in parentheses, `2·(-1)`.
  static func factor(_ value: Double) -> String {
    value < 0 ? "(\(NumberText.format(value)))" : NumberText.format(value)
  }
}
