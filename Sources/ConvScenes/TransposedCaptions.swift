import ConvArithmetic
import ConvMessages

/// Panels and captions both transposed views share.
enum TransposedCaptions {
  /// The output-size formula, p′, and the direct convolution being transposed.
  static func shared(_ p: ConvParameters, directPadding: Pair, language: Language) -> [String] {
    var lines = Captions.transposedOutputFormula(p)
    let square = Captions.allSquare([p.kernel, p.padding, p.dilation])
    lines += Captions.perAxis(
      "p′", square: square,
      { "d(k−1) − p = " + Formula.transposedPadding(p.along($0)) }, result: { directPadding[$0] })
    let direct = p.transposedCounterpart
    let transposes = Caption.transposes(
      input: direct.input, kernel: direct.kernel, stride: direct.stride, padding: direct.padding,
      dilation: direct.dilation, output: direct.convOutput)
    lines.append(transposes.text(in: language))
    return lines
  }

  static func inputPanel(_ input: Matrix, current: Int?, language: Language) -> Panel {
    Panel(
      name: "input", title: Caption.inputTitle(size: input.size, paddedTo: nil).text(in: language),
      rows: input.rows,
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
  static func outputPanel(_ output: Matrix, step: Int, language: Language) -> Panel {
    Panel(
      name: "output", title: Caption.outputTitle(size: output.size).text(in: language),
      rows: output.rows,
      cols: output.cols,
      cells: output.storage.enumerated().map { index, value in
        index < step
          ? Cell(value: value, role: .outputDone)
          : index == step
            ? Cell(value: value, role: .outputCurrent) : Cell(value: nil, role: .outputPending)
      })
  }
}
