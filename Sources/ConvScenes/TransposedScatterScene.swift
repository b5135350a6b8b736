import ConvArithmetic

/// The transposed convolution as PyTorch defines it: each input cell stamps value × kernel
/// into the output, one input cell per step, with a count of overlapping stamps.
struct TransposedScatterScene: SceneProgram {
  let input: Matrix
  let kernel: Matrix
  let parameters: ConvParameters
  let shared: [String]

  init(_ p: SceneParameters) throws(ConvError) {
    input = p.values.inputGrid(size: p.input)
    kernel = p.values.kernelGrid(size: p.kernel)
    var parameters = p.convParameters
    parameters.input = input.size
    parameters.kernel = kernel.size
    self.parameters = parameters
    // Validates, and gives p′ for the captions.
    let zeros = try TransposedConvolution.zeroInsertion(
      input: input, kernel: kernel, parameters: parameters)
    shared = TransposedCaptions.shared(zeros.parameters, directPadding: zeros.directPadding)
  }

  var stepCount: Int { input.rows * input.cols }

  func frame(at step: Int, focus: CellFocus?) -> Frame {
    // Parameters were validated in init, so the engine cannot refuse them here.
    let partial = try! TransposedConvolution.scatterPartial(
      input: input, kernel: kernel, parameters: parameters, stamps: step + 1)
    let cell = Pair(step / input.cols, step % input.cols)
    let footprint = TransposedConvolution.footprint(
      inputRow: cell.h, col: cell.w, parameters: parameters)
    let stamped = Set(footprint.map(\.output))
    let counts = partial.counts
    let most = counts.storage.max() ?? 0

    var outputCells: [Cell] = []
    var stampCells: [Cell] = []
    for r in 0..<counts.rows {
      for c in 0..<counts.cols {
        let count = counts[r, c]
        let role: CellRole =
          stamped.contains(Pair(r, c)) ? .outputCurrent : count > 0 ? .outputDone : .outputPending
        outputCells.append(Cell(value: count > 0 ? partial.output[r, c] : nil, role: role))
        stampCells.append(
          Cell(
            value: Double(count), role: stamped.contains(Pair(r, c)) ? .outputCurrent : .heat,
            heat: most > 0 ? Double(count) / Double(most) : 0))
      }
    }
    let size = partial.output.size
    var captions = shared
    let value = input[cell.h, cell.w]
    captions.append(
      "x[\(cell.h),\(cell.w)] = \(NumberText.format(value)) adds \(NumberText.format(value)) × kernel onto output "
        + "\(Captions.span("row", footprint.map(\.output.h))), \(Captions.span("col", footprint.map(\.output.w))) "
        + "(stamp \(step + 1) of \(stepCount)).")
    captions.append(
      "The stamps panel counts the stamps that reached each output cell so far (most: \(most)); "
        + "uneven counts are where checkerboard artifacts come from.")
    if let focus, focus.panel == "output", counts.contains(focus.row, focus.col) {
      captions.append(
        "pinned y[\(focus.row),\(focus.col)] = \(NumberText.format(partial.output[focus.row, focus.col])) "
          + "after \(counts[focus.row, focus.col]) stamp\(counts[focus.row, focus.col] == 1 ? "" : "s")"
      )
      outputCells[focus.row * size.w + focus.col].highlighted = true
    }
    return Frame(
      scene: SceneKind.transposed.rawValue, index: step + 1, count: stepCount,
      panels: [
        TransposedCaptions.inputPanel(input, current: step),
        TransposedCaptions.kernelPanel(kernel, title: "kernel \(Captions.size(kernel.size))"),
        Panel(
          name: "output", title: "output \(Captions.size(size)) (running sum)", rows: size.h,
          cols: size.w,
          cells: outputCells),
        Panel(
          name: "stamps", title: "stamps per cell", rows: size.h, cols: size.w, cells: stampCells),
      ],
      captions: captions)
  }
}
