import ConvArithmetic

extension EnglishCatalogue {
  func symbolicCaption(_ caption: SymbolicCaption) -> String {
    switch caption {
    case .moreTerms(let count): return "+ … (\(count) more)"
    case .flippedKernelTitle(let kernel, let dilation, let spans):
      return captionText(.kernelTitle(size: kernel, dilation: dilation, spans: spans))
        + ", flipped 180°"
    case .trueConvolution:
      return "true convolution: kernel flipped 180°; PyTorch's conv2d is cross-correlation"
    case .trueTransposed:
      return "true convolution: kernel flipped 180° first; conv_transpose2d does not flip it"
    case .symbolsKey:
      return "symbols: x input, w kernel, y output; x₁₂ is row 1, column 2"
    case .rotatedIndices(let firstRow):
      return
        "the rotated kernel's first row is \(firstRow.joined(separator: " ")): its indices run backwards, the 180° turn"
    case .stampSymbols(
      let cell, let first, let last, let taps, let rows, let cols, let step, let count):
      let products = taps == 1 ? first : "\(first) … \(last)"
      return
        "x[\(cell.h),\(cell.w)] adds \(products) onto output \(span("row", rows)), \(span("col", cols)) (stamp \(step) of \(count))"
    }
  }

  func symbolicProblem(_ problem: SymbolicProblem) -> String {
    switch problem {
    case .symbolicScene(let scene, let scenes):
      return
        "The \(scene) scene needs numbers; --values symbolic works in \(list(scenes))."
    case .flipScene(let scene, let scenes):
      return "No kernel slides in the \(scene) scene; --flip works in \(list(scenes))."
    case .pytorchSymbolic:
      return
        "A PyTorch script needs numbers; use --values ramp, ones or random:SEED with --format pytorch."
    case .compareTakesNeither:
      return
        "The comparison with dilation takes neither --values symbolic nor --flip; leave them out or leave out --compare."
    }
  }

  func symbolicStatus(_ status: SymbolicStatus) -> String {
    switch status {
    case .symbols(let on): return on ? "symbols instead of numbers" : "numbers again (values: ramp)"
    case .flip(let on):
      return on
        ? "true convolution: the kernel flipped 180°" : "cross-correlation, as PyTorch's conv2d"
    }
  }
}
