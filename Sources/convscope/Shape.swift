import ArgumentParser
import ConvArithmetic
import ConvMessages

/// Prints the output-size arithmetic for the given parameters, with each formula's numbers filled in.
///
///     $ convscope shape --input 6 --kernel 3 --stride 2 --padding 1
struct Shape: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "shape",
    abstract: "Print output sizes for the given parameters, with the formulas.",
    discussion: """
      Shows the PyTorch convolution, the transposed convolution of the same input,
      pooling, TensorFlow SAME and VALID, the input sizes that share the output size,
      and the paper's relationships that hold. Every value is per axis: give 5x7 for
      height 5 and width 7.
      """)

  @Option(
    parsing: .unconditional,
    help: "Input size: N or HxW (default 5; for a stack, the preset's size, else 224).")
  var input: PairArgument?
  @Option(parsing: .unconditional, help: "Kernel size: N or HxW.") var kernel = PairArgument(
    Pair(3))
  @Option(parsing: .unconditional, help: "Stride: N or HxW.") var stride = PairArgument(Pair(1))
  @Option(parsing: .unconditional, help: "Padding: N, HxW, or valid, same, half, full.")
  var padding = PaddingArgument(
    .explicit(Pair(0)))
  @Option(parsing: .unconditional, help: "Dilation: N or HxW.") var dilation = PairArgument(Pair(1))
  @Option(
    name: .customLong("output-padding"), parsing: .unconditional,
    help: "Output padding of the transposed convolution: N or HxW.")
  var outputPadding = PairArgument(Pair(0))

  @Flag(
    help:
      "Print the shapes scene's table instead: one row per input size (--inputs, else the input and the next five)."
  )
  var table = false
  @Option(help: "With --table: the input sizes, LOW-HIGH (e.g. 4-9).") var inputs: SizeRange?

  @OptionGroup(title: "Stacks of layers") var stack: StackShapeOptions
  @Option(name: .customLong("lang"), help: LanguageOption.help) var lang: String?

  func run() throws {
    let language = try languageOption.language()
    if table { return try printTable() }
    if stack.isRequested { return try stack.run(input: input?.pair, language: language) }
    let input = input ?? PairArgument(Pair(5))
    let p = ConvParameters(
      input: input.pair, kernel: kernel.pair, stride: stride.pair,
      padding: padding.resolve(kernel: kernel.pair, dilation: dilation.pair),
      dilation: dilation.pair,
      outputPadding: outputPadding.pair)
    do {
      try p.validateConvolution()
    } catch {
      throw CommandFailure(.engine(error))
    }
    let same = padding.value == .preset(.same)
    print(ShapeReport(p, samePreset: same, language: language).lines.joined(separator: "\n"))
  }

  /// The sizes table along one axis (the height's values), as text or JSON.
  private func printTable() throws {
    let first = inputs?.low ?? input?.pair.h ?? 4
    let last = inputs?.high ?? first + 5
    let k = kernel.pair.h
    let d = dilation.pair.h
    let p = padding.resolve(kernel: kernel.pair, dilation: dilation.pair).h
    let report: SizeTableReport
    do {
      report = SizeTableReport(
        table: try SizeTable(inputs: first...last, k: k, s: stride.pair.h, p: p, d: d))
    } catch {
      throw CommandFailure(.engine(error))
    }
    print(stack.format == .json ? report.json : report.text, terminator: "")
  }
}

/// The lines `convscope shape` prints; every number comes from the engine.
struct ShapeReport {
  let p: ConvParameters
  /// Whether the padding came from `same` (or `half`), whose promise the report checks.
  let samePreset: Bool
  /// The language of the report's words; the formulas read the same in every language.
  let language: Language

  init(_ p: ConvParameters, samePreset: Bool = false, language: Language = .english) {
    self.p = p
    self.samePreset = samePreset
    self.language = language
  }

