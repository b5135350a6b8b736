import ConvArithmetic
import ConvMessages

/// Max unpooling against nearest upsampling ("unsampling" in the seed's figure).
///
/// Steps: max pooling visits each window and remembers where its maximum was
/// (the switch); then, one pooled cell per step, max unpooling puts the value
/// back at its switch while nearest upsampling copies it over its whole block.
struct UnpoolScene: SceneProgram {
  let input: Matrix
  let pool: MaxPoolResult
  let unpooled: Matrix
  let unsampled: Matrix
  /// For each unsampled row and column, the pooled row and column it copies.
  let sourceRows: [Int]
  let sourceCols: [Int]
  let formula: [String]
  let language: Language

  init(_ p: SceneParameters) throws(ConvError) {
    language = p.language
    input = p.values.inputGrid(size: p.input)
    pool = try Pooling.maxPool2d(input, kernel: p.kernel, stride: p.stride, padding: p.padding)
    // Unpooled back to the input's size, as PyTorch's output_size=x.size() does: the
    // switches are flat indices into the input, so only then do they name the same
    // row and column on both grids.
    unpooled = try Pooling.maxUnpool2d(
      pool.output, indices: pool.indices, kernel: p.kernel, stride: p.stride, padding: p.padding,
      outputSize: input.size)
    let target = UpsampleTarget.scale(h: Double(p.stride.h), w: Double(p.stride.w))
    unsampled = try Upsampling.nearest(pool.output, target)
    let pooledSize = pool.output.size
    let unsampledSize = unsampled.size
    sourceRows = (0..<unsampledSize.h).map {
      Upsampling.nearestSource(
        outputIndex: $0, inputSize: pooledSize.h, outputSize: unsampledSize.h,
        scale: Double(p.stride.h))
    }
    sourceCols = (0..<unsampledSize.w).map {
      Upsampling.nearestSource(
        outputIndex: $0, inputSize: pooledSize.w, outputSize: unsampledSize.w,
        scale: Double(p.stride.w))
    }
    var formula = Captions.convOutputFormula(
      pool.parameters, symbol: Caption.pooledSymbol.text(in: language))
    let poolParameters = pool.parameters
    let pooled = pool.output.size
    let pad = poolParameters.padding
    if pad != Pair(0) {
      formula.append(Caption.poolPadding(padding: pad).text(in: language))
    }
    var natural = poolParameters
    natural.input = pooled
    let defaultSize = Pooling.defaultUnpoolSize(natural)
    if defaultSize != input.size {
      let inputSize = input.size
      formula += Captions.perAxis(
        Caption.defaultUnpooledSymbol.text(in: language),
        square: Captions.allSquare([pooled, p.stride, pad, p.kernel, inputSize]),
        { Formula.defaultUnpoolSize(pooled: pooled[$0], poolParameters.along($0)) },
        result: { defaultSize[$0] })
      formula.append(Caption.unpoolAsksInputSize(size: inputSize).text(in: language))
    }
    self.formula = formula
  }

  private var windows: Int { pool.output.rows * pool.output.cols }

  var stepCount: Int { 2 * windows }

  func frame(at step: Int, focus: CellFocus?) -> Frame {
    let pooling = step < windows
    let current = pooling ? step : step - windows
    let cell = Pair(current / pool.output.cols, current % pool.output.cols)
    let switchCell = pool.switchCell(row: cell.h, col: cell.w)
    let value = pool.output[cell.h, cell.w]
    var captions = formula
    if pooling {
      let window = pool.windowCells(row: cell.h, col: cell.w)
      let visit = Caption.poolWindow(
        index: current + 1, count: windows, cells: window.count, value: NumberText.format(value),
        switchCell: switchCell, switchIndex: pool.indices[cell.h, cell.w])
      captions.append(visit.text(in: language))
      let maxima = pool.maxima(row: cell.h, col: cell.w, of: input)
      let tie =
        maxima.count > 1
        ? Caption.poolTie(cells: maxima, value: NumberText.format(value)) : Caption.poolTieRule
      captions.append(tie.text(in: language))
    } else {
      let block = blockCells(current)
      let puts = Caption.unpoolPuts(
        cell: cell, value: NumberText.format(value), switchCell: switchCell)
      captions.append(puts.text(in: language))
      let copies = Caption.nearestCopies(
        value: NumberText.format(value), rows: block.map(\.h), cols: block.map(\.w))
      captions.append(copies.text(in: language))
    }
    captions.append(Caption.unpoolVersusNearest.text(in: language))
    var panels = [
      inputPanel(step: step), pooledPanel(step: step), unpooledPanel(step: step),
      unsampledPanel(step: step),
    ]
    if let focus, focus.panel == "pooled", pool.output.contains(focus.row, focus.col) {
      for window in pool.windowCells(row: focus.row, col: focus.col) {
        panels[0][window.h, window.w].highlighted = true
      }
      panels[1][focus.row, focus.col].highlighted = true
      let at = pool.switchCell(row: focus.row, col: focus.col)
      let pinned = Caption.pinnedPooled(
        cell: Pair(focus.row, focus.col),
        value: NumberText.format(pool.output[focus.row, focus.col]), from: at)
      captions.append(pinned.text(in: language))
    }
    return Frame(
      scene: SceneKind.unpool.rawValue, index: step + 1, count: stepCount, panels: panels,
      captions: captions)
  }

