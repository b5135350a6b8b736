import ConvArithmetic
import ConvMessages

/// The transposed convolution as zero insertion: stretch, pad, rotate, then a stride-1 window.
///
/// Steps: 1 the input; 2 the s−1 zeros inserted; 3 the padding d(k−1)−p and
/// output_padding; 4 the kernel turned by 180°; then one step per output cell.
struct TransposedZerosScene: SceneProgram {
  let zeros: ZeroInsertion
  let input: Matrix
  let kernel: Matrix
  let shared: [String]
  let language: Language
  /// `--values symbolic`: cells and products in symbols.
  let symbolic: Bool
  /// `--flip`: the kernel flipped before the transposed convolution (`kernel` is then flipped).
  let flip: Bool

  /// The steps before the window starts sliding.
  static let setupSteps = 4

  init(_ p: SceneParameters) throws(ConvError) {
    input = p.values.inputGrid(size: p.input)
    symbolic = p.values.isSymbolic
    flip = p.flip
    let given = p.values.kernelGrid(size: p.kernel)
    kernel = flip ? KernelFlip.flipped(given) : given
    zeros = try TransposedConvolution.zeroInsertion(
      input: input, kernel: kernel, parameters: p.convParameters)
    language = p.language
    var shared = TransposedCaptions.shared(
      zeros.parameters, directPadding: zeros.directPadding, language: language)
    if flip { shared.append(Caption.symbolic(.trueTransposed).text(in: language)) }
    self.shared = shared
  }

  /// The products of output cell terms as symbols: the x each inserted cell came from (the
  /// engine's cell kinds), and the weight as the user gave it.
  private func factors(_ terms: [Term]) -> [SymbolicFactor] {
    terms.map { term in
      var input: Pair?
      if case .input(let cell) = zeros.kinds[term.padded.h, term.padded.w] { input = cell }
      let weight = flip ? KernelFlip.source(of: term.source, kernel: kernel.size) : term.source
      return SymbolicFactor(input: input, weight: weight)
    }
  }

  var stepCount: Int { Self.setupSteps + zeros.output.rows * zeros.output.cols }

  func frame(at step: Int, focus: CellFocus?) -> Frame {
    let slide = step - Self.setupSteps
    var inserted = insertedPanel(step: step)
    var output = TransposedCaptions.outputPanel(zeros.output, step: slide, language: language)
    var captions = shared
    switch step {
    case 0:
      captions.append(Caption.zerosInput(input: input.size).text(in: language))
    case 1:
      let stretch = Caption.zerosStretch(
        stride: zeros.parameters.stride, input: input.size, stretched: zeros.stretched.size)
      captions.append(stretch.text(in: language))
    case 2:
      let pad = Caption.zerosPad(
        padding: zeros.directPadding, outputPadding: zeros.parameters.outputPadding,
        total: zeros.inserted.size)
      captions.append(pad.text(in: language))
    case 3:
      captions.append(Caption.zerosRotate.text(in: language))
      if symbolic {
        let row = Array(rotatedSymbols.prefix(kernel.cols)).map { $0?.text(ascii: false) ?? "" }
        captions.append(Caption.symbolic(.rotatedIndices(firstRow: row)).text(in: language))
      }
    default:
      let cell = Pair(slide / zeros.output.cols, slide % zeros.output.cols)
      let terms = zeros.convolution.terms(row: cell.h, col: cell.w)
      ConvWindow.mark(&inserted, taps: terms.map(\.padded))
      captions.append(productsCaption(cell, terms))
      let window = Caption.stride1Window(
        rows: terms.map(\.padded.h), cols: terms.map(\.padded.w))
      captions.append(window.text(in: language))
    }
    if let focus { applyFocus(focus, inserted: &inserted, output: &output, captions: &captions) }
    var rotated = Panel(
      name: "rotated", title: Caption.rotatedTitle.text(in: language),
      rows: zeros.rotatedKernel.rows,
      cols: zeros.rotatedKernel.cols,
      cells: zeros.rotatedKernel.storage.map {
        step >= 3 ? Cell(value: $0, role: .kernelTap) : Cell(value: nil, role: .outputPending)
      })
    var inputPanel = TransposedCaptions.inputPanel(input, current: nil, language: language)
    let kernelTitle =
      flip
      ? Caption.symbolic(.flippedKernelTitle(size: kernel.size, dilation: nil, spans: kernel.size))
      : Caption.kernelAsGivenTitle(size: kernel.size)
    var kernelPanel = TransposedCaptions.kernelPanel(kernel, title: kernelTitle.text(in: language))
    if symbolic {
      inputPanel.symbols = SymbolicProducts.grid("x", size: input.size)
      kernelPanel.symbols = SymbolicProducts.kernel(size: kernel.size, flipped: flip)
      rotated.symbols = rotatedSymbols
      output.symbols = SymbolicProducts.grid("y", size: zeros.output.size)
    }
    return Frame(
      scene: SceneKind.transposed.rawValue, index: step + 1, count: stepCount,
      panels: [inputPanel, inserted, kernelPanel, rotated, output],
      captions: captions)
  }

