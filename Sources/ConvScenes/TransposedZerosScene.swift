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

  /// The steps before the window starts sliding.
  static let setupSteps = 4

  init(_ p: SceneParameters) throws(ConvError) {
    input = p.values.inputGrid(size: p.input)
    kernel = p.values.kernelGrid(size: p.kernel)
    zeros = try TransposedConvolution.zeroInsertion(
      input: input, kernel: kernel, parameters: p.convParameters)
    language = p.language
    shared = TransposedCaptions.shared(
      zeros.parameters, directPadding: zeros.directPadding, language: language)
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
    default:
      let cell = Pair(slide / zeros.output.cols, slide % zeros.output.cols)
      let terms = zeros.convolution.terms(row: cell.h, col: cell.w)
      ConvWindow.mark(&inserted, taps: terms.map(\.padded))
      captions.append(
        Captions.products(
          "y", row: cell.h, col: cell.w, terms: terms.map { ($0.value, $0.weight) },
          total: zeros.output[cell.h, cell.w]))
      let window = Caption.stride1Window(
        rows: terms.map(\.padded.h), cols: terms.map(\.padded.w))
      captions.append(window.text(in: language))
    }
    if let focus { applyFocus(focus, inserted: &inserted, output: &output, captions: &captions) }
    let rotated = Panel(
      name: "rotated", title: Caption.rotatedTitle.text(in: language),
      rows: zeros.rotatedKernel.rows,
      cols: zeros.rotatedKernel.cols,
      cells: zeros.rotatedKernel.storage.map {
        step >= 3 ? Cell(value: $0, role: .kernelTap) : Cell(value: nil, role: .outputPending)
      })
    return Frame(
      scene: SceneKind.transposed.rawValue, index: step + 1, count: stepCount,
      panels: [
        TransposedCaptions.inputPanel(input, current: nil, language: language), inserted,
        TransposedCaptions.kernelPanel(
          kernel, title: Caption.kernelAsGivenTitle(size: kernel.size).text(in: language)),
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
      ? Caption.insertedTitle(size: kinds.size)
      : step == 0
        ? Caption.insertedInputOnlyTitle
        : Caption.insertedStretchedTitle(size: zeros.stretched.size)
    return Panel(
      name: "inserted", title: title.text(in: language), rows: kinds.rows, cols: kinds.cols,
      cells: cells)
  }

  private func applyFocus(
    _ focus: CellFocus, inserted: inout Panel, output: inout Panel, captions: inout [String]
  ) {
    guard focus.panel == "output", zeros.output.contains(focus.row, focus.col) else { return }
    PinnedOutput.mark(
      focus, of: zeros.convolution, window: &inserted, output: &output, captions: &captions,
      language: language)
  }
}