  /// The unsampled cells that copy pooled cell number `index`.
  private func blockCells(_ index: Int) -> [Pair] {
    let cell = Pair(index / pool.output.cols, index % pool.output.cols)
    var cells: [Pair] = []
    for (r, sr) in sourceRows.enumerated() where sr == cell.h {
      for (c, sc) in sourceCols.enumerated() where sc == cell.w { cells.append(Pair(r, c)) }
    }
    return cells
  }

  private func finishedSwitches(through index: Int) -> Set<Pair> {
    Set(
      (0..<max(0, index)).map {
        pool.switchCell(row: $0 / pool.output.cols, col: $0 % pool.output.cols)
      })
  }

  private func inputPanel(step: Int) -> Panel {
    var panel = Panel(
      name: "input", title: Caption.inputTitle(size: input.size, paddedTo: nil).text(in: language),
      rows: input.rows,
      cols: input.cols,
      cells: input.storage.map { Cell(value: $0, role: .input) })
    let done = step < windows ? step : windows
    for at in finishedSwitches(through: done) { panel[at.h, at.w].role = .switchCell }
    if step < windows {
      let cell = Pair(step / pool.output.cols, step % pool.output.cols)
      for window in pool.windowCells(row: cell.h, col: cell.w) {
        panel[window.h, window.w].role = .windowTap
      }
      let at = pool.switchCell(row: cell.h, col: cell.w)
      panel[at.h, at.w].role = .switchCell
    }
    return panel
  }

  private func pooledPanel(step: Int) -> Panel {
    let pooled = pool.output
    let cells = pooled.storage.enumerated().map { index, value in
      if step < windows {
        return index < step
          ? Cell(value: value, role: .outputDone)
          : index == step
            ? Cell(value: value, role: .outputCurrent) : Cell(value: nil, role: .outputPending)
      }
      return Cell(value: value, role: index == step - windows ? .windowTap : .outputDone)
    }
    return Panel(
      name: "pooled", title: Caption.pooledTitle(size: pooled.size).text(in: language),
      rows: pooled.rows,
      cols: pooled.cols,
      cells: cells)
  }

  /// Switches so far hold their values; the zeros of the windows so far appear with them.
  private func unpooledPanel(step: Int) -> Panel {
    var panel = Panel(
      name: "unpooled", title: Caption.unpooledTitle(size: unpooled.size).text(in: language),
      rows: unpooled.rows,
      cols: unpooled.cols,
      cells: Array(
        repeating: Cell(value: nil, role: .outputPending), count: unpooled.rows * unpooled.cols))
    guard step >= windows else { return panel }
    let current = step - windows
    let last = current == windows - 1
    for index in 0...current {
      let cell = Pair(index / pool.output.cols, index % pool.output.cols)
      for at in pool.windowCells(row: cell.h, col: cell.w) where unpooled.contains(at.h, at.w) {
        if panel[at.h, at.w].value == nil || panel[at.h, at.w].role == .outputDone {
          panel[at.h, at.w] = Cell(value: unpooled[at.h, at.w], role: .outputDone)
        }
      }
    }
    if last {
      for r in 0..<unpooled.rows {
        for c in 0..<unpooled.cols where panel[r, c].value == nil {
          panel[r, c] = Cell(value: unpooled[r, c], role: .outputDone)
        }
      }
    }
    for at in finishedSwitches(through: current + 1) where unpooled.contains(at.h, at.w) {
      panel[at.h, at.w] = Cell(value: unpooled[at.h, at.w], role: .switchCell)
    }
    let at = pool.switchCell(row: current / pool.output.cols, col: current % pool.output.cols)
    if unpooled.contains(at.h, at.w) {
      panel[at.h, at.w] = Cell(value: unpooled[at.h, at.w], role: .outputCurrent)
    }
    return panel
  }

  private func unsampledPanel(step: Int) -> Panel {
    let current = step - windows
    var cells: [Cell] = []
    for (r, sr) in sourceRows.enumerated() {
      for (c, sc) in sourceCols.enumerated() {
        let source = sr * pool.output.cols + sc
        let value = unsampled[r, c]
        cells.append(
          source < current
            ? Cell(value: value, role: .outputDone)
            : source == current
              ? Cell(value: value, role: .outputCurrent) : Cell(value: nil, role: .outputPending))
      }
    }
    return Panel(
      name: "unsampled", title: Caption.nearestTitle(size: unsampled.size).text(in: language),
      rows: unsampled.rows,
      cols: unsampled.cols, cells: cells)
  }
}
