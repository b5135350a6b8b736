import ConvArithmetic

/// The transposed convolution as zero insertion: stretch, pad, rotate, then a stride-1 window.
///
/// Steps: 1 the input; 2 the s−1 zeros inserted; 3 the padding d(k−1)−p and
/// output_padding; 4 the kernel turned by 180°; then one step per output cell.
struct TransposedZerosScene: SceneProgram {
  let zeros: ZeroInsertion
  let input: Matrix
  let kernel: Matrix
  let shared: [String]

  /// The steps before the window starts sliding.
  static let setupSteps = 4

  init(_ p: SceneParameters) throws(ConvError) {
    input = p.values.inputGrid(size: p.input)
    kernel = p.values.kernelGrid(size: p.kernel)
    zeros = try TransposedConvolution.zeroInsertion(
      input: input, kernel: kernel, parameters: p.convParameters)
    shared = TransposedCaptions.shared(zeros.parameters, directPadding: zeros.directPadding)
  }

  var stepCount: Int { Self.setupSteps + zeros.output.rows * zeros.output.cols }

  func frame(at step: Int, focus: CellFocus?) -> Frame {
    let slide = step - Self.setupSteps
    var inserted = insertedPanel(step: step)
    var output = TransposedCaptions.outputPanel(zeros.output, step: slide)
    var captions = shared
    switch step {
    case 0:
      captions.append(
        "Step 1: the input, \(Captions.size(input.size)), as the transposed convolution receives it."
      )
    case 1:
      captions.append(
        "Step 2: put s−1 zeros between neighbouring input cells (s = \(Captions.value(zeros.parameters.stride))): "
          + "\(Captions.size(input.size)) stretches to \(Captions.size(zeros.stretched.size)).")
    case 2:
      captions.append(paddingCaption())
    case 3:
      captions.append(
        "Step 4: turn the kernel by 180°; the stride-1 window uses the rotated kernel.")
    default:
      let cell = Pair(slide / zeros.output.cols, slide % zeros.output.cols)
      let terms = zeros.convolution.terms(row: cell.h, col: cell.w)
      ConvWindow.mark(&inserted, taps: terms.map(\.padded))
      captions.append(
        Captions.products(
          "y", row: cell.h, col: cell.w, terms: terms.map { ($0.value, $0.weight) },
          total: zeros.output[cell.h, cell.w]))
      captions.append(
        "stride-1 window on \(Captions.span("row", terms.map(\.padded.h))), "
          + "\(Captions.span("col", terms.map(\.padded.w))) of the inserted grid, with the rotated kernel"
      )
    }
    if let focus { applyFocus(focus, inserted: &inserted, output: &output, captions: &captions) }
    let rotated = Panel(
      name: "rotated", title: "rotated 180°", rows: zeros.rotatedKernel.rows,
      cols: zeros.rotatedKernel.cols,
      cells: zeros.rotatedKernel.storage.map {
        step >= 3 ? Cell(value: $0, role: .kernelTap) : Cell(value: nil, role: .outputPending)
      })
    return Frame(
      scene: SceneKind.transposed.rawValue, index: step + 1, count: stepCount,
      panels: [
        TransposedCaptions.inputPanel(input, current: nil), inserted,
        TransposedCaptions.kernelPanel(
          kernel, title: "kernel \(Captions.size(kernel.size)) (as given)"),
        rotated, output,
      ],
      captions: captions)
  }

  /// The inserted grid, revealed in stages: input cells, then inserted zeros, then padding.
  private func insertedPanel(step: Int) -> Panel {
    let kinds = zeros.kinds
    var cells: [Cell] = []
    cells.reserveCapacity(kinds.rows * kinds.cols)
    for index in kinds.storage.indices {
      let value = zeros.inserted.storage[index]
      switch kinds.storage[index] {
      case .input:
        cells.append(Cell(value: value, role: .input))
      case .insertedZero:
        cells.append(
          step >= 1 ? Cell(value: value, role: .insertedZero) : Cell(value: nil, role: .blank))
      case .padding:
        cells.append(
          step >= 2 ? Cell(value: value, role: .padding) : Cell(value: nil, role: .blank))
      case .outputPadding:
        cells.append(
          step >= 2 ? Cell(value: value, role: .outputPadding) : Cell(value: nil, role: .blank))
      }
    }
    let title =
      step >= 2
      ? "inserted \(Captions.size(kinds.size))"
      : "inserted (\(step == 0 ? "input only" : "stretched \(Captions.size(zeros.stretched.size))"))"
    return Panel(name: "inserted", title: title, rows: kinds.rows, cols: kinds.cols, cells: cells)
  }

  private func paddingCaption() -> String {
    let padding = zeros.directPadding
    let op = zeros.parameters.outputPadding
    var text = "Step 3: "
    if padding.h >= 0 && padding.w >= 0 {
      text += "pad by p′ = \(Captions.value(padding)) on each side"
    } else {
      text += "p′ = \(Captions.value(padding)) is negative, so crop instead of padding"
    }
    if op != Pair(0) {
      text += ", plus output_padding \(Captions.value(op)) at the bottom and right"
    }
    return text + ": \(Captions.size(zeros.inserted.size)) in all."
  }

  private func applyFocus(
    _ focus: CellFocus, inserted: inout Panel, output: inout Panel, captions: inout [String]
  ) {
    guard focus.panel == "output", zeros.output.contains(focus.row, focus.col) else { return }
    PinnedOutput.mark(
      focus, of: zeros.convolution, window: &inserted, output: &output, captions: &captions)
  }
}
