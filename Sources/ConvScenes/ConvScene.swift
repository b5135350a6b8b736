import ConvArithmetic
import ConvMessages

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
  /// The kernel panel, the same at every step.
  private var kernel: Panel! = nil
  /// The output panel with every cell pending, and its cells with every one done: a step's
  /// output cells are the first `step` done ones, the current one, then pending ones.
  private var pendingOutput: Panel! = nil
  private var doneCells: [Cell] = []
  let language: Language
  /// `--values symbolic`: cells and products in symbols.
  let symbolic: Bool

  init(_ p: SceneParameters) throws(ConvError) {
    language = p.language
    symbolic = p.values.isSymbolic
    let input = p.values.inputGrid(size: p.input)
    let kernel = p.values.kernelGrid(size: p.kernel)
    result =
      p.flip
      ? try Convolution.trueForward(input: input, kernel: kernel, parameters: p.convParameters)
      : try Convolution.forward(input: input, kernel: kernel, parameters: p.convParameters)
    field = ReceptiveField(parameters: result.parameters)
    padded = result.paddedInput
    let unreachedRows = Set(field.unreachedRows)
    let unreachedCols = Set(field.unreachedCols)
    unreachedRow = (0..<padded.rows).map(unreachedRows.contains)
    unreachedCol = (0..<padded.cols).map(unreachedCols.contains)
    formula = Captions.convOutputFormula(result.parameters)
    baseInput = inputPanel()
    unreached = unreachedCaptions()
    self.kernel = kernelPanel()
    pendingOutput = outputPanel()
    doneCells = result.output.storage.map { Cell(value: $0, role: .outputDone) }
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
    captions.append(productsCaption(current, terms))
    captions.append(windowCaption(terms.map(\.padded)))
    if result.flipped { captions.append(Caption.symbolic(.trueConvolution).text(in: language)) }
    if symbolic { captions.append(Caption.symbolic(.symbolsKey).text(in: language)) }
    if let focus {
      applyFocus(focus, input: &inputPanel, output: &outputPanel, captions: &captions)
    }
    captions += unreached
    return Frame(
      scene: SceneKind.conv.rawValue, index: step + 1, count: stepCount,
      panels: [inputPanel, kernel, outputPanel], captions: captions)
  }

  /// Unmarks the window of `step - 1`, marks the window of `step`, finishes the output cell
  /// of `step - 1` and makes the one of `step` current, and writes the two captions that
  /// follow the window; the rest of the frame stays as it is.
  func advance(_ frame: inout Frame, to step: Int) -> TouchedCells? {
    let output = result.output
    let outputCount = output.storage.count
    // The frame `frame(at:focus:)` made: three panels of these sizes, and the captions in
    // their places (a focus, which the caller rules out, would add cells and captions).
    guard frame.panels.count == 3, frame.panels[0].cells.count == baseInput.cells.count,
      frame.panels[2].cells.count == outputCount,
      frame.captions.count == formula.count + 2 + (result.flipped ? 1 : 0) + (symbolic ? 1 : 0)
        + unreached.count
    else { return nil }
    let before = Pair((step - 1) / output.cols, (step - 1) % output.cols)
    let current = Pair(step / output.cols, step % output.cols)
    let oldTaps = result.terms(row: before.h, col: before.w).map(\.padded)
    let terms = result.terms(row: current.h, col: current.w)
    let taps = terms.map(\.padded)
    let inputCells = ConvWindow.cells(
      of: oldTaps, taps, rows: baseInput.rows, cols: baseInput.cols)
    var touched = TouchedCells()
    touched.record(inputCells, panel: 0, of: frame)
    touched.record([], panel: 1, of: frame)
    touched.record([step - 1, step], panel: 2, of: frame)
    // Only the old window's box differs from the unmarked input.
    for index in inputCells { frame.panels[0].cells[index] = baseInput.cells[index] }
    ConvWindow.mark(&frame.panels[0], taps: taps)
    frame.panels[2].cells[step - 1] = doneCells[step - 1]
    frame.panels[2].cells[step] = Cell(value: output.storage[step], role: .outputCurrent)
    frame.captions[formula.count] = productsCaption(current, terms)
    frame.captions[formula.count + 1] = windowCaption(taps)
    frame.index = step + 1
    return touched
  }

  /// The products of the output cell at `current`, in numbers or symbols.
  private func productsCaption(_ current: Pair, _ terms: [Term]) -> String {
    if symbolic {
      return SymbolicProducts.line(
        row: current.h, col: current.w, factors: SymbolicProducts.factors(terms),
        language: language)
    }
    return Captions.products(
      "y", row: current.h, col: current.w, terms: terms.map { ($0.value, $0.weight) },
      total: result.output[current.h, current.w])
  }

  private var parameters: ConvParameters { result.parameters }

  /// The padded input: padding cells hold 0, input cells their value, unreached ones marked.
  private func inputPanel() -> Panel {
    let p = parameters
    var cells: [Cell] = []
    cells.reserveCapacity(padded.rows * padded.cols)
    var symbols: [CellSymbol?] = []
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
        if symbolic {
          symbols.append(
            result.input.contains(ir, ic)
              ? CellSymbol("x", row: ir, col: ic, in: (p.input.h, p.input.w)) : .zero)
        }
      }
    }
    let title = Caption.inputTitle(
      size: p.input, paddedTo: p.padding == Pair(0) ? nil : p.paddedInput)
    var panel = Panel(
      name: "input", title: title.text(in: language), rows: padded.rows, cols: padded.cols,
      cells: cells)
    if symbolic { panel.symbols = symbols }
    return panel
  }

  private func kernelPanel() -> Panel {
    let p = parameters
    let kernel = result.kernel
    let dilation = p.dilation == Pair(1) ? nil : p.dilation
    let title =
      result.flipped
      ? Caption.symbolic(
        .flippedKernelTitle(size: p.kernel, dilation: dilation, spans: p.effectiveKernel))
      : Caption.kernelTitle(size: p.kernel, dilation: dilation, spans: p.effectiveKernel)
    var panel = Panel(
      name: "kernel", title: title.text(in: language), rows: kernel.rows, cols: kernel.cols,
      cells: kernel.storage.map { Cell(value: $0, role: .kernelTap) })
    if symbolic { panel.symbols = SymbolicProducts.kernel(size: p.kernel, flipped: result.flipped) }
    return panel
  }

  /// Cells before `step` are done, `step` is current, the rest are not yet computed.
  private func outputPanel(step: Int) -> Panel {
    var panel: Panel = pendingOutput
    var cells: [Cell] = []
    cells.reserveCapacity(doneCells.count)
    cells += doneCells[..<step]
    cells.append(Cell(value: result.output.storage[step], role: .outputCurrent))
    cells += panel.cells[(step + 1)...]
    panel.cells = cells
    return panel
  }

  /// The output with no cell computed yet.
  private func outputPanel() -> Panel {
    let output = result.output
    var panel = Panel(
      name: "output", title: Caption.outputTitle(size: output.size).text(in: language),
      rows: output.rows,
      cols: output.cols,
      cells: Array(repeating: Cell(value: nil, role: .outputPending), count: output.storage.count))
    if symbolic { panel.symbols = SymbolicProducts.grid("y", size: output.size) }
    return panel
  }

  private func windowCaption(_ taps: [Pair]) -> String {
    let p = parameters
    return Caption.window(
      rows: taps.map(\.h), cols: taps.map(\.w), padded: p.padding != Pair(0), stride: p.stride
    ).text(in: language)
  }

  /// One sentence per reason (and per axis unless both agree), naming the lines no tap
  /// reads and why; the reasons come from the engine, which checks them against brute force.
  private func unreachedCaptions() -> [String] {
    let p = parameters
    let bothAxes = p.along(.height) == p.along(.width)
    var lines: [String] = []
    for axis in bothAxes ? [Axis.height] : Axis.allCases {
      let a = p.along(axis)
      let unreached = field.unreached(along: axis)
      for reason in [UnreachedReason.dilationHole, .betweenWindows, .pastLastWindow] {
        let indices = unreached.filter { $0.reason == reason }.map(\.index)
        guard !indices.isEmpty else { continue }
        let why = UnreachedWhy(reason, along: axis, of: field)
        let inside = indices.filter { $0 >= a.p && $0 < a.p + a.i }.map { $0 - a.p }
        let caption = Caption.unreached(
          axis: bothAxes ? nil : axis, indices: indices, padded: p.padding != Pair(0), reason: why,
          inside: inside)
        lines.append(caption.text(in: language))
      }
    }
    return lines
  }

  /// A pinned output cell shows its receptive field and products; a pinned input cell its outputs.
  private func applyFocus(
    _ focus: CellFocus, input: inout Panel, output: inout Panel, captions: inout [String]
  ) {
    switch focus.panel {
    case "output" where result.output.contains(focus.row, focus.col):
      let factors: (([Term]) -> [SymbolicFactor])? =
        symbolic ? { terms in SymbolicProducts.factors(terms) } : nil
      PinnedOutput.mark(
        focus, of: result, window: &input, output: &output, captions: &captions,
        language: language, symbols: factors)
    case "input" where padded.contains(focus.row, focus.col):
      input[focus.row, focus.col].highlighted = true
      let (ir, ic) = (focus.row - parameters.padding.h, focus.col - parameters.padding.w)
      // Named as the labels name it: in padded coordinates whenever there is padding.
      let cell = Pair(focus.row, focus.col)
      let padded = parameters.padding != Pair(0)
      guard result.input.contains(ir, ic) else {
        captions.append(Caption.pinnedPaddingCell(cell: cell, padded: padded).text(in: language))
        return
      }
      let value =
        symbolic
        ? CellSymbol("x", [ir, ic]).bracketed : NumberText.format(self.padded[focus.row, focus.col])
      let fed = field.outputs(feedingInputRow: ir, col: ic)
      for cell in fed { output[cell.h, cell.w].highlighted = true }
      let caption =
        fed.isEmpty
        ? Caption.pinnedUnread(cell: cell, padded: padded, value: value)
        : Caption.pinnedFeeds(cell: cell, padded: padded, value: value, outputs: fed)
      captions.append(caption.text(in: language))
    default:
      break
    }
  }
}
