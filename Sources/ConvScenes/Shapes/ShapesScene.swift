import ConvArithmetic
import ConvMessages

/// A calculator of output sizes: one row and one step per input size, PyTorch beside
/// TensorFlow, with the input sizes that collide grouped and told apart.
struct ShapesScene: SceneProgram {
  static let columns = ShapesSettings.columns

  let table: SizeTable
  let language: Language
  /// Brackets that tie together the rows sharing a PyTorch output size.
  let rowLabels: [String]

  init(_ p: SceneParameters) throws(ConvError) {
    table = try SizeTable(
      inputs: ShapesScenes.inputs(p), k: p.kernel.h, s: p.stride.h, p: p.padding.h,
      d: p.dilation.h)
    language = p.language
    var labels = Array(repeating: " ", count: table.rows.count)
    let first = table.rows[0].i
    for group in table.pytorchCollisions {
      for (n, i) in group.enumerated() {
        labels[i - first] = n == 0 ? "┌" : n == group.count - 1 ? "└" : "│"
      }
    }
    rowLabels = labels
  }

  var stepCount: Int { table.rows.count }

  func frame(at step: Int, focus: CellFocus?) -> Frame {
    let current = table.rows[step]
    let group = Set(table.pytorchGroup(of: current.i))
    var cells: [Cell] = []
    cells.reserveCapacity(table.rows.count * Self.columns.count)
    for row in table.rows {
      let values = row.columns
      // The rows sharing this row's output size are lit (in colour; the brackets say it in text).
      let role: CellRole =
        row.i == current.i ? .outputCurrent : group.contains(row.i) ? .window : .input
      for value in values {
        cells.append(
          value.map { Cell(value: Double($0), role: role) } ?? Cell(value: nil, role: .blank))
      }
    }
    var panel = Panel(
      name: "sizes",
      title: say(.sizesTitle(k: table.k, s: table.s, p: table.p, d: table.d)),
      rowLabels: rowLabels, columnLabels: Self.columns, cells: cells)
    if let focus, focus.panel == panel.name, focus.row >= 0, focus.row < panel.rows,
      focus.col >= 0, focus.col < panel.cols
    {
      panel[focus.row, focus.col].highlighted = true
    }
    return Frame(
      scene: SceneKind.shapes.rawValue, index: step + 1, count: stepCount, panels: [panel],
      captions: captions(for: current))
  }

  /// The formulas with this row's numbers, what collides with it, and how the conventions differ.
  func captions(for row: SizeRow) -> [String] {
    let a = AxisParameters(i: row.i, k: table.k, s: table.s, p: table.p, d: table.d)
    var lines = [say(.pytorch(formula: Formula.convOutput(a), output: row.pytorch))]
    lines.append(
      say(
        .tensorFlow(
          sameFormula: Formula.tensorFlowSame(a), same: row.tfSame, before: row.samePadBefore,
          after: row.samePadAfter, validFormula: Formula.tensorFlowValid(a), valid: row.tfValid)))
    if let o = row.pytorch, let size = row.transposed {
      let back = AxisParameters(i: o, k: table.k, s: table.s, p: table.p, d: table.d)
      lines.append(
        say(
          .back(
            formula: Formula.transposedOutput(back), size: size, input: row.i,
            outputPadding: row.outputPadding, bound: max(table.s, table.d))))
      // Every input size giving o, inside the table or not.
      let group =
        AxisShape.inputSizes(producing: o, k: table.k, s: table.s, p: table.p, d: table.d)
        .map(Array.init) ?? [row.i]
      if group.count > 1 {
        lines.append(
          say(
            .collision(
              inputs: group, output: o, k: table.k, s: table.s, p: table.p,
              outputPaddings: group.map {
                SizeTable.row(i: $0, k: table.k, s: table.s, p: table.p, d: table.d).outputPadding
              })))
      } else {
        lines.append(say(.alone(input: row.i, output: o, stride: table.s)))
      }
    }
    let same = TensorFlowPadding.sameInputs(producing: row.tfSame, s: table.s).map(Array.init) ?? []
    if same.count > 1 { lines.append(say(.sameCollision(inputs: same, output: row.tfSame))) }
    lines.append(say(relationships(a)))
    lines.append(
      say(
        .conventions(
          p: table.p, before: row.samePadBefore, after: row.samePadAfter, d: table.d, k: table.k,
          effective: AxisShape.effectiveKernel(k: table.k, d: table.d))))
    return lines
  }

  /// The most specific of the paper's relationships that hold, forward and back.
  func relationships(_ a: AxisParameters) -> ShapesCaption {
    let direct = Relationship.mostSpecific(for: a)
    let transposed = Relationship.mostSpecific(for: a, transposed: true)
    return .relationships(
      direct: direct.map { [Relation(number: $0.rawValue, name: $0.name)] } ?? [],
      transposed: transposed.map { [Relation(number: $0.rawValue, name: $0.name)] } ?? [])
  }

  private func say(_ caption: ShapesCaption) -> String {
    Caption.shapes(caption).text(in: language)
  }
}