  var lines: [String] {
    var lines = [
      say(
        .convolutionHeading(
          input: p.input, kernel: p.kernel, stride: p.stride, padding: p.padding,
          dilation: p.dilation))
    ]
    lines += axes("o") { a in "\(Formula.convOutput(a)) = \(a.convOutput)" }
    lines.append(say(.output(p.convOutput)))
    if samePreset { lines += sameNotes }
    lines += axes(say(.inputsGivingLabel)) { a in
      guard
        let range = AxisShape.inputSizes(producing: a.convOutput, k: a.k, s: a.s, p: a.p, d: a.d)
      else { return say(.noInputs) }
      let restore = AxisShape.outputPaddingToRestore(i: a.i, k: a.k, s: a.s, p: a.p, d: a.d)
      return say(
        .inputsGiving(
          low: range.lowerBound, high: range.upperBound, outputPadding: restore, input: a.i))
    }
    lines += unreachedLines
    lines.append("")
    lines.append(say(.goingBackHeading(output: p.convOutput)))
    lines += axes("o′") { a in
      var going = a
      going.i = a.convOutput
      going.outputPadding = AxisShape.outputPaddingToRestore(i: a.i, k: a.k, s: a.s, p: a.p, d: a.d)
      return say(
        .goingBack(
          formula: Formula.transposedOutput(going), result: going.transposedOutput,
          outputPadding: going.outputPadding))
    }

    lines.append("")
    lines.append(say(.transposedHeading(input: p.input, outputPadding: p.outputPadding)))
    do {
      try p.validateTransposed()
      lines += axes("o′") { a in "\(Formula.transposedOutput(a)) = \(a.transposedOutput)" }
      lines += axes("p′") { a in
        say(.transposedPadding(formula: Formula.transposedPadding(a), result: a.transposedPadding))
      }
    } catch {
      lines.append(say(.notDefined(error)))
    }

    lines.append("")
    lines.append(say(.poolingHeading(stride: p.stride, padding: p.padding)))
    lines += axes("o") { a in
      let floor = AxisShape.poolOutput(i: a.i, k: a.k, s: a.s, p: a.p, d: a.d)
      let ceil = AxisShape.poolOutput(i: a.i, k: a.k, s: a.s, p: a.p, d: a.d, ceilMode: true)
      return say(.poolingSizes(floor: floor, ceil: ceil, refused: 2 * a.p > a.k))
    }

    lines.append("")
    lines.append(say(.tensorFlowHeading))
    lines += axes("SAME o") { a in
      let same = TensorFlowPadding.same(i: a.i, k: a.k, s: a.s, d: a.d)
      return say(
        .tensorFlowSame(
          formula: Formula.tensorFlowSame(a), output: same.output, before: same.before,
          after: same.after))
    }
    lines += axes("VALID o") { a in
      "\(Formula.tensorFlowValid(a)) = \(TensorFlowPadding.valid(i: a.i, k: a.k, s: a.s, d: a.d))"
    }

    lines.append("")
    let holding = Relationship.allCases.filter { r in
      Axis.allCases.allSatisfy { r.applies(to: p.along($0)) }
    }
    lines.append(say(.relationships(holding.map { "\($0.rawValue) (\($0.name))" })))
    return lines
  }

  /// What `same` promised, and where it cannot keep it: an odd `d(k − 1)` has no symmetric
  /// split, and a stride shrinks the output whatever the padding.
  private var sameNotes: [String] {
    var notes: [String] = []
    let square = p.input.isSquare && p.kernel.isSquare && p.dilation.isSquare
    for axis in square ? [Axis.height] : Axis.allCases {
      let a = p.along(axis)
      let total = a.d * (a.k - 1)
      // With a stride no padding keeps the size; the note below says so instead.
      guard total % 2 == 1 && a.s == 1 else { continue }
      let paddings = [total / 2, total / 2 + 1]
      let split = AxisShape.samePadding(k: a.k, d: a.d)
      let kept = AxisShape.convOutput(
        i: a.i, k: a.k, before: split.before, after: split.after, d: a.d)
      notes.append(
        say(.sameOdd(axis: square ? nil : axis, d: a.d, k: a.k, total: total, input: a.i)))
      notes.append(
        say(
          .sameOptions(
            paddings: paddings, used: a.p,
            outputs: paddings.map { AxisShape.convOutput(i: a.i, k: a.k, p: $0, d: a.d) })))
      notes.append(say(.sameSplit(before: split.before, after: split.after, output: kept)))
    }
    if p.stride != Pair(1) { notes.append(say(.sameStride)) }
    return notes
  }

  /// The padded rows and columns no tap reads, grouped by the engine's reason.
  private var unreachedLines: [String] {
    let field = ReceptiveField(parameters: p)
    var parts: [String] = []
    for axis in Axis.allCases {
      let unreached = field.unreached(along: axis)
      for reason in [UnreachedReason.dilationHole, .betweenWindows, .pastLastWindow] {
        let indices = unreached.filter { $0.reason == reason }.map(\.index)
        guard !indices.isEmpty else { continue }
        let why = UnreachedWhy(reason, along: axis, of: field)
        parts.append(say(.unreachedPadded(axis: axis, indices: indices, reason: why)))
      }
    }
    return [say(.readByNoTap(nothing: parts.isEmpty))] + parts
  }

  /// One line when both axes agree, else one line per axis.
  private func axes(_ label: String, _ body: (AxisParameters) -> String) -> [String] {
    let h = body(p.along(.height))
    let w = body(p.along(.width))
    if h == w && p.input.isSquare && p.kernel.isSquare {
      return [say(.axisLabel(label, axis: nil)) + " = \(h)"]
    }
    return [
      say(.axisLabel(label, axis: .height)) + " = \(h)",
      say(.axisLabel(label, axis: .width)) + " = \(w)",
    ]
  }

  /// The report's words, in its language.
  private func say(_ text: ShapeText) -> String { Message.shape(text).text(in: language) }
}

extension Shape: LanguageChoosing {
  var wordingLanguage: Language { languageOption.wording() }
}
