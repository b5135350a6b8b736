import ConvArithmetic
import ConvMessages

/// A stack traced back from one output cell, one layer per step from the top to the input:
/// which cells of each layer feed it, how many paths reach each input cell, and the closed
/// form of the receptive field with its numbers.
struct ReceptiveScene: SceneProgram {
  let layers: [Layer]
  let input: Pair
  let cell: Pair
  let fields: [LayerField]
  /// Path counts per axis: index 0 the input, index l layer l's output (layers from 1).
  let paths: [OverlapProfile]
  let span: (height: ClosedRange<Int>, width: ClosedRange<Int>)
  let inputPanel: Panel
  let table: Panel
  let closing: [String]
  let language: Language

  /// The traced cell: the one asked for, else the centre of the last layer's output.
  static func cell(_ p: SceneParameters) throws(StackError) -> Pair {
    let sizes = try LayerStack(p.stack.layers).outputSizes(input: p.input)
    let output = sizes[sizes.count - 1]
    return p.stack.cell ?? Pair(output.h / 2, output.w / 2)
  }

  init(_ p: SceneParameters) throws(StackError) {
    language = p.language
    layers = p.stack.layers
    input = p.input
    // A deconv's cells do not share one field, so the closed form the captions show does not hold.
    for (index, layer) in layers.enumerated() where layer.kind == .deconv {
      throw .kindNotAllowed(layer: index, kind: layer.kind, allowed: [.conv, .maxPool, .avgPool])
    }
    let stack = LayerStack(layers)
    cell = try Self.cell(p)
    fields = try stack.receptiveField(input: input)
    paths = try stack.paths(input: input, cell: cell)
    span = try stack.fieldSpan(input: input, cell: cell)

    let (shownInput, block) = StackScenes.shown(paths[0], .sum)
    inputPanel = Panel(
      name: "input",
      title: Caption.stack(.pathsTitle(size: input, cell: cell, block: block)).text(in: language),
      rows: shownInput.height.count, cols: shownInput.width.count,
      cells: StackScenes.heatCells(shownInput))

    var values: [[Int]] = [[input.h, input.w, 1, 1, 1, 1, 0, 0]]
    for field in fields {
      values.append([
        field.outputSize.h, field.outputSize.w, field.jump.h, field.jump.w, field.size.h,
        field.size.w, field.first.h, field.first.w,
      ])
    }
    table = Panel(
      name: "table", title: Caption.stack(.tableTitle).text(in: language),
      rowLabels: [Caption.stack(.tableInputRow).text(in: language)]
        + layers.enumerated().map {
          "\($0.offset + 1) \(StackScenes.spec($0.element, fieldOnly: true))"
        },
      columnLabels: [
        "output_h", "output_w", "jump_h", "jump_w", "size_h", "size_w", "first_h", "first_w",
      ],
      cells: values.flatMap { row in row.map { Cell(value: Double($0), role: .outputDone) } })

    // The closing step's lines: where the field lies, its padding, its cover, its centre.
    var closing: [String] = []
    let field = Pair(span.height.count, span.width.count)
    closing.append(
      Caption.stack(.field(cell: cell, rows: span.height, cols: span.width, size: field)).text(
        in: language))
    let top = max(0, -span.height.lowerBound)
    let bottom = max(0, span.height.upperBound - (input.h - 1))
    let left = max(0, -span.width.lowerBound)
    let right = max(0, span.width.upperBound - (input.w - 1))
    let padding: StackCaption =
      top + bottom + left + right == 0
      ? .insideInput : .intoPadding(top: top, bottom: bottom, left: left, right: right)
    closing.append(Caption.stack(padding).text(in: language))
    let reached = paths[0].height.filter { $0 > 0 }.count * paths[0].width.filter { $0 > 0 }.count
    closing.append(
      Caption.stack(.covers(cells: reached, area: field.h * field.w)).text(in: language))
    if let spread = paths[0].spread(
      inside: (paths[0].height.map { $0 > 0 }, paths[0].width.map { $0 > 0 }))
    {
      let effective = StackCaption.effective(
        most: NumberText.format(spread.upperBound), least: NumberText.format(spread.lowerBound))
      closing.append(Caption.stack(effective).text(in: language))
    }
    if let block {
      closing.append(Caption.stack(.scaled(block: block, largest: false)).text(in: language))
    }
    self.closing = closing
  }

