import ConvArithmetic

/// The transposed convolution as PyTorch defines it: each input cell stamps value × kernel
/// into the output, one input cell per step, with a count of overlapping stamps.
struct TransposedScatterScene: SceneProgram {
  let input: Matrix
  let kernel: Matrix
  let parameters: ConvParameters
  let crop: StampedCrop
  let shared: [String]

  init(_ p: SceneParameters) throws(ConvError) {
    input = p.values.inputGrid(size: p.input)
    kernel = p.values.kernelGrid(size: p.kernel)
    var parameters = p.convParameters
    parameters.input = input.size
    parameters.kernel = kernel.size
    self.parameters = parameters
    crop = TransposedConvolution.stampedCrop(parameters: parameters)
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
    let whole = try! TransposedConvolution.scatterPartialUncropped(
      input: input, kernel: kernel, parameters: parameters, stamps: step + 1)
    let cell = Pair(step / input.cols, step % input.cols)
    let footprint = TransposedConvolution.footprint(
      inputRow: cell.h, col: cell.w, parameters: parameters)
    let stamped = Set(footprint.map(\.output))
    // The whole stamp, uncropped, sits at the footprint's taps on the full grid.
    let origin = Pair(cell.h * parameters.stride.h, cell.w * parameters.stride.w)
    let wholeStamp = Set(
      (0..<parameters.kernel.h).flatMap { ky in
        (0..<parameters.kernel.w).map { kx in
          Pair(origin.h + ky * parameters.dilation.h, origin.w + kx * parameters.dilation.w)
        }
      })
    let counts = partial.counts
    let most = whole.counts.storage.max() ?? 0

    var outputCells: [Cell] = []
    for r in 0..<counts.rows {
      for c in 0..<counts.cols {
        let count = counts[r, c]
        let role: CellRole =
          stamped.contains(Pair(r, c)) ? .outputCurrent : count > 0 ? .outputDone : .outputPending
        outputCells.append(Cell(value: count > 0 ? partial.output[r, c] : nil, role: role))
      }
    }
    var stampCells: [Cell] = []
    let full = whole.counts
    for r in 0..<full.rows {
      for c in 0..<full.cols {
        let count = full[r, c]
        let role: CellRole =
          wholeStamp.contains(Pair(r, c))
          ? .outputCurrent : crop.isCropped(row: r, col: c) ? .cropped : .heat
        stampCells.append(
          Cell(
            value: Double(count), role: role,
            heat: most > 0 ? Double(count) / Double(most) : 0))
      }
    }
    let size = partial.output.size
    var captions = shared
    if let cropLine = cropCaption { captions.append(cropLine) }
    let value = input[cell.h, cell.w]
    let onto =
      footprint.isEmpty
      ? "only onto the cropped ring, so no output cell changes"
      : "onto output \(Captions.span("row", footprint.map(\.output.h))), "
        + "\(Captions.span("col", footprint.map(\.output.w)))"
    let rest =
      footprint.count < wholeStamp.count && !footprint.isEmpty ? "; the rest of it is cropped" : ""
    captions.append(
      "x[\(cell.h),\(cell.w)] = \(NumberText.format(value)) adds \(NumberText.format(value)) × kernel \(onto) "
        + "(stamp \(step + 1) of \(stepCount)\(rest)).")
    captions.append(
      "The stamps panel counts the stamps that reached each cell so far (most: \(most)); "
        + "uneven counts are where checkerboard artifacts come from.")
    if let focus, focus.panel == "output", counts.contains(focus.row, focus.col) {
      captions.append(
        "pinned y[\(focus.row),\(focus.col)] = \(NumberText.format(partial.output[focus.row, focus.col])) "
          + "after \(counts[focus.row, focus.col]) stamp\(counts[focus.row, focus.col] == 1 ? "" : "s")"
      )
      outputCells[focus.row * size.w + focus.col].highlighted = true
    }
    if let focus, focus.panel == "stamps", full.contains(focus.row, focus.col) {
      // The stamps panel counts on the full grid: name the cell there, and its output cell.
      stampCells[focus.row * full.cols + focus.col].highlighted = true
      let count = full[focus.row, focus.col]
      let stamps = "\(count) stamp\(count == 1 ? "" : "s") so far"
      let name = "pinned stamps [\(focus.row),\(focus.col)]"
      if crop.isCropped(row: focus.row, col: focus.col) {
        captions.append("\(name): \(stamps), but padding crops it: no output cell.")
      } else {
        let at = Pair(focus.row - crop.offset.h, focus.col - crop.offset.w)
        outputCells[at.h * size.w + at.w].highlighted = true
        captions.append("\(name) is output y[\(at.h),\(at.w)]: \(stamps).")
      }
    }
    let uncropped = crop.full != crop.output
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
          name: "stamps",
          title: uncropped ? "stamps per cell, all \(Captions.size(crop.full))" : "stamps per cell",
          rows: full.rows, cols: full.cols, cells: stampCells),
      ],
      captions: captions)
  }

  /// `padding 1 crops the outer ring: 7×7 → 5×5`, with what output_padding gives back.
  private var cropCaption: String? {
    let p = parameters
    guard p.padding != Pair(0) || crop.full != crop.stamped else { return nil }
    let after = crop.croppedAfter
    let pad = Captions.value(p.padding)
    let op = Captions.value(p.outputPadding)
    var text: String
    if p.padding == Pair(0) {
      text =
        "output_padding \(op) adds \(amount(after.map { max(0, -$0) })) past the stamps at the bottom and right"
    } else if after == p.padding {
      text =
        p.padding == Pair(1)
        ? "padding 1 crops the outer ring"
        : "padding \(pad) crops \(amount(p.padding)) from each side"
    } else {
      let back = Pair.zip(p.padding, after) { $0 - max(0, $1) }
      text =
        "padding \(pad) crops \(amount(p.padding)) at the top and left and "
        + "\(amount(after.map { max(0, $0) })) at the bottom and right, where output_padding \(op) "
        + "gives \(amount(back)) back"
      if after.h < 0 || after.w < 0 {
        text += " and adds \(amount(after.map { max(0, -$0) })) past the stamps"
      }
    }
    return text
      + ": \(Captions.size(crop.stamped)) → \(Captions.size(crop.output))"
      + (p.padding == Pair(0) ? "." : "; the stamps panel shows the cropped cells as (n).")
  }

  /// `1`, or `1 row and 2 columns` when the axes differ.
  private func amount(_ pair: Pair) -> String {
    pair.isSquare
      ? "\(pair.h)"
      : "\(Captions.count(pair.h, "row")) and \(Captions.count(pair.w, "column"))"
  }
}