  /// Once the window slides, a step unmarks the last window on the inserted grid, marks the
  /// next, finishes one output cell and starts the next, and rewrites the products and the
  /// window's caption; every other panel and caption stays.
  func advance(_ frame: inout Frame, to step: Int) -> TouchedCells? {
    let slide = step - Self.setupSteps
    let output = zeros.output
    let kinds = zeros.kinds
    // The frame `frame(at:focus:)` made while sliding, without a pinned cell's caption.
    guard slide >= 1, frame.panels.count == 5,
      frame.panels[1].cells.count == kinds.storage.count,
      frame.panels[4].cells.count == output.storage.count,
      frame.captions.count == shared.count + 2
    else { return nil }
    let before = Pair((slide - 1) / output.cols, (slide - 1) % output.cols)
    let current = Pair(slide / output.cols, slide % output.cols)
    let oldTaps = zeros.convolution.terms(row: before.h, col: before.w).map(\.padded)
    let terms = zeros.convolution.terms(row: current.h, col: current.w)
    let taps = terms.map(\.padded)
    let insertedCells = ConvWindow.cells(of: oldTaps, taps, rows: kinds.rows, cols: kinds.cols)
    var touched = TouchedCells()
    touched.record([], panel: 0, of: frame)
    touched.record(insertedCells, panel: 1, of: frame)
    touched.record([], panel: 2, of: frame)
    touched.record([], panel: 3, of: frame)
    touched.record([slide - 1, slide], panel: 4, of: frame)
    // Only the old window's box differs from the unmarked grid of a sliding step.
    for index in insertedCells {
      frame.panels[1].cells[index] = Self.insertedCell(
        kinds.storage[index], value: zeros.inserted.storage[index], step: step)
    }
    ConvWindow.mark(&frame.panels[1], taps: taps)
    frame.panels[4].cells[slide - 1] = Cell(
      value: output.storage[slide - 1], role: .outputDone)
    frame.panels[4].cells[slide] = Cell(value: output.storage[slide], role: .outputCurrent)
    frame.captions[shared.count] = productsCaption(current, terms)
    frame.captions[shared.count + 1] = Caption.stride1Window(
      rows: terms.map(\.padded.h), cols: terms.map(\.padded.w)
    ).text(in: language)
    frame.index = step + 1
    return touched
  }

  /// The products of the output cell at `cell`, in numbers or symbols.
  private func productsCaption(_ cell: Pair, _ terms: [Term]) -> String {
    if symbolic {
      return SymbolicProducts.line(
        row: cell.h, col: cell.w, factors: factors(terms), language: language)
    }
    return Captions.products(
      "y", row: cell.h, col: cell.w, terms: terms.map { ($0.value, $0.weight) },
      total: zeros.output[cell.h, cell.w])
  }

  /// The rotated kernel's symbols: the 180° turn of the kernel that slides, named by the
  /// weights as given (a flipped kernel turned again is the kernel as given).
  private var rotatedSymbols: [CellSymbol?] {
    SymbolicProducts.kernel(size: kernel.size, flipped: !flip)
  }

  /// The inserted grid, revealed in stages: input cells, then inserted zeros, then padding.
  private func insertedPanel(step: Int) -> Panel {
    let kinds = zeros.kinds
    var cells: [Cell] = []
    cells.reserveCapacity(kinds.rows * kinds.cols)
    for index in kinds.storage.indices {
      cells.append(
        Self.insertedCell(kinds.storage[index], value: zeros.inserted.storage[index], step: step))
    }
    let title =
      step >= 2
      ? Caption.insertedTitle(size: kinds.size)
      : step == 0
        ? Caption.insertedInputOnlyTitle
        : Caption.insertedStretchedTitle(size: zeros.stretched.size)
    var panel = Panel(
      name: "inserted", title: title.text(in: language), rows: kinds.rows, cols: kinds.cols,
      cells: cells)
    if symbolic {
      // Which x lands where is the engine's: each cell's kind names its input cell.
      panel.symbols = kinds.storage.map { kind in
        guard case .input(let cell) = kind else { return .zero }
        return CellSymbol("x", row: cell.h, col: cell.w, in: (input.rows, input.cols))
      }
    }
    return panel
  }

  /// A cell of the inserted grid at `step`, before any window marks it.
  private static func insertedCell(_ kind: InsertedCellKind, value: Double, step: Int)
    -> Cell
  {
    switch kind {
    case .input:
      return Cell(value: value, role: .input)
    case .insertedZero:
      return step >= 1 ? Cell(value: value, role: .insertedZero) : Cell(value: nil, role: .blank)
    case .padding:
      return step >= 2 ? Cell(value: value, role: .padding) : Cell(value: nil, role: .blank)
    case .outputPadding:
      return step >= 2 ? Cell(value: value, role: .outputPadding) : Cell(value: nil, role: .blank)
    }
  }

  private func applyFocus(
    _ focus: CellFocus, inserted: inout Panel, output: inout Panel, captions: inout [String]
  ) {
    guard focus.panel == "output", zeros.output.contains(focus.row, focus.col) else { return }
    let factors: (([Term]) -> [SymbolicFactor])? = symbolic ? { terms in self.factors(terms) } : nil
    PinnedOutput.mark(
      focus, of: zeros.convolution, window: &inserted, output: &output, captions: &captions,
      language: language, symbols: factors)
  }
}
