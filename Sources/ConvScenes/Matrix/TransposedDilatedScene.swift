import ConvArithmetic
import ConvMessages

/// The transposed scene beside dilation (`--compare dilated`, key `b`): stride s puts s − 1
/// zeros between the input's cells, dilation d puts d − 1 holes between the kernel's taps.
///
/// One step: both grids, both outputs and both output-size formulas with numbers. The
/// dilation is the scene's own when it is above 1, else the stride's number, so that the
/// same number is seen spreading the input on one side and the kernel on the other.
struct TransposedDilatedScene: SceneProgram {
  let frame: Frame

  init(_ p: SceneParameters) throws(ConvError) {
    let language = p.language
    let sizes = p.convParameters
    let input = p.values.inputGrid(size: sizes.input)
    let kernel = p.values.kernelGrid(size: sizes.kernel)
    let zeros = try TransposedConvolution.zeroInsertion(
      input: input, kernel: kernel, parameters: sizes)
    let fromStride = sizes.dilation == Pair(1)
    let dilation = fromStride ? sizes.stride : sizes.dilation
    let spread = try DilatedKernel.spread(kernel, dilation: dilation)
    let dilatedSizes = ConvParameters(
      input: sizes.input, kernel: sizes.kernel, padding: sizes.padding, dilation: dilation)
    // A dilated kernel can outgrow the padded input where the transposed convolution is fine:
    // then the comparison says so, in the engine's words, instead of refusing both.
    let dilated: ConvolutionResult?
    let refusal: ConvError?
    do {
      dilated = try Convolution.forward(input: input, kernel: kernel, parameters: dilatedSizes)
      refusal = nil
    } catch {
      dilated = nil
      refusal = error
    }

    let stretched = Panel(
      name: "stretched",
      title: Caption.matrix(.stretchedTitle(size: zeros.stretched.size, stride: sizes.stride))
        .text(in: language),
      rows: zeros.stretched.rows, cols: zeros.stretched.cols,
      cells: (0..<zeros.stretched.storage.count).map { index in
        let (r, c) = (index / zeros.stretched.cols, index % zeros.stretched.cols)
        let onInput = r % sizes.stride.h == 0 && c % sizes.stride.w == 0
        return Cell(value: zeros.stretched.storage[index], role: onInput ? .input : .insertedZero)
      })
    let spreadPanel = Panel(
      name: "dilated",
      title: Caption.matrix(.dilatedTitle(size: spread.size, dilation: dilation)).text(
        in: language),
      rows: spread.rows, cols: spread.cols,
      cells: (0..<spread.storage.count).map { index in
        let (r, c) = (index / spread.cols, index % spread.cols)
        let tap = DilatedKernel.isTap(row: r, col: c, dilation: dilation)
        return Cell(value: spread.storage[index], role: tap ? .kernelTap : .dilationHole)
      })
    func grid(_ name: String, _ m: Matrix, _ title: MatrixCaption, _ role: CellRole) -> Panel {
      Panel(
        name: name, title: Caption.matrix(title).text(in: language), rows: m.rows, cols: m.cols,
        cells: m.storage.map { Cell(value: $0, role: role) })
    }
    var captions = [Caption.matrix(.strideVersusDilation).text(in: language)]
    captions.append(
      Caption.matrix(
        .strideInserts(stride: sizes.stride, input: sizes.input, stretched: zeros.stretched.size)
      ).text(in: language))
    captions += Captions.transposedOutputFormula(sizes)
    captions.append(
      Caption.matrix(
        .dilationInserts(
          dilation: dilation, kernel: sizes.kernel, spread: spread.size, fromStride: fromStride)
      ).text(in: language))
    if let refusal {
      captions.append(Message.engine(refusal).text(in: language))
    } else {
      captions += Captions.convOutputFormula(dilatedSizes)
    }
    var panels = [
      stretched, spreadPanel,
      TransposedCaptions.inputPanel(input, current: nil, language: language),
      TransposedCaptions.kernelPanel(
        kernel, title: Caption.kernelAsGivenTitle(size: kernel.size).text(in: language)),
      grid("output", zeros.output, .transposedOutputTitle(size: zeros.output.size), .outputDone),
    ]
    if let dilated {
      panels.append(
        grid(
          "dilated_output", dilated.output, .dilatedOutputTitle(size: dilated.output.size),
          .outputDone))
    }
    frame = Frame(
      scene: SceneKind.transposed.rawValue, index: 1, count: 1,
      // The two spread grids first, side by side, where a short screen keeps them.
      panels: panels, captions: captions)
  }

  var stepCount: Int { 1 }

  func frame(at step: Int, focus: CellFocus?) -> Frame { frame }
}
