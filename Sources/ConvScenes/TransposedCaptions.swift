import ConvArithmetic
import ConvMessages

/// Panels and captions both transposed views share.
enum TransposedCaptions {
  /// The output-size formula, p′, and the direct convolution being transposed.
  static func shared(_ p: ConvParameters, directPadding: Pair) -> [String] {
    var lines = Captions.transposedOutputFormula(p)
    let square = Captions.allSquare([p.kernel, p.padding, p.dilation])
    lines += Captions.perAxis(
      "p′", square: square,
      { "d(k−1) − p = " + Formula.transposedPadding(p.along($0)) }, result: { directPadding[$0] })
    let direct = p.transposedCounterpart
    lines.append(
      "It transposes the convolution i = \(Captions.value(direct.input)), k = \(Captions.value(direct.kernel)), "
        + "s = \(Captions.value(direct.stride)), p = \(Captions.value(direct.padding))"
        + (direct.dilation == Pair(1) ? "" : ", d = \(Captions.value(direct.dilation))")
        + ", whose output is \(Captions.size(direct.convOutput)).")
    return lines
  }

  static func inputPanel(_ input: Matrix, current: Int?) -> Panel {
    Panel(
      name: "input", title: "input \(Captions.size(input.size))", rows: input.rows,
      cols: input.cols,
      cells: input.storage.enumerated().map { index, value in
        Cell(value: value, role: index == current ? .windowTap : .input)
      })
  }

  static func kernelPanel(_ kernel: Matrix, title: String) -> Panel {
    Panel(
      name: "kernel", title: title, rows: kernel.rows, cols: kernel.cols,
      cells: kernel.storage.map { Cell(value: $0, role: .kernelTap) })
  }

  /// Output cells before `step` done, `step` current, the rest (and all when `step` < 0) pending.
  static func outputPanel(_ output: Matrix, step: Int) -> Panel {
    Panel(
      name: "output", title: "output \(Captions.size(output.size))", rows: output.rows,
      cols: output.cols,
      cells: output.storage.enumerated().map { index, value in
        index < step
          ? Cell(value: value, role: .outputDone)
          : index == step
            ? Cell(value: value, role: .outputCurrent) : Cell(value: nil, role: .outputPending)
      })
  }
}
