import ConvArithmetic
import ConvMessages

/// Bilinear interpolation beside a transposed convolution with FCN's bilinear kernel,
/// one step per output cell: where interpolation samples, which stamps add up, and how far
/// apart the two land.
struct InterpScene: SceneProgram {
  let comparison: InterpComparison
  let shared: [String]
  let language: Language

  init(_ p: SceneParameters) throws(ConvError) {
    language = p.language
    let c = try InterpComparison(
      input: p.values.inputGrid(size: p.input), factor: p.interp.factor,
      alignCorners: p.interp.alignCorners)
    comparison = c
    let t = c.parameters
    let out = c.transposed.size
    var lines = [
      Caption.matrix(
        .interpSetting(
          factor: c.factor, kernel: t.kernel.h, padding: t.padding.h,
          outputPadding: t.outputPadding.h, output: t.transposedOutput, input: c.input.size)
      ).text(in: language)
    ]
    let ring: MatrixCaption =
      c.alignCorners
      ? .interpAlignCorners(differing: c.differing, cells: out.area)
      : .interpRing(
        ring: c.ringWidth, factor: c.factor, expected: c.factor / 2, differing: c.differing,
        cells: out.area)
    lines.append(Caption.matrix(ring).text(in: language))
    shared = lines
  }

  var stepCount: Int { comparison.transposed.rows * comparison.transposed.cols }

  func frame(at step: Int, focus: CellFocus?) -> Frame {
    let c = comparison
    let out = c.transposed.size
    let cell = Pair(step / out.w, step % out.w)
    let rows = c.source(cell.h, along: .height)
    let cols = c.source(cell.w, along: .width)
    let stamps = c.stamps(row: cell.h, col: cell.w)
    var captions = shared
    // One line when both axes sample alike (a diagonal cell of a square input).
    let square = cell.h == cell.w && c.input.rows == c.input.cols
    for axis in square ? [nil] : [Axis.height, .width] as [Axis?] {
      let index = axis == .width ? cell.w : cell.h
      let source = axis == .width ? cols : rows
      let raw = c.rawSource(index, along: axis ?? .height)
      let size = axis == .width ? c.input.cols : c.input.rows
      captions.append(
        Caption.matrix(
          .interpSource(
            axis: axis, index: index, factor: c.factor, source: NumberText.format(raw),
            low: source.low, high: source.high, lowWeight: NumberText.format(source.lowWeight),
            highWeight: NumberText.format(source.highWeight),
            clamped: raw < 0 || raw > Double(size - 1), alignCorners: c.alignCorners)
        ).text(in: language))
    }
    captions.append(interpolationLine(cell, rows: rows, cols: cols))
    if stamps.isEmpty {
      captions.append(Caption.matrix(.interpStamps(count: 0)).text(in: language))
    }
    captions.append(
      Captions.products(
        "conv_transpose2d", row: cell.h, col: cell.w,
        terms: stamps.map { (c.input[$0.input.h, $0.input.w], c.kernel[$0.kernel.h, $0.kernel.w]) },
        total: c.transposed[cell.h, cell.w]))
    let onRing =
      abs(c.difference[cell.h, cell.w]) > InterpComparison.tolerance
      && InterpComparison.depth(row: cell.h, col: cell.w, in: out) < c.ringWidth
      && !c.alignCorners
    captions.append(
      Caption.matrix(
        .interpCell(
          cell: cell, difference: NumberText.format(c.difference[cell.h, cell.w]), onRing: onRing)
      ).text(in: language))

    // The input cells either side reads, and the kernel taps the stamps use.
    // Only neighbours with a weight: a source on a cell reads that cell alone.
    var read = Set<Pair>()
    let rowReads = [(rows.low, rows.lowWeight), (rows.high, rows.highWeight)].filter { $0.1 != 0 }
    let colReads = [(cols.low, cols.lowWeight), (cols.high, cols.highWeight)].filter { $0.1 != 0 }
    for (r, _) in rowReads {
      for (col, _) in colReads { read.insert(Pair(r, col)) }
    }
    for stamp in stamps { read.insert(stamp.input) }
    let usedTaps = Set(stamps.map(\.kernel))
    let input = Panel(
      name: "input",
      title: Caption.inputTitle(size: c.input.size, paddedTo: nil).text(in: language),
      rows: c.input.rows, cols: c.input.cols,
      cells: (0..<c.input.storage.count).map { index in
        let at = Pair(index / c.input.cols, index % c.input.cols)
        return Cell(value: c.input.storage[index], role: read.contains(at) ? .windowTap : .input)
      })
    let kernel = Panel(
      name: "kernel",
      title: Caption.matrix(.interpKernelTitle(size: c.kernel.rows)).text(in: language),
      rows: c.kernel.rows, cols: c.kernel.cols,
      cells: (0..<c.kernel.storage.count).map { index in
        let at = Pair(index / c.kernel.cols, index % c.kernel.cols)
        return Cell(
          value: c.kernel.storage[index], role: usedTaps.contains(at) ? .windowTap : .kernelTap)
      })
    // The two results first, side by side where they fit: what a short screen keeps.
    var panels = [
      progress(
        "interpolated", c.interpolated, step,
        title: .interpolatedTitle(size: out, alignCorners: c.alignCorners)),
      progress("transposed", c.transposed, step, title: .transposedTitle(size: out)),
      progress("difference", c.difference, step, title: .differenceTitle(size: out)),
      input, kernel,
    ]
    // A pinned cell is lit; its numbers are the ones the captions give when the step reaches it.
    if let focus, let index = panels.firstIndex(where: { $0.name == focus.panel }),
      focus.row >= 0 && focus.row < panels[index].rows && focus.col >= 0
        && focus.col < panels[index].cols
    {
      panels[index][focus.row, focus.col].highlighted = true
    }
    return Frame(
      scene: SceneKind.interp.rawValue, index: step + 1, count: stepCount, panels: panels,
      captions: captions)
  }

  /// `interpolate[0,1] = 0.75·0.25·1 + … = 1.25`: weight along rows · along columns · value,
  /// for the neighbours with a weight.
  private func interpolationLine(
    _ cell: Pair, rows: Upsampling.LinearSource, cols: Upsampling.LinearSource
  ) -> String {
    let c = comparison
    var terms: [String] = []
    let rowPicks =
      rows.low == rows.high
      ? [(rows.low, 1.0)]
      : [
        (rows.low, rows.lowWeight), (rows.high, rows.highWeight),
      ]
    let colPicks =
      cols.low == cols.high
      ? [(cols.low, 1.0)]
      : [
        (cols.low, cols.lowWeight), (cols.high, cols.highWeight),
      ]
    for (r, wr) in rowPicks where wr != 0 {
      for (col, wc) in colPicks where wc != 0 {
        terms.append(
          "\(NumberText.format(wr))·\(NumberText.format(wc))·\(NumberText.factor(c.input[r, col]))")
      }
    }
    return
      "interpolate[\(cell.h),\(cell.w)] = \(terms.joined(separator: " + ")) = "
      + NumberText.format(c.interpolated[cell.h, cell.w])
  }

  /// An output grid filling in step by step.
  private func progress(_ name: String, _ grid: Matrix, _ step: Int, title: MatrixCaption)
    -> Panel
  {
    Panel(
      name: name, title: Caption.matrix(title).text(in: language), rows: grid.rows,
      cols: grid.cols,
      cells: grid.storage.enumerated().map { index, value in
        index < step
          ? Cell(value: value, role: .outputDone)
          : index == step
            ? Cell(value: value, role: .outputCurrent) : Cell(value: nil, role: .outputPending)
      })
  }
}
