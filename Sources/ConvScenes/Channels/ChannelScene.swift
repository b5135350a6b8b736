import ConvArithmetic
import ConvMessages

/// Convolution across channels: one output channel at a time, and within it the sliding window.
///
/// Each step is one output cell of one output channel. The input channels that channel reads
/// carry the window; its kernel slices are shown; the caption sums the per-channel partial
/// sums. A separable convolution plays its depthwise stage, then its pointwise stage.
struct ChannelScene: SceneProgram {
  let plan: ChannelPlan
  let stages: [ChannelStage]
  let page: Int?
  let language: Language
  /// The lines every frame shares: the connections and costs panels, the costs caption.
  private let costsPanel: Panel
  private let costsCaption: String
  /// `--flip`: every kernel slice turned by 180° before it slides.
  private let flip: Bool
  /// `--values symbolic`: maps and kernels as symbols, the partial sums as products.
  private let symbolic: Bool
  /// Per stage, the panels that stay as they are while a step moves on, made once rather
  /// than at every frame (a 16×16 map of 8 channels has 2,048 frames).
  private var made: [StagePanels] = []

  /// A stage's kernel slices (`[o][j]`), and each output map with every cell done and with
  /// every cell pending.
  private struct StagePanels {
    var kernels: [[Panel]]
    var done: [Panel]
    var pending: [Panel]
  }

  init(_ p: SceneParameters) throws(ConvError) {
    plan = ChannelPlan(p)
    page = p.channels.page
    language = p.language
    let input = ChannelValues.input(p.values, channels: plan.inChannels, size: plan.spatial.input)
    let kernelKind: KernelKind = plan.mode == .separable ? .depthwise : .weights
    let weights = ChannelValues.weights(
      p.values, outer: plan.middle, inner: plan.inChannels / max(plan.groups, 1),
      kernel: plan.spatial.kernel)
    // A 1×1 kernel is its own flip: only the spatial stage slides a kernel that turns.
    flip = p.flip
    symbolic = p.values.isSymbolic
    let first = try ChannelStage(
      source: input, sourceKind: .input,
      weights: p.flip ? KernelFlip.flipped(weights) : weights,
      kernelKind: kernelKind, groups: plan.groups, spatial: plan.spatial,
      outputKind: plan.mode == .separable ? .depthwise : .output, language: p.language,
      symbolic: p.values.isSymbolic)
    var stages = [first]
    if plan.mode == .separable {
      stages.append(
        try ChannelStage(
          source: first.output, sourceKind: .depthwise,
          weights: ChannelValues.weights(
            p.values, outer: plan.outChannels, inner: plan.middle, kernel: Pair(1), salt: 1),
          kernelKind: .pointwise, groups: 1,
          spatial: ConvParameters(input: first.output.size, kernel: Pair(1)),
          outputKind: .output, language: p.language, symbolic: p.values.isSymbolic))
    }
    self.stages = stages
    let costs = plan.costs
    costsPanel = Self.costsPanel(costs, language: p.language)
    costsCaption = Caption.channels(
      .costs(
        outChannels: costs.outChannels, kernel: costs.kernel, multiplier: costs.multiplier,
        standard: costs.standard.parameters, separable: costs.separable.parameters,
        ratio: NumberText.format(costs.ratio), fewer: NumberText.format(costs.fewer, decimals: 1))
    ).text(in: p.language)
    made = stages.map { stage in
      StagePanels(
        kernels: (0..<stage.output.channels).map { o in
          (0..<stage.groups.inputs(of: o).count).map { j in kernelPanel(stage, output: o, slice: j)
          }
        },
        done: (0..<stage.output.channels).map { q in
          outputPanel(stage, channel: q, current: q + 1, index: 0)
        },
        pending: (0..<stage.output.channels).map { q in
          outputPanel(stage, channel: q, current: q - 1, index: 0)
        })
    }
  }

  var stepCount: Int { stages.reduce(0) { $0 + $1.stepCount } }

