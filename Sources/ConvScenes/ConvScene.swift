import ConvArithmetic

/// The sliding window: one step per output cell, in row-major order.
struct ConvScene: SceneProgram {
  let result: ConvolutionResult
  let field: ReceptiveField
  let padded: Matrix
  /// Padded rows and columns that no window reaches.
  let unreachedRows: Set<Int>
  let unreachedCols: Set<Int>
  /// The same as flags per padded row and column, for the per-cell loop.
  let unreachedRow: [Bool]
  let unreachedCol: [Bool]
  let formula: [String]

  init(_ p: SceneParameters) throws(ConvError) {
    let input = p.values.inputGrid(size: p.input)
    let kernel = p.values.kernelGrid(size: p.kernel)
    result = try Convolution.forward(input: input, kernel: kernel, parameters: p.convParameters)
    field = ReceptiveField(parameters: result.parameters)
    padded = result.paddedInput
    unreachedRows = Set(field.unreachedRows)
    unreachedCols = Set(field.unreachedCols)
    unreachedRow = (0..<padded.rows).map(unreachedRows.contains)
    unreachedCol = (0..<padded.cols).map(unreachedCols.contains)
    formula = Captions.convOutputFormula(result.parameters)
  }

  var stepCount: Int { result.output.rows * result.output.cols }

  func frame(at step: Int, focus: CellFocus?) -> Frame {
    let output = result.output
    let current = Pair(step / output.cols, step % output.cols)
    let terms = result.terms(row: current.h, col: current.w)
    var inputPanel = inputPanel()
    ConvWindow.mark(&inputPanel, taps: terms.map(\.padded))
    var outputPanel = outputPanel(step: step)
    var captions = formula
    captions.append(
      Captions.products(
        "y", row: current.h, col: current.w, terms: terms.map { ($0.value, $0.weight) },
        total: output[current.h, current.w]))
    captions.append(windowCaption(terms.map(\.padded)))
    if let focus {
      applyFocus(focus, input: &inputPanel, output: &outputPanel, captions: &captions)
    }
    if !unreachedRows.isEmpty || !unreachedCols.isEmpty {
      captions.append(unreachedCaption())
    }
    return Frame(
      scene: SceneKind.conv.rawValue, index: step + 1, count: stepCount,
      panels: [inputPanel, kernelPanel(), outputPanel], captions: captions)
  }

  private var parameters: ConvParameters { result.parameters }

  /// The padded input: padding cells hold 0, input cells their value, unreached ones marked.
  private func inputPanel() -> Panel {
    let p = parameters
    var cells: [Cell] = []
    cells.reserveCapacity(padded.rows * padded.cols)
    for r in 0..<padded.rows {
      for c in 0..<padded.cols {
        let (ir, ic) = (r - p.padding.h, c - p.padding.w)
        let role: CellRole
        if unreachedRow[r] || unreachedCol[c] {
          role = .neverVisited
        } else if !result.input.contains(ir, ic) {
          role = .padding
        } else {
          role = .input
        }
        cells.append(Cell(value: padded[r, c], role: role))
      }
    }
    var title = "input \(Captions.size(p.input))"
    if p.padding != Pair(0) { title += ", padded to \(Captions.size(p.paddedInput))" }
    return Panel(name: "input", title: title, rows: padded.rows, cols: padded.cols, cells: cells)
  }

  private func kernelPanel() -> Panel {
    let p = parameters
    let kernel = result.kernel
    var title = "kernel \(Captions.size(p.kernel))"
    if p.dilation != Pair(1) {
      title +=
        ", dilation \(Captions.value(p.dilation)) (spans \(Captions.size(p.effectiveKernel)))"
    }
    return Panel(
      name: "kernel", title: title, rows: kernel.rows, cols: kernel.cols,
      cells: kernel.storage.map { Cell(value: $0, role: .kernelTap) })
  }

  /// Cells before `step` are done, `step` is current, the rest are not yet computed.
  private func outputPanel(step: Int) -> Panel {
    let output = result.output
    let cells = output.storage.enumerated().map { index, value in
      index < step
        ? Cell(value: value, role: .outputDone)
        : index == step
          ? Cell(value: value, role: .outputCurrent) : Cell(value: nil, role: .outputPending)
    }
    return Panel(
      name: "output", title: "output \(Captions.size(output.size))", rows: output.rows,
      cols: output.cols,
      cells: cells)
  }

  private func windowCaption(_ taps: [Pair]) -> String {
    let p = parameters
    var text =
      "window on \(Captions.span("row", taps.map(\.h))), \(Captions.span("col", taps.map(\.w))) of the padded input"
    text += "; it moves \(Captions.value(p.stride)) cell\(p.stride == Pair(1) ? "" : "s") per step"
    return text
  }

  private func unreachedCaption() -> String {
    var parts: [String] = []
    if !unreachedRows.isEmpty { parts.append(Captions.list("row", unreachedRows.sorted())) }
    if !unreachedCols.isEmpty { parts.append(Captions.list("column", unreachedCols.sorted())) }
    return "No window ever reaches " + parts.joined(separator: " or ")
      + " of the padded input (marked <n>): the last stride steps past it."
  }

  /// A pinned output cell shows its receptive field and products; a pinned input cell its outputs.
  private func applyFocus(
    _ focus: CellFocus, input: inout Panel, output: inout Panel, captions: inout [String]
  ) {
    switch focus.panel {
    case "output" where result.output.contains(focus.row, focus.col):
      PinnedOutput.mark(
        focus, of: result, window: &input, output: &output, captions: &captions)
    case "input" where padded.contains(focus.row, focus.col):
      input[focus.row, focus.col].highlighted = true
      let (ir, ic) = (focus.row - parameters.padding.h, focus.col - parameters.padding.w)
      guard result.input.contains(ir, ic) else {
        captions.append("pinned a padding cell: it holds 0, so it adds nothing to any output.")
        return
      }
      let fed = field.outputs(feedingInputRow: ir, col: ic)
      for cell in fed { output[cell.h, cell.w].highlighted = true }
      let names = fed.map { "y[\($0.h),\($0.w)]" }.joined(separator: ", ")
      captions.append(
        fed.isEmpty
          ? "pinned x[\(ir),\(ic)]: no window reaches it, so no output depends on it."
          : "pinned x[\(ir),\(ic)] feeds \(fed.count) output cell\(fed.count == 1 ? "" : "s"): \(names)"
      )
    default:
      break
    }
  }
}
