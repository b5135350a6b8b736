import ConvArithmetic
import ConvMessages

/// The transposed convolution as PyTorch defines it: each input cell stamps value × kernel
/// into the output, one input cell per step, with a count of overlapping stamps.
struct TransposedScatterScene: SceneProgram {
  let input: Matrix
  let kernel: Matrix
  let parameters: ConvParameters
  let crop: StampedCrop
  let shared: [String]
  let language: Language
  /// `--values symbolic`: cells and stamps in symbols.
  let symbolic: Bool
  /// `--flip`: the kernel flipped before it stamps (`kernel` is then flipped).
  let flip: Bool

  init(_ p: SceneParameters) throws(ConvError) {
    language = p.language
    input = p.values.inputGrid(size: p.input)
    symbolic = p.values.isSymbolic
    flip = p.flip
    let given = p.values.kernelGrid(size: p.kernel)
    kernel = flip ? KernelFlip.flipped(given) : given
    var parameters = p.convParameters
    parameters.input = input.size
    parameters.kernel = kernel.size
    self.parameters = parameters
    crop = TransposedConvolution.stampedCrop(parameters: parameters)
    // Validates, and gives p′ for the captions.
    let zeros = try TransposedConvolution.zeroInsertion(
      input: input, kernel: kernel, parameters: parameters)
    var shared = TransposedCaptions.shared(
      zeros.parameters, directPadding: zeros.directPadding, language: language)
    if flip { shared.append(Caption.symbolic(.trueTransposed).text(in: language)) }
    self.shared = shared
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
    let stamp = Caption.stamp(
      cell: cell,
      value: symbolic ? CellSymbol("x", [cell.h, cell.w]).bracketed : NumberText.format(value),
      rows: footprint.map(\.output.h),
      cols: footprint.map(\.output.w), step: step + 1, count: stepCount,
      restCropped: footprint.count < wholeStamp.count && !footprint.isEmpty)
    if symbolic, let first = footprint.first, let last = footprint.last {
      // Each stamp is x[i,j]·w[…]: the engine's footprint says which taps land.
      let name = { (tap: Pair) -> String in
        let weight = self.flip ? KernelFlip.source(of: tap, kernel: self.kernel.size) : tap
        return CellSymbol("x", [cell.h, cell.w]).bracketed + "·"
          + CellSymbol("w", [weight.h, weight.w]).bracketed
      }
      let products = Caption.symbolic(
        .stampSymbols(
          cell: cell, first: name(first.kernel), last: name(last.kernel), taps: footprint.count,
          rows: footprint.map(\.output.h), cols: footprint.map(\.output.w), step: step + 1,
          count: stepCount))
      captions.append(products.text(in: language))
    } else {
      captions.append(stamp.text(in: language))
    }
    captions.append(Caption.stampCounts(most: most).text(in: language))
    if let focus, focus.panel == "output", counts.contains(focus.row, focus.col) {
      let pinned = Caption.pinnedRunningSum(
        cell: Pair(focus.row, focus.col),
        value: NumberText.format(partial.output[focus.row, focus.col]),
        stamps: counts[focus.row, focus.col])
      captions.append(pinned.text(in: language))
      outputCells[focus.row * size.w + focus.col].highlighted = true
    }
    if let focus, focus.panel == "stamps", full.contains(focus.row, focus.col) {
      // The stamps panel counts on the full grid: name the cell there, and its output cell.
      stampCells[focus.row * full.cols + focus.col].highlighted = true
      let count = full[focus.row, focus.col]
      let pinned = Pair(focus.row, focus.col)
      if crop.isCropped(row: focus.row, col: focus.col) {
        captions.append(Caption.pinnedStampsCropped(cell: pinned, stamps: count).text(in: language))
      } else {
        let at = Pair(focus.row - crop.offset.h, focus.col - crop.offset.w)
        outputCells[at.h * size.w + at.w].highlighted = true
        let caption = Caption.pinnedStampsAt(cell: pinned, output: at, stamps: count)
        captions.append(caption.text(in: language))
      }
    }
    let uncropped = crop.full != crop.output
    var inputPanel = TransposedCaptions.inputPanel(input, current: step, language: language)
    let kernelTitle =
      flip
      ? Caption.symbolic(.flippedKernelTitle(size: kernel.size, dilation: nil, spans: kernel.size))
      : Caption.kernelTitle(size: kernel.size, dilation: nil, spans: kernel.size)
    var kernelPanel = TransposedCaptions.kernelPanel(kernel, title: kernelTitle.text(in: language))
    var outputPanel = Panel(
      name: "output", title: Caption.runningSumTitle(size: size).text(in: language),
      rows: size.h,
      cols: size.w,
      cells: outputCells)
    if symbolic {
      inputPanel.symbols = SymbolicProducts.grid("x", size: input.size)
      kernelPanel.symbols = SymbolicProducts.kernel(size: kernel.size, flipped: flip)
      outputPanel.symbols = SymbolicProducts.grid("y", size: size)
    }
    return Frame(
      scene: SceneKind.transposed.rawValue, index: step + 1, count: stepCount,
      panels: [
        inputPanel, kernelPanel, outputPanel,
        Panel(
          name: "stamps",
          title: Caption.stampsTitle(full: uncropped ? crop.full : nil).text(in: language),
          rows: full.rows, cols: full.cols, cells: stampCells),
      ],
      captions: captions)
  }

  /// `padding 1 crops the outer ring: 7×7 → 5×5`, with what output_padding gives back.
  private var cropCaption: String? {
    let p = parameters
    guard p.padding != Pair(0) || crop.full != crop.stamped else { return nil }
    let caption = Caption.crop(
      padding: p.padding, outputPadding: p.outputPadding, cropped: crop.croppedAtEnd,
      givenBack: crop.givenBack, added: crop.addedPastStamps, stamped: crop.stamped,
      output: crop.output)
    return caption.text(in: language)
  }
}