  func frame(at step: Int, focus: CellFocus?) -> Frame {
    var local = step
    var phase = 0
    while phase < stages.count - 1 && local >= stages[phase].stepCount {
      local -= stages[phase].stepCount
      phase += 1
    }
    let stage = stages[phase]
    let o = local / max(stage.cells, 1)
    let index = local % max(stage.cells, 1)
    let cell = Pair(index / stage.output.cols, index % stage.output.cols)
    let reads = stage.groups.inputs(of: o)
    let pageSize = Limits.Channels.page
    let sourcePages = (stage.source.channels + pageSize - 1) / pageSize
    let sourcePage = min(page ?? (reads.lowerBound / pageSize), sourcePages - 1)
    let shownSources =
      (sourcePage * pageSize)..<min(stage.source.channels, (sourcePage + 1) * pageSize)
    let outputPage = o / pageSize
    let shownOutputs =
      (outputPage * pageSize)..<min(stage.output.channels, (outputPage + 1) * pageSize)

    var panels: [Panel] = []
    let taps = stage.partials[o][0].terms(row: cell.h, col: cell.w).map(\.padded)
    for c in shownSources {
      var panel = stage.sourcePanels[c]
      if reads.contains(c) { ConvWindow.mark(&panel, taps: taps) }
      panels.append(panel)
    }
    let made = self.made[phase]
    for (j, c) in reads.enumerated() where shownSources.contains(c) {
      panels.append(made.kernels[o][j])
    }
    for q in shownOutputs {
      if q == o {
        // The done cells up to the current one, the current one, then the pending ones.
        var panel = made.pending[q]
        var cells: [Cell] = []
        cells.reserveCapacity(panel.cells.count)
        cells += made.done[q].cells[..<index]
        cells.append(Cell(value: made.done[q].cells[index].value, role: .outputCurrent))
        cells += panel.cells[(index + 1)...]
        panel.cells = cells
        panels.append(panel)
      } else {
        panels.append(q < o ? made.done[q] : made.pending[q])
      }
    }
    panels.append(connectionsPanel(stage.groups, current: o))
    panels.append(costsPanel)

    var captions: [String] = []
    if plan.mode == .separable {
      captions.append(
        Caption.channels(
          .separablePhase(
            phase: phase + 1, inChannels: plan.inChannels, middle: plan.middle,
            outChannels: plan.outChannels)
        ).text(in: language))
    }
    captions.append(formula(stage, output: o, reads: reads))
    let name: ChannelModeName =
      plan.mode == .separable ? (phase == 0 ? .depthwise : .separable) : plan.name
    captions.append(
      Caption.channels(
        .reads(
          mode: name, output: o, inputs: Array(reads), inChannels: stage.source.channels,
          groups: stage.groups.groups, multiplier: plan.multiplier)
      ).text(in: language))
    if symbolic {
      captions.append(symbolicSum(stage, output: o, reads: reads, cell: cell))
    } else {
      captions.append(
        Caption.channels(
          .partialSums(
            map: stage.outputKind, source: stage.sourceKind, output: o, cell: cell,
            channels: Array(reads),
            values: stage.partials[o].map { NumberText.format($0.output[cell.h, cell.w]) },
            total: NumberText.format(stage.output[o, cell.h, cell.w]))
        ).text(in: language))
    }
    captions.append(costsCaption)
    if flip { captions.append(Caption.symbolic(.trueConvolution).text(in: language)) }
    var ranges: [ChannelRange] = []
    for (kind, shown, count) in [
      (stage.sourceKind, shownSources, stage.source.channels),
      (stage.outputKind, shownOutputs, stage.output.channels),
    ] where count > pageSize {
      ranges.append(
        ChannelRange(kind: kind, first: shown.lowerBound, last: shown.upperBound - 1, count: count))
    }
    if !ranges.isEmpty {
      captions.append(Caption.channels(.page(ranges)).text(in: language))
    }
    return Frame(
      scene: SceneKind.channels.rawValue, index: step + 1, count: stepCount, panels: panels,
      captions: captions)
  }

  /// `y[1] = x[0]⋆w[1][0] + x[1]⋆w[1][1]`, with the middle left out when many channels are read.
  private func formula(_ stage: ChannelStage, output o: Int, reads: Range<Int>) -> String {
    let y = Self.symbol(stage.outputKind)
    let x = Self.symbol(stage.sourceKind)
    let w = stage.kernelKind == .depthwise ? "dw" : stage.kernelKind == .pointwise ? "pw" : "w"
    let terms = reads.enumerated().map { j, c in "\(x)[\(c)]⋆\(w)[\(o)][\(j)]" }
    let shown = terms.count > 3 ? [terms[0], "…", terms[terms.count - 1]] : terms
    return "\(y)[\(o)] = " + shown.joined(separator: " + ")
  }

  /// `w`, `dw` or `pw`: the letter of a stage's kernel in formulas and symbols.
  static func kernelLetter(_ stage: ChannelStage) -> String {
    stage.kernelKind == .depthwise ? "dw" : stage.kernelKind == .pointwise ? "pw" : "w"
  }

