import ConvArithmetic

extension EnglishCatalogue {
  /// What `convscope scenes` says the stack scenes teach.
  func stackSceneSummary(_ topic: SceneTopic) -> String {
    switch topic {
    case .receptive:
      return
        "a stack of layers traced back from one output cell: its receptive field, and how many paths reach each input cell"
    default:
      return
        "checkerboards: how many taps land on each cell after stacked deconvs, against resize then conv"
    }
  }

  /// The `receptive` and `overlap` scenes' titles and lines.
  func stackCaption(_ caption: StackCaption) -> String {
    func range(_ word: String, _ r: ClosedRange<Int>) -> String {
      r.count == 1 ? "\(word) \(r.lowerBound)" : "\(word)s \(r.lowerBound)–\(r.upperBound)"
    }
    func scaled(_ block: Pair?) -> String {
      block.map { ", 1 cell per \(size($0))" } ?? ""
    }
    func signed(_ n: Int) -> String { n < 0 ? "−\(-n)" : "\(n)" }
    switch caption {
    case .pathsTitle(let input, let cell, let block):
      return "input \(size(input)): paths to y[\(cell.h),\(cell.w)]\(scaled(block))"
    case .feedingTitle(let layer, let output, let block):
      return "layer \(layer) output \(size(output))\(scaled(block))"
    case .tableTitle:
      return "receptive field per layer"
    case .tableInputRow:
      return "input"
    case .traced(let cell, let layer, let output):
      return
        "tracing y[\(cell.h),\(cell.w)] of layer \(layer)'s \(size(output)) output back to the input, one layer per step"
    case .recurrence(
      let layer, let spec, let axis, let jumpBefore, let stride, let jump, let sizeBefore,
      let dilation, let kernel, let size, let firstBefore, let padding, let first):
      let suffix = axis.map { $0 == .height ? "_h" : "_w" } ?? ""
      let d = dilation == 1 ? "" : "\(dilation)·"
      return
        "layer \(layer) (\(spec))\(axis.map { $0 == .height ? ", rows" : ", cols" } ?? ""): "
        + "j\(suffix) = \(jumpBefore)·\(stride) = \(jump), "
        + "r\(suffix) = \(sizeBefore) + \(d)(\(kernel)−1)·\(jumpBefore) = \(size), "
        + "first\(suffix) = \(signed(firstBefore)) − \(padding)·\(jumpBefore) = \(signed(first))"
    case .feeding(let layer, let rows, let cols, let cells):
      return
        "layer \(layer)'s output: \(range("row", rows)), \(range("col", cols)) feed it (\(plural(cells, "cell")) with a path)"
    case .field(let cell, let rows, let cols, let field):
      return
        "y[\(cell.h),\(cell.w)] sees input rows \(signed(rows.lowerBound)) to \(rows.upperBound), cols \(signed(cols.lowerBound)) to \(cols.upperBound): a \(size(field)) field"
    case .intoPadding(let top, let bottom, let left, let right):
      var parts: [String] = []
      if top > 0 { parts.append("\(plural(top, "row")) above") }
      if bottom > 0 { parts.append("\(plural(bottom, "row")) below") }
      if left > 0 { parts.append("\(plural(left, "column")) left") }
      if right > 0 { parts.append("\(plural(right, "column")) right") }
      return "it reaches into the zero padding: \(list(parts))"
    case .insideInput:
      return "it stays inside the input: no padding reaches it"
    case .covers(let cells, let area):
      return cells == area
        ? "it covers all \(plural(cells, "input cell")) of its area"
        : "it covers \(plural(cells, "input cell")) of the \(area) its area spans (the rest is padding or skipped)"
    case .effective(let most, let least):
      return
        "paths per input cell: \(least) to \(most); the centre outweighs the rim, so the effective field is smaller"
    case .countsTitle(let layer, let output, let block):
      return "counts after layer \(layer), \(size(output))\(scaled(block))"
    case .resizeTitle(let layer, let output, let block):
      return "resize then conv, layer \(layer), \(size(output))\(scaled(block))"
    case .overlapLayer(let layer, let spec, let input, let output, let low, let high):
      return
        "layer \(layer) (\(spec)): \(size(input)) → \(size(output)), taps per cell \(low == high ? low : "\(low)–\(high)")"
    case .divisible(let kernel, let stride, let divides):
      return divides
        ? "k \(value(kernel)) divides by s \(value(stride)): stamps overlap evenly"
        : "k \(value(kernel)) does not divide by s \(value(stride)): stamps overlap unevenly"
    case .interior(let low, let high):
      return low == high
        ? "a uniform \(low) inside the border"
        : "\(low)–\(high) inside the border: a checkerboard"
    case .noInterior:
      return "every cell is on the border: the map is too small to have an inside"
    case .stampsAt(let cell, let kernel, let rows, let cols, let step, let count):
      let lands =
        rows.isEmpty || cols.isEmpty
        ? "only outside the cropped output" : "on \(span("row", rows)), \(span("col", cols))"
      return
        "stamp \(step) of \(count): x[\(cell.h),\(cell.w)] adds its count to the \(size(kernel)) kernel's cells \(lands)"
    case .allStamps(let count):
      return "all \(count) input cells stamp at once: too many to show one by one"
    case .resizeConv(let factor, let kernel, let low, let high, let uniform):
      return
        "resize ×\(value(factor)) then conv k \(value(kernel)): taps \(low == high ? low : "\(low)–\(high)")"
        + (uniform ? ", even inside the border (why Distill recommends it)" : "")
    case .scaled(let block, let largest):
      return largest
        ? "each shown cell is the largest count of a \(size(block)) block"
        : "each shown cell sums the paths of a \(size(block)) block"
    }
  }

  /// The explorer's status lines in the stack scenes.
  func stackExplorer(_ text: StackExplorerText) -> String {
    switch text {
    case .layers(let preset, let input):
      return preset.map { "layers: \($0), on a \(size(input)) input" }
        ?? "layers: the scene's own stack, on a \(size(input)) input"
    case .layersNeedStack:
      return "l / L cycle the layer presets of the receptive and overlap scenes"
    case .traced(let cell, let output):
      return "tracing y[\(cell.h),\(cell.w)] of the \(size(output)) output"
    case .tracedEdge(let output):
      return "the traced cell is at the edge of the \(size(output)) output"
    }
  }

  /// What the stack scenes' keys do, for the help overlay.
  var stackHelp: String {
    "layer presets; in receptive, arrows move the cell"
  }
}