  /// One step per layer from the top, then the input.
  var stepCount: Int { layers.count + 1 }

  func frame(at step: Int, focus: CellFocus?) -> Frame {
    let layer = layers.count - step
    var panels: [Panel] = []
    var captions: [String] = []
    if layer >= 1 {
      let (shown, block) = StackScenes.shown(paths[layer], .sum)
      var cells = StackScenes.heatCells(shown)
      if layer == layers.count {
        let at = Pair(cell.h / (block?.h ?? 1), cell.w / (block?.w ?? 1))
        cells[at.h * shown.width.count + at.w].role = .outputCurrent
        let traced = Caption.stack(
          .traced(cell: cell, layer: layer, output: fields[layer - 1].outputSize))
        captions.append(traced.text(in: language))
      } else {
        // The cells this step is about: marked like a window, so the explorer keeps them in view.
        for index in cells.indices where (cells[index].value ?? 0) > 0 {
          cells[index].role = .outputCurrent
        }
        let rows = Self.reached(paths[layer].height)
        let cols = Self.reached(paths[layer].width)
        let feeding = Caption.stack(
          .feeding(layer: layer, rows: rows.range, cols: cols.range, cells: rows.count * cols.count)
        )
        captions.append(feeding.text(in: language))
      }
      let title = Caption.stack(
        .feedingTitle(layer: layer, size: fields[layer - 1].outputSize, block: block))
      panels.append(
        Panel(
          name: "layer[\(layer)]", title: title.text(in: language), rows: shown.height.count,
          cols: shown.width.count, cells: cells))
      captions += recurrence(layer)
      captions.append(closing[0])
    } else {
      captions += closing
    }
    var table = self.table
    for c in 0..<table.cols { table[layer, c].role = .outputCurrent }
    var inputPanel = self.inputPanel
    if let focus, let index = [inputPanel.name, panels.first?.name].firstIndex(of: focus.panel) {
      if index == 0, focus.row < inputPanel.rows, focus.col < inputPanel.cols {
        inputPanel[focus.row, focus.col].highlighted = true
      } else if index == 1, focus.row < panels[0].rows, focus.col < panels[0].cols {
        panels[0][focus.row, focus.col].highlighted = true
      }
    }
    panels += [inputPanel, table]
    return Frame(
      scene: SceneKind.receptive.rawValue, index: step + 1, count: stepCount, panels: panels,
      captions: captions)
  }

  /// The closed form for layer `layer` (from 1), one line, or one per axis when they differ.
  func recurrence(_ layer: Int) -> [String] {
    let l = layers[layer - 1]
    let now = fields[layer - 1]
    let before =
      layer >= 2
      ? fields[layer - 2]
      : LayerField(outputSize: input, jump: Pair(1), size: Pair(1), first: Pair(0))
    let square = [
      l.kernel, l.stride, l.padding, l.dilation, before.jump, before.size, before.first,
    ]
    .allSatisfy(\.isSquare)
    let axes: [Axis?] = square ? [nil] : [.height, .width]
    return axes.map { axis in
      let a = axis ?? .height
      let caption = StackCaption.recurrence(
        layer: layer, spec: StackScenes.spec(l), axis: axis, jumpBefore: before.jump[a],
        stride: l.stride[a], jump: now.jump[a], sizeBefore: before.size[a],
        dilation: l.dilation[a], kernel: l.kernel[a], size: now.size[a],
        firstBefore: before.first[a], padding: l.padding[a], first: now.first[a])
      return Caption.stack(caption).text(in: language)
    }
  }

  /// The first and last index with a path, and how many indices have one.
  static func reached(_ counts: [Double]) -> (range: ClosedRange<Int>, count: Int) {
    let indices = counts.indices.filter { counts[$0] > 0 }
    guard let low = indices.first, let high = indices.last else { return (0...0, 0) }
    return (low...high, indices.count)
  }
}
