import ArgumentParser
import ConvArithmetic
import ConvMessages

/// Prints the output-size arithmetic for the given parameters, with each formula's numbers filled in.
///
///     $ convscope shape --input 6 --kernel 3 --stride 2 --padding 1
struct Shape: ParsableCommand {
  static let configuration = CommandConfiguration(
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

  @OptionGroup(title: "Stacks of layers") var stack: StackShapeOptions

  func run() throws {
    if stack.isRequested { return try stack.run(input: input?.pair) }
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
    print(ShapeReport(p, samePreset: same).lines.joined(separator: "\n"))
  }
}

/// The lines `convscope shape` prints; every number comes from the engine.
struct ShapeReport {
  let p: ConvParameters
  /// Whether the padding came from `same` (or `half`), whose promise the report checks.
  let samePreset: Bool

  init(_ p: ConvParameters, samePreset: Bool = false) {
    self.p = p
    self.samePreset = samePreset
  }

  var lines: [String] {
    var lines = [
      "Convolution (PyTorch Conv2d): input \(size(p.input)), kernel \(size(p.kernel)), \(settings)"
    ]
    lines += axes("o") { a in "\(Formula.convOutput(a)) = \(a.convOutput)" }
    lines.append("  output \(size(p.convOutput))")
    if samePreset { lines += sameNotes }
    lines += axes("inputs giving this o") { a in
      guard
        let range = AxisShape.inputSizes(producing: a.convOutput, k: a.k, s: a.s, p: a.p, d: a.d)
      else { return "none" }
      let restore = AxisShape.outputPaddingToRestore(i: a.i, k: a.k, s: a.s, p: a.p, d: a.d)
      let list =
        range.lowerBound == range.upperBound
        ? "\(range.lowerBound)" : "\(range.lowerBound)…\(range.upperBound)"
      return "\(list); the transposed layer needs output_padding \(restore) to give back \(a.i)"
    }
    lines += unreachedLines
    lines.append("")
    lines.append(
      "Going back: the transposed convolution of the \(size(p.convOutput)) output, same k, s, p, d:"
    )
    lines += axes("o′") { a in
      let o = a.convOutput
      let op = AxisShape.outputPaddingToRestore(i: a.i, k: a.k, s: a.s, p: a.p, d: a.d)
      var going = a
      (going.i, going.outputPadding) = (o, op)
      return
        "\(Formula.transposedOutput(going)) = \(going.transposedOutput), with output_padding \(op)"
    }

    lines.append("")
    lines.append(
      "Transposed convolution (ConvTranspose2d) taking an input \(size(p.input)), output_padding \(value(p.outputPadding)):"
    )
    do {
      try p.validateTransposed()
      lines += axes("o′") { a in "\(Formula.transposedOutput(a)) = \(a.transposedOutput)" }
      lines += axes("p′") { a in
        "\(Formula.transposedPadding(a)) = \(a.transposedPadding)"
          + (a.transposedPadding < 0 ? " (crops)" : "")
      }
    } catch {
      lines.append("  not defined: \(Message.engine(error).text())")
    }

    lines.append("")
    lines.append(
      "Pooling with this window (stride \(value(p.stride)), padding \(value(p.padding))):")
    lines += axes("o") { a in
      let floor = AxisShape.poolOutput(i: a.i, k: a.k, s: a.s, p: a.p, d: a.d)
      let ceil = AxisShape.poolOutput(i: a.i, k: a.k, s: a.s, p: a.p, d: a.d, ceilMode: true)
      return "\(floor), or \(ceil) in ceil mode"
        + (2 * a.p > a.k ? " (PyTorch refuses padding over half the kernel)" : "")
    }

    lines.append("")
    lines.append("TensorFlow (padding ignored):")
    lines += axes("SAME o") { a in
      let same = TensorFlowPadding.same(i: a.i, k: a.k, s: a.s, d: a.d)
      return
        "\(Formula.tensorFlowSame(a)) = \(same.output), padding \(same.before) before and \(same.after) after"
    }
    lines += axes("VALID o") { a in
      "\(Formula.tensorFlowValid(a)) = \(TensorFlowPadding.valid(i: a.i, k: a.k, s: a.s, d: a.d))"
    }

    lines.append("")
    let holding = Relationship.allCases.filter { r in
      Axis.allCases.allSatisfy { r.applies(to: p.along($0)) }
    }
    lines.append(
      "Relationships of Dumoulin & Visin that hold: "
        + holding.map { "\($0.rawValue) (\($0.name))" }.joined(separator: ", "))
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
      let name = square ? "" : " (\(axis.rawValue))"
      let options = [total / 2, total / 2 + 1].map { padding in
        "padding \(padding)\(padding == a.p ? " (used above)" : "") gives "
          + "\(AxisShape.convOutput(i: a.i, k: a.k, p: padding, d: a.d))"
      }
      let split = AxisShape.samePadding(k: a.k, d: a.d)
      let kept = AxisShape.convOutput(
        i: a.i, k: a.k, before: split.before, after: split.after, d: a.d)
      notes.append(
        "  same\(name): d(k−1) = \(a.d)·(\(a.k)−1) = \(total) is odd, so no padding equal on both sides "
          + "keeps the size \(a.i):")
      notes.append("    " + options.joined(separator: ", ") + ".")
      notes.append(
        "    PyTorch's padding='same' and TensorFlow's SAME split it \(split.before) before and "
          + "\(split.after) after: output \(kept).")
    }
    if p.stride != Pair(1) {
      notes.append(
        "  same keeps the size only at stride 1: PyTorch refuses padding='same' with a stride,"
          + " and TensorFlow's SAME gives ⌈i/s⌉ (below).")
    }
    return notes
  }

  /// The padded rows and columns no tap reads, grouped by the engine's reason.
  private var unreachedLines: [String] {
    let field = ReceptiveField(parameters: p)
    var parts: [String] = []
    for axis in Axis.allCases {
      let word = axis == .height ? "row" : "column"
      let unreached = field.unreached(along: axis)
      for reason in [UnreachedReason.dilationHole, .betweenWindows, .pastLastWindow] {
        let indices = unreached.filter { $0.reason == reason }.map(\.index)
        guard !indices.isEmpty else { continue }
        let list =
          "padded \(word)\(indices.count == 1 ? "" : "s") "
          + indices.map(String.init).joined(separator: ", ")
        switch reason {
        case .dilationHole: parts.append("    \(list): dilation holes of every window over them")
        case .betweenWindows:
          parts.append("    \(list): between windows, the stride being longer than the window")
        case .pastLastWindow:
          parts.append(
            "    \(list): after the last window, which ends at \(field.lastWindowEnd(along: axis))")
        }
      }
    }
    return parts.isEmpty ? ["  read by no tap: nothing"] : ["  read by no tap:"] + parts
  }

  private var settings: String {
    "stride \(value(p.stride)), padding \(value(p.padding)), dilation \(value(p.dilation))"
  }

  /// One line when both axes agree, else one line per axis.
  private func axes(_ label: String, _ body: (AxisParameters) -> String) -> [String] {
    let h = body(p.along(.height))
    let w = body(p.along(.width))
    if h == w && p.input.isSquare && p.kernel.isSquare { return ["  \(label) = \(h)"] }
    return ["  \(label) (height) = \(h)", "  \(label) (width)  = \(w)"]
  }

  private func size(_ pair: Pair) -> String { "\(pair.h)×\(pair.w)" }
  private func value(_ pair: Pair) -> String { pair.isSquare ? "\(pair.h)" : "\(pair.h)×\(pair.w)" }
}
