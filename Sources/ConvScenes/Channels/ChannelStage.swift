import ConvArithmetic
import ConvMessages

/// One convolution across channels, run by the engine, with what its frames show.
///
/// A standard, grouped, pointwise or depthwise convolution is one stage; a separable one
/// is two (depthwise, then pointwise). Each output cell's per-channel partial sums are the
/// engine's single-channel convolutions of one input channel with one kernel slice.
struct ChannelStage {
  let source: Maps
  let sourceKind: MapKind
  let weights: Weights
  let kernelKind: KernelKind
  let groups: ChannelGroups
  let output: Maps
  let outputKind: MapKind
  /// `[o][j]`: input channel `groups.inputs(of: o)[j]` convolved with slice `[o][j]`.
  let partials: [[ConvolutionResult]]
  /// The padded source channels before any window is marked.
  let sourcePanels: [Panel]

  init(
    source: Maps, sourceKind: MapKind, weights: Weights, kernelKind: KernelKind, groups: Int,
    spatial: ConvParameters, outputKind: MapKind, language: Language, symbolic: Bool = false
  ) throws(ConvError) {
    self.source = source
    self.sourceKind = sourceKind
    self.weights = weights
    self.kernelKind = kernelKind
    self.outputKind = outputKind
    let grouping = try ChannelGroups(
      inChannels: source.channels, outChannels: weights.outer, groups: groups)
    self.groups = grouping
    output = try ChannelConvolution.conv2d(
      source, weights, groups: groups, stride: spatial.stride, padding: spatial.padding,
      dilation: spatial.dilation)
    var parameters = spatial
    parameters.input = source.size
    parameters.kernel = weights.kernel
    var partials: [[ConvolutionResult]] = []
    for o in 0..<weights.outer {
      var row: [ConvolutionResult] = []
      for (j, c) in grouping.inputs(of: o).enumerated() {
        row.append(
          try Convolution.forward(
            input: source.channel(c), kernel: weights.slice(o, j), parameters: parameters))
      }
      partials.append(row)
    }
    self.partials = partials
    sourcePanels = (0..<source.channels).map { c in
      var panel = Self.sourcePanel(partials, c, grouping, sourceKind, language)
      if symbolic {
        // The panel's title names the channel; a cell names its row and column, padding 0.
        let p = parameters
        let letter = ChannelScene.symbol(sourceKind)
        panel.symbols = (0..<panel.rows).flatMap { r in
          (0..<panel.cols).map { col -> CellSymbol? in
            let (ir, ic) = (r - p.padding.h, col - p.padding.w)
            guard ir >= 0 && ir < p.input.h && ic >= 0 && ic < p.input.w else { return .zero }
            return CellSymbol(letter, row: ir, col: ic, in: (p.input.h, p.input.w))
          }
        }
      }
      return panel
    }
  }

  var cells: Int { output.size.area }
  var stepCount: Int { output.channels * cells }

  /// The padded channel `c`: padding cells hold 0, the rest the channel's values.
  private static func sourcePanel(
    _ partials: [[ConvolutionResult]], _ c: Int, _ groups: ChannelGroups, _ kind: MapKind,
    _ language: Language
  ) -> Panel {
    // Any output channel reading c has c's result; its padded input is c, padded.
    let o = (0..<groups.outChannels).first { groups.inputs(of: $0).contains(c) } ?? 0
    let result = partials[o][c - groups.inputs(of: o).lowerBound]
    let p = result.parameters
    let padded = result.paddedInput
    var cells: [Cell] = []
    cells.reserveCapacity(padded.rows * padded.cols)
    for r in 0..<padded.rows {
      for col in 0..<padded.cols {
        let inside = result.input.contains(r - p.padding.h, col - p.padding.w)
        cells.append(Cell(value: padded[r, col], role: inside ? .input : .padding))
      }
    }
    let title: Caption
    if kind == .input {
      title = .channels(
        .inputTitle(
          channel: c, size: p.input, paddedTo: p.padding == Pair(0) ? nil : p.paddedInput))
    } else {
      title = .channels(.mapTitle(kind: kind, channel: c, size: p.input))
    }
    return Panel(
      name: "\(kind.panelName)[\(c)]", title: title.text(in: language), rows: padded.rows,
      cols: padded.cols, cells: cells)
  }
}

extension MapKind {
  /// The panel name prefix of a map of this kind (`input`, `conv_bn`, …).
  var panelName: String {
    switch self {
    case .input: return "input"
    case .output: return "output"
    case .depthwise: return "depthwise"
    case .conv: return "conv"
    case .convBN: return "conv_bn"
    case .folded: return "folded"
    }
  }
}

extension KernelKind {
  /// The panel name prefix of a kernel of this kind.
  var panelName: String {
    switch self {
    case .weights, .pointwise: return "kernel"
    case .depthwise: return "depthwise_kernel"
    case .folded: return "folded_kernel"
    }
  }
}
