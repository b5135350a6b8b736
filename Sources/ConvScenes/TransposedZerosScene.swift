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

/// A pinned output cell of a convolution: its receptive field lit on the grid the window
/// slides over, the cell itself lit, and its products as a caption.
enum PinnedOutput {
  static func mark(
    _ focus: CellFocus, of result: ConvolutionResult, window: inout Panel, output: inout Panel,
    captions: inout [String]
  ) {
    let terms = result.terms(row: focus.row, col: focus.col)
    for term in terms where term.padded.h < window.rows && term.padded.w < window.cols {
      window[term.padded.h, term.padded.w].highlighted = true
    }
    output[focus.row, focus.col].highlighted = true
    captions.append(
      "pinned "
        + Captions.products(
          "y", row: focus.row, col: focus.col, terms: terms.map { ($0.value, $0.weight) },
          total: result.output[focus.row, focus.col]))
  }
}

/// Marks a window's taps and the dilation holes between them on a panel.
enum ConvWindow {
  static func mark(_ panel: inout Panel, taps: [Pair]) {
    guard let top = taps.map(\.h).min(), let bottom = taps.map(\.h).max(),
      let left = taps.map(\.w).min(), let right = taps.map(\.w).max()
    else { return }
    let tapSet = Set(taps)
    for r in top...bottom where r >= 0 && r < panel.rows {
      for c in left...right where c >= 0 && c < panel.cols {
        let role = panel[r, c].role
        if tapSet.contains(Pair(r, c)) {
          panel[r, c].role = role.underWindow
        } else if role.underWindow == .windowTap {
          // A hole over a zero the window adds keeps that zero's glyph: only values are skipped.
          panel[r, c].role = .dilationHole
        }
      }
    }
  }
}

/// Panels and captions both transposed views share.
enum TransposedCaptions {
  /// The output-size formula, p′, and the direct convolution being transposed.
  static func shared(_ p: ConvParameters, directPadding: Pair) -> [String] {
    var lines = Captions.transposedOutputFormula(p)
    let square = Captions.allSquare([p.kernel, p.padding, p.dilation])
    lines += Captions.perAxis(
      "p′", square: square,
      { axis in
        let a = p.along(axis)
        return "d(k−1) − p = \(a.d)·(\(a.k)−1) − \(a.p)"
      }, result: { directPadding[$0] })
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
