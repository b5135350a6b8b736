import ConvArithmetic

/// The sliding window: one step per output cell, in row-major order.
struct ConvScene: SceneProgram {
  let result: ConvolutionResult
  let field: ReceptiveField
  let padded: Matrix
  /// Flags per padded row and column that no tap reads, for the per-cell loop.
  let unreachedRow: [Bool]
  let unreachedCol: [Bool]
  let formula: [String]
  /// The input panel before any window is marked, and the captions on lines no tap reads:
  /// the same at every step, so made once (a 32×32 animation has 1,024 steps).
  private var baseInput: Panel! = nil
  private var unreached: [String] = []

  init(_ p: SceneParameters) throws(ConvError) {
    let input = p.values.inputGrid(size: p.input)
    let kernel = p.values.kernelGrid(size: p.kernel)
    result = try Convolution.forward(input: input, kernel: kernel, parameters: p.convParameters)
    field = ReceptiveField(parameters: result.parameters)
    padded = result.paddedInput
    let unreachedRows = Set(field.unreachedRows)
    let unreachedCols = Set(field.unreachedCols)
    unreachedRow = (0..<padded.rows).map(unreachedRows.contains)
    unreachedCol = (0..<padded.cols).map(unreachedCols.contains)
    formula = Captions.convOutputFormula(result.parameters)
    baseInput = inputPanel()
    unreached = unreachedCaptions()
  }

  var stepCount: Int { result.output.rows * result.output.cols }

  func frame(at step: Int, focus: CellFocus?) -> Frame {
    let output = result.output
    let current = Pair(step / output.cols, step % output.cols)
    let terms = result.terms(row: current.h, col: current.w)
    var inputPanel: Panel = baseInput
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
    captions += unreached
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
    // Rows and columns are counted as the input's labels count them: in the padded grid.
    let grid = p.padding == Pair(0) ? "input" : "padded input"
    var text =
      "window on \(Captions.span("row", taps.map(\.h))), \(Captions.span("col", taps.map(\.w))) of the \(grid)"
    text += "; it moves \(Captions.value(p.stride)) cell\(p.stride == Pair(1) ? "" : "s") per step"
    return text
  }

  /// One sentence per reason (and per axis unless both agree), naming the lines no tap
  /// reads and why; the reasons come from the engine, which checks them against brute force.
  private func unreachedCaptions() -> [String] {
    let p = parameters
    let grid = p.padding == Pair(0) ? "input" : "padded input"
    let height = field.unreached(along: .height)
    let width = field.unreached(along: .width)
    let bothAxes = p.along(.height) == p.along(.width)
    var lines: [String] = []
    for axis in bothAxes ? [Axis.height] : Axis.allCases {
      let a = p.along(axis)
      let word = bothAxes ? "row and column" : axis == .height ? "row" : "column"
      let unit = axis == .height ? "row" : "column"
      let unreached = axis == .height ? height : width
      for reason in [UnreachedReason.dilationHole, .betweenWindows, .pastLastWindow] {
        let indices = unreached.filter { $0.reason == reason }.map(\.index)
        guard !indices.isEmpty else { continue }
        let plural = indices.count > 1
        var text = "No tap reads \(Self.list(word, indices)) of the \(grid) (marked <n>): "
        switch reason {
        case .dilationHole:
          text +=
            "every window that spans \(plural ? "them" : "it") has a dilation hole there "
            + "(taps \(a.d) apart, stride \(a.s))"
        case .betweenWindows:
          text +=
            "\(plural ? "they lie" : "it lies") between windows: the stride (\(a.s)) is longer than "
            + "the window (\(Captions.count(AxisShape.effectiveKernel(k: a.k, d: a.d), unit)))"
        case .pastLastWindow:
          text +=
            "the last window ends at \(field.lastWindowEnd(along: axis)), and one more stride of "
            + "\(a.s) would run past the edge"
        }
        let inside = indices.filter { $0 >= a.p && $0 < a.p + a.i }.map { $0 - a.p }
        if !inside.isEmpty && p.padding != Pair(0) {
          text +=
            ", so input \(Self.list(word, inside)) \(inside.count > 1 ? "are" : "is") never used"
        } else if !inside.isEmpty {
          text += ", so \(inside.count > 1 ? "their" : "its") input values are never used"
        }
        lines.append(text + ".")
      }
    }
    return lines
  }

  /// `row 7`, `rows 1, 3`, `row and column 7`, `rows and columns 1, 3`.
  private static func list(_ word: String, _ values: [Int]) -> String {
    let words =
      values.count == 1
      ? word
      : word.replacingOccurrences(of: "row", with: "rows")
        .replacingOccurrences(of: "column", with: "columns")
    return "\(words) " + values.map(String.init).joined(separator: ", ")
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
      // Named as the labels name it: in padded coordinates whenever there is padding.
      let name =
        parameters.padding == Pair(0)
        ? "x[\(ir),\(ic)]" : "padded input [\(focus.row),\(focus.col)]"
      guard result.input.contains(ir, ic) else {
        captions.append("pinned \(name): a padding cell holds 0, so it adds nothing to any output.")
        return
      }
      let value = NumberText.format(padded[focus.row, focus.col])
      let fed = field.outputs(feedingInputRow: ir, col: ic)
      for cell in fed { output[cell.h, cell.w].highlighted = true }
      let names = fed.map { "y[\($0.h),\($0.w)]" }.joined(separator: ", ")
      captions.append(
        fed.isEmpty
          ? "pinned \(name) = \(value): no tap reads it, so no output depends on it."
          : "pinned \(name) = \(value) feeds \(fed.count) output cell\(fed.count == 1 ? "" : "s"): \(names)"
      )
    default:
      break
    }
  }
}
