import ConvArithmetic
import ConvMessages

/// Folding batch norm into the convolution before it, in seven steps with the numbers.
///
/// conv (with its bias) → batch norm per channel → the scale → the folded kernel → the folded
/// bias → one convolution with them → the largest difference from conv-then-BN. Every panel is
/// on every step; a panel not yet computed shows its cells pending.
struct BNFoldScene: SceneProgram {
  let plan: ChannelPlan
  let input: Maps
  let weights: Weights
  let convBias: [Double]?
  let statistics: BatchNormStatistics
  /// The convolution without and with its bias, then batch norm of the latter.
  let unbiased: Maps
  let conv: Maps
  let convBN: Maps
  let folded: (kernel: Weights, bias: [Double])
  let foldedOutput: Maps
  let difference: Double
  let groups: ChannelGroups
  let inputPanels: [Panel]
  let page: Int
  let language: Language

  static let steps = FoldStep.allCases.count

  init(_ p: SceneParameters) throws(ConvError) {
    plan = ChannelPlan(p)
    language = p.language
    let s = plan.spatial
    input = ChannelValues.input(p.values, channels: plan.inChannels, size: s.input)
    groups = try ChannelGroups(
      inChannels: plan.inChannels, outChannels: plan.outChannels, groups: plan.groups)
    weights = ChannelValues.weights(
      p.values, outer: plan.outChannels, inner: groups.inPerGroup, kernel: s.kernel)
    let (stats, bias) = p.channels.bnValues.statistics(
      channels: plan.outChannels, eps: p.channels.eps)
    statistics = stats
    convBias = bias
    let (x, g) = (input, plan.groups)
    func convolve(_ w: Weights, _ b: [Double]?) throws(ConvError) -> Maps {
      try ChannelConvolution.conv2d(
        x, w, bias: b, groups: g, stride: s.stride, padding: s.padding, dilation: s.dilation)
    }
    unbiased = try convolve(weights, nil)
    conv = try convolve(weights, bias)
    convBN = try BatchNorm.apply(conv, stats)
    folded = try BatchNorm.fold(kernel: weights, bias: bias, statistics: stats)
    foldedOutput = try convolve(folded.kernel, folded.bias)
    difference = convBN.maxAbsDifference(foldedOutput)
    let pageSize = Limits.Channels.page
    page = min(p.channels.page ?? 0, (max(plan.inChannels, plan.outChannels) - 1) / pageSize)
    var panels: [Panel] = []
    var padding = s
    padding.input = input.size
    for c in 0..<input.channels {
      let result = try Convolution.forward(
        input: input.channel(c), kernel: weights.slice(0, 0), parameters: padding)
      let padded = result.paddedInput
      var cells: [Cell] = []
      for r in 0..<padded.rows {
        for col in 0..<padded.cols {
          let inside = result.input.contains(r - s.padding.h, col - s.padding.w)
          cells.append(Cell(value: padded[r, col], role: inside ? .input : .padding))
        }
      }
      let title = Caption.channels(
        .inputTitle(
          channel: c, size: s.input, paddedTo: s.padding == Pair(0) ? nil : padded.size))
      panels.append(
        Panel(
          name: "input[\(c)]", title: title.text(in: p.language), rows: padded.rows,
          cols: padded.cols, cells: cells))
    }
    inputPanels = panels
  }

  var stepCount: Int { Self.steps }

  private func shown(_ count: Int) -> Range<Int> {
    let size = Limits.Channels.page
    return min(count, page * size)..<min(count, (page + 1) * size)
  }

  func frame(at step: Int, focus: CellFocus?) -> Frame {
    let foldStep = FoldStep(rawValue: step + 1) ?? .compare
    var panels: [Panel] = []
    let inputs = shown(plan.inChannels)
    let outputs = shown(plan.outChannels)
    panels += inputs.map { inputPanels[$0] }
    for o in outputs {
      for (j, c) in groups.inputs(of: o).enumerated() where inputs.contains(c) {
        panels.append(kernelPanel(weights, .weights, o, j, c, state: .done))
      }
    }
    for o in outputs {
      for (j, c) in groups.inputs(of: o).enumerated() where inputs.contains(c) {
        panels.append(
          kernelPanel(folded.kernel, .folded, o, j, c, state: state(foldStep, from: .foldKernel)))
      }
    }
    for o in outputs {
      panels.append(mapPanel(conv, .conv, o, state: state(foldStep, from: .convolve)))
    }
    for o in outputs {
      panels.append(mapPanel(convBN, .convBN, o, state: state(foldStep, from: .normalise)))
    }
    for o in outputs {
      panels.append(mapPanel(foldedOutput, .folded, o, state: state(foldStep, from: .foldedConv)))
    }
    panels.append(bnPanel(foldStep))
    return Frame(
      scene: SceneKind.bnfold.rawValue, index: step + 1, count: stepCount, panels: panels,
      captions: captions(foldStep, outputs: outputs))
  }

  /// Whether a panel computed at step `from` is pending, being computed, or done at `step`.
  private enum PanelState { case pending, current, done }

  private func state(_ step: FoldStep, from: FoldStep) -> PanelState {
    step.rawValue < from.rawValue ? .pending : step == from ? .current : .done
  }

  private func cell(_ value: Double, _ state: PanelState, given: Bool = false) -> Cell {
    switch state {
    case .pending: return Cell(value: nil, role: .outputPending)
    case .current: return Cell(value: value, role: .outputCurrent)
    case .done: return Cell(value: value, role: given ? .input : .outputDone)
    }
  }

