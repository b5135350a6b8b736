import ConvArithmetic
import ConvMessages

/// Checkerboards, layer by layer: how many kernel taps land on each cell after each
/// transposed convolution, each input cell stamping its kernel's footprint one step at a
/// time as the transposed scene's scatter view does (a large layer stamps at once), beside
/// the same upsampling done as a nearest resize then a stride-1 conv, even inside the border.
struct OverlapScene: SceneProgram {
  let stack: LayerStack
  let input: Pair
  /// Counts after each layer, and per axis which cells lie inside the border.
  let counts: [OverlapProfile]
  let interiors: [(height: [Bool], width: [Bool])]
  /// The resize-then-convolve stack's counts and interiors (layer l at index 2l + 1).
  let resized: [OverlapProfile]
  let resizedInteriors: [(height: [Bool], width: [Bool])]
  /// The steps: a layer and how many of its input cells have stamped (nil: all, drawn at once).
  let plan: [(layer: Int, stamps: Int?)]
  let language: Language

  /// A layer stamps one input cell per step when it has at most this many, on a grid drawn cell by cell.
  static let stampSteps = 64

  init(_ p: SceneParameters) throws(StackError) {
    language = p.language
    input = p.input
    stack = LayerStack(p.stack.layers)
    counts = try stack.overlapProfiles(input: input)
    interiors = try stack.interiors(input: input)
    let resize = stack.resizeThenConvolve
    resized = try resize.overlapProfiles(input: input)
    resizedInteriors = try resize.interiors(input: input)
    var plan: [(layer: Int, stamps: Int?)] = []
    for (index, layer) in stack.layers.enumerated() {
      let before = index == 0 ? input : counts[index - 1].size
      let after = counts[index].size
      let side = Limits.Scenes.stackMap
      if layer.kind == .deconv && before.area <= Self.stampSteps && after.h <= side
        && after.w <= side
      {
        plan += (1...before.area).map { (index, $0) }
      } else {
        plan.append((index, nil))
      }
    }
    self.plan = plan
  }

  var stepCount: Int { plan.count }

  func frame(at step: Int, focus: CellFocus?) -> Frame {
    let (index, stamps) = plan[step]
    let layer = stack.layers[index]
    let before = index == 0 ? input : counts[index - 1].size
    let after = counts[index]
    let spread = after.spread() ?? 0...0
    var captions = [
      Caption.stack(
        .overlapLayer(
          layer: index + 1, spec: StackScenes.spec(layer), input: before, output: after.size,
          low: NumberText.format(spread.lowerBound), high: NumberText.format(spread.upperBound))
      ).text(in: language)
    ]
    if layer.kind == .deconv {
      let divides = layer.kernel.h % layer.stride.h == 0 && layer.kernel.w % layer.stride.w == 0
      captions.append(
        Caption.stack(.divisible(kernel: layer.kernel, stride: layer.stride, divides: divides))
          .text(in: language))
    }
    captions.append(interiorLine(after, interiors[index]))

    let countsPanel: Panel
    let title = Caption.stack(.countsTitle(layer: index + 1, size: after.size, block: nil))
    if let stamps {
      // Validated in init: the same stack and input.
      let partial = try! stack.stampedOverlap(input: input, layer: index, stamps: stamps)
      let cell = Pair((stamps - 1) / before.w, (stamps - 1) % before.w)
      let footprint = stack.footprint(of: cell, layer: index, output: after.size)
      let most = spread.upperBound
      var cells: [Cell] = []
      for r in 0..<partial.rows {
        for c in 0..<partial.cols {
          let count = partial[r, c]
          let stamped = footprint.rows.contains(r) && footprint.cols.contains(c)
          cells.append(
            Cell(
              value: count, role: stamped ? .outputCurrent : count > 0 ? .heat : .outputPending,
              heat: most > 0 ? count / most : 0))
        }
      }
      countsPanel = Panel(
        name: "counts", title: title.text(in: language), rows: partial.rows, cols: partial.cols,
        cells: cells)
      captions.append(
        Caption.stack(
          .stampsAt(
            cell: cell, kernel: layer.kernel, rows: footprint.rows, cols: footprint.cols,
            step: stamps, count: before.area)
        ).text(in: language))
    } else {
      let (shown, block) = StackScenes.shown(after, .max)
      countsPanel = Panel(
        name: "counts",
        title: Caption.stack(.countsTitle(layer: index + 1, size: after.size, block: block)).text(
          in: language),
        rows: shown.height.count, cols: shown.width.count, cells: StackScenes.heatCells(shown))
      if layer.kind == .deconv {
        captions.append(Caption.stack(.allStamps(count: before.area)).text(in: language))
      }
      if let block {
        captions.append(Caption.stack(.scaled(block: block, largest: true)).text(in: language))
      }
    }

    let resizedCounts = resized[2 * index + 1]
    let (resizedShown, resizedBlock) = StackScenes.shown(resizedCounts, .max)
    if layer.kind == .deconv {
      let whole = resizedCounts.spread() ?? 0...0
      let inside = resizedCounts.spread(inside: resizedInteriors[2 * index + 1])
      captions.append(
        Caption.stack(
          .resizeConv(
            factor: layer.stride, kernel: layer.kernel, low: NumberText.format(whole.lowerBound),
            high: NumberText.format(whole.upperBound),
            uniform: inside.map { $0.lowerBound == $0.upperBound } ?? false)
        ).text(in: language))
    }
    var panels = [
      countsPanel,
      Panel(
        name: "resize_conv",
        title: Caption.stack(
          .resizeTitle(layer: index + 1, size: resizedCounts.size, block: resizedBlock)
        ).text(in: language),
        rows: resizedShown.height.count, cols: resizedShown.width.count,
        cells: StackScenes.heatCells(resizedShown)),
    ]
    if let focus, let at = panels.firstIndex(where: { $0.name == focus.panel }),
      focus.row < panels[at].rows, focus.col < panels[at].cols
    {
      panels[at][focus.row, focus.col].highlighted = true
    }
    return Frame(
      scene: SceneKind.overlap.rawValue, index: step + 1, count: stepCount, panels: panels,
      captions: captions)
  }

  /// "a uniform 4 inside the border", or the checkerboard's range, or no inside at all.
  func interiorLine(_ profile: OverlapProfile, _ inside: (height: [Bool], width: [Bool])) -> String
  {
    guard let spread = profile.spread(inside: inside) else {
      return Caption.stack(.noInterior).text(in: language)
    }
    return Caption.stack(
      .interior(
        low: NumberText.format(spread.lowerBound), high: NumberText.format(spread.upperBound))
    ).text(in: language)
  }
}