  /// `y[0][0,1] = x[0][0,0]·w[0][0][1,1] + …`: every product of every channel read, from
  /// the engine's per-channel terms (the weight as given, mirrored back when flipped).
  private func symbolicSum(
    _ stage: ChannelStage, output o: Int, reads: Range<Int>, cell: Pair
  ) -> String {
    let y = Self.symbol(stage.outputKind)
    let x = Self.symbol(stage.sourceKind)
    let w = Self.kernelLetter(stage)
    var parts: [String] = []
    for (j, c) in reads.enumerated() {
      for term in stage.partials[o][j].terms(row: cell.h, col: cell.w) {
        guard let input = term.input else { continue }
        let tap =
          flip ? KernelFlip.source(of: term.kernel, kernel: stage.weights.kernel) : term.kernel
        parts.append(
          "\(x)[\(c)]" + CellSymbol("", [input.h, input.w]).bracketed + "·\(w)[\(o)][\(j)]"
            + CellSymbol("", [tap.h, tap.w]).bracketed)
      }
    }
    let head = "\(y)[\(o)]" + CellSymbol("", [cell.h, cell.w]).bracketed + " = "
    return parts.isEmpty
      ? head + "0" : SymbolicProducts.cut(head: head, parts: parts, language: language)
  }

  static func symbol(_ kind: MapKind) -> String {
    switch kind {
    case .input: return "x"
    case .output: return "y"
    case .depthwise: return "d"
    case .conv, .convBN, .folded: return kind.panelName
    }
  }

  /// Slice `j` of output channel `o`'s kernel.
  private func kernelPanel(_ stage: ChannelStage, output o: Int, slice j: Int) -> Panel {
    let slice = stage.weights.slice(o, j)
    let c = stage.groups.inputs(of: o).lowerBound + j
    let title = Caption.channels(
      .kernelTitle(kind: stage.kernelKind, output: o, slice: j, reads: c, size: slice.size))
    var kernelPanel = Panel(
      name: "\(stage.kernelKind.panelName)[\(o)][\(j)]", title: title.text(in: language),
      rows: slice.rows, cols: slice.cols,
      cells: slice.storage.map { Cell(value: $0, role: .kernelTap) })
    if symbolic {
      kernelPanel.symbols = SymbolicProducts.kernel(size: slice.size, flipped: flip)
        .map { $0.map { CellSymbol(Self.kernelLetter(stage), $0.indices) } }
    }
    return kernelPanel
  }

  /// Channels before `current` are done; `current` fills in cell by cell; later ones are pending.
  private func outputPanel(_ stage: ChannelStage, channel q: Int, current o: Int, index: Int)
    -> Panel
  {
    let size = stage.output.size
    var cells: [Cell] = []
    cells.reserveCapacity(size.area)
    let base = q * size.area
    for k in 0..<size.area {
      let done = q < o || (q == o && k < index)
      if done {
        cells.append(Cell(value: stage.output.storage[base + k], role: .outputDone))
      } else if q == o && k == index {
        cells.append(Cell(value: stage.output.storage[base + k], role: .outputCurrent))
      } else {
        cells.append(Cell(value: nil, role: .outputPending))
      }
    }
    let title = Caption.channels(.mapTitle(kind: stage.outputKind, channel: q, size: size))
    var panel = Panel(
      name: "\(stage.outputKind.panelName)[\(q)]", title: title.text(in: language), rows: size.h,
      cols: size.w, cells: cells)
    if symbolic { panel.symbols = SymbolicProducts.grid(Self.symbol(stage.outputKind), size: size) }
    return panel
  }

  /// `C_out × C_in`, 1 where output o reads input c; the current output's row stands out.
  private func connectionsPanel(_ groups: ChannelGroups, current: Int) -> Panel {
    var cells: [Cell] = []
    for (o, row) in groups.connections.enumerated() {
      for lit in row {
        let role: CellRole = lit ? (o == current ? .windowTap : .kernelTap) : .padding
        cells.append(Cell(value: lit ? 1 : 0, role: role))
      }
    }
    let title = Caption.channels(
      .connectionsTitle(outChannels: groups.outChannels, inChannels: groups.inChannels))
    return Panel(
      name: "connections", title: title.text(in: language), rows: groups.outChannels,
      cols: groups.inChannels, cells: cells)
  }

  /// The four kinds' weights and multiply-adds, as a labelled table.
  static func costsPanel(_ costs: ChannelCosts, language: Language) -> Panel {
    let rows = [costs.standard, costs.depthwise, costs.pointwise, costs.separable]
    var panel = Panel(
      name: "costs", title: Caption.channels(.costsTitle).text(in: language), rows: 4, cols: 2,
      cells: rows.flatMap {
        [
          Cell(value: Double($0.parameters), role: .outputDone),
          Cell(value: Double($0.multiplyAdds), role: .outputDone),
        ]
      })
    panel.rowLabels = ["standard", "depthwise", "pointwise", "separable"]
    panel.columnLabels = ["parameters", "multiply_adds"]
    return panel
  }
}