  private func kernelPanel(
    _ w: Weights, _ kind: KernelKind, _ o: Int, _ j: Int, _ c: Int, state: PanelState
  ) -> Panel {
    let slice = w.slice(o, j)
    let title = Caption.channels(
      .kernelTitle(kind: kind, output: o, slice: j, reads: c, size: slice.size))
    let cells =
      kind == .weights
      ? slice.storage.map { Cell(value: $0, role: .kernelTap) }
      : slice.storage.map { cell($0, state) }
    return Panel(
      name: "\(kind.panelName)[\(o)][\(j)]", title: title.text(in: language), rows: slice.rows,
      cols: slice.cols, cells: cells)
  }

  private func mapPanel(_ maps: Maps, _ kind: MapKind, _ o: Int, state: PanelState) -> Panel {
    let grid = maps.channel(o)
    let title = Caption.channels(.mapTitle(kind: kind, channel: o, size: grid.size))
    return Panel(
      name: "\(kind.panelName)[\(o)]", title: title.text(in: language), rows: grid.rows,
      cols: grid.cols, cells: grid.storage.map { cell($0, state) })
  }

  /// Rows per output channel; the statistics are given, scale and folded bias computed.
  private func bnPanel(_ step: FoldStep) -> Panel {
    let scale = statistics.scale
    let shift = statistics.shift
    var cells: [Cell] = []
    for o in 0..<plan.outChannels {
      let given = [
        statistics.mean[o], statistics.variance[o], statistics.weight?[o] ?? 1, shift[o],
      ]
      cells += given.map { Cell(value: $0, role: .input) }
      cells.append(cell(scale[o], state(step, from: .scale)))
      cells.append(Cell(value: convBias?[o] ?? 0, role: .input))
      cells.append(cell(folded.bias[o], state(step, from: .foldBias)))
    }
    var panel = Panel(
      name: "bn", title: Caption.channels(.bnTitle).text(in: language), rows: plan.outChannels,
      cols: 7, cells: cells)
    panel.rowLabels = (0..<plan.outChannels).map { "\($0)" }
    panel.columnLabels = ["mean", "var", "weight", "bias", "scale", "conv_bias", "folded_bias"]
    return panel
  }

  private func format(_ value: Double) -> String { NumberText.format(value) }

  /// The step's sentence, then its arithmetic for up to three channels, at cell [0,0].
  private func captions(_ step: FoldStep, outputs: Range<Int>) -> [String] {
    var lines = [
      Caption.channels(.foldStep(step, step: step.rawValue, count: Self.steps)).text(
        in: language)
    ]
    let channels = outputs.prefix(3)
    let scale = statistics.scale
    let eps = format(statistics.eps)
    func sqrt(_ o: Int) -> String { "√(\(format(statistics.variance[o])) + \(eps))" }
    func weight(_ o: Int) -> String { NumberText.factor(statistics.weight?[o] ?? 1) }
    let shift = statistics.shift
    switch step {
    case .convolve:
      for o in channels {
        lines.append(
          "conv[\(o)][0,0] = \(format(unbiased[o, 0, 0])) + \(NumberText.factor(convBias?[o] ?? 0)) = \(format(conv[o, 0, 0]))"
        )
      }
    case .normalise:
      for o in channels {
        lines.append(
          "BN[\(o)][0,0] = (\(format(conv[o, 0, 0])) − \(NumberText.factor(statistics.mean[o])))/\(sqrt(o))·\(weight(o)) + \(NumberText.factor(shift[o])) = \(format(convBN[o, 0, 0]))"
        )
      }
    case .scale:
      for o in channels {
        lines.append("s[\(o)] = \(weight(o))/\(sqrt(o)) = \(format(scale[o]))")
      }
      lines.append(mistake())
    case .foldKernel:
      for o in channels {
        lines.append(
          "w′[\(o)][0][0,0] = \(NumberText.product(weights[o, 0, 0, 0], scale[o])) = \(format(folded.kernel[o, 0, 0, 0]))"
        )
      }
    case .foldBias:
      for o in channels {
        lines.append(
          "b′[\(o)] = \(format(shift[o])) + (\(format(convBias?[o] ?? 0)) − \(NumberText.factor(statistics.mean[o])))·\(NumberText.factor(scale[o])) = \(format(folded.bias[o]))"
        )
      }
      lines.append(
        Caption.channels(.biasAbsorbed(convBias: channels.map { format(convBias?[$0] ?? 0) }))
          .text(in: language))
    case .foldedConv:
      for o in channels {
        lines.append(
          "folded[\(o)][0,0] = \(format(foldedOutput[o, 0, 0])), BN[\(o)][0,0] = \(format(convBN[o, 0, 0]))"
        )
      }
    case .compare:
      let scale = convBN.largestMagnitude
      lines.append(
        Caption.channels(
          .foldDifference(
            largest: Self.small(difference),
            relative: Self.small(scale == 0 ? 0 : difference / scale))
        ).text(in: language))
      lines.append(mistake())
    }
    return lines
  }

  /// `1.1e-14`: a rounding difference in exponent form (0 as `0`).
  static func small(_ value: Double) -> String {
    value == 0 ? "0" : abs(value) < 1 ? DecimalText.exponent(value) : NumberText.format(value)
  }

  /// Channel 0 with the standard deviation fed in as the variance.
  private func mistake() -> String {
    let wrong = statistics.standardDeviationAsVariance
    let factor = wrong.scale[0] / statistics.scale[0]
    return Caption.channels(
      .stdMistake(
        channel: 0, variance: format(statistics.variance[0]), std: format(wrong.variance[0]),
        rightScale: format(statistics.scale[0]), wrongScale: format(wrong.scale[0]),
        factor: NumberText.format(factor, decimals: 2))
    ).text(in: language)
  }
}
